package cn.zjgh.portal.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.springframework.stereotype.Component;

/**
 * Translates a PostgreSQL constraint violation into the domain error its feature
 * declared.
 */
@Component
public class ConstraintRules {

	private final Map<String, ConstraintRule> byConstraint;

	ConstraintRules(List<ConstraintRule> rules) {
		this.byConstraint = rules.stream().collect(Collectors.toMap(ConstraintRule::constraint, Function.identity()));
	}

	/**
	 * The domain error for this violation, or {@code null} when no feature declared one.
	 */
	public DomainException translate(Throwable ex) {
		String constraint = constraintName(ex);
		ConstraintRule rule = (constraint != null) ? this.byConstraint.get(constraint) : null;
		return (rule != null) ? rule.toException() : null;
	}

	public static String constraintName(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PSQLException psql) {
				ServerErrorMessage message = psql.getServerErrorMessage();
				return (message != null) ? message.getConstraint() : null;
			}
		}
		return null;
	}

}
