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

	private static final String FOREIGN_KEY_VIOLATION = "23503";

	private static final String DATA_EXCEPTION_CLASS = "22";

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

	/**
	 * The answer for violations no feature names one for: a reference to something that
	 * does not exist, or a value PostgreSQL cannot store (a NUL character, a number or
	 * date out of its range). Both are the caller's input, not a fault of the portal.
	 */
	public DomainException translateUnnamed(Throwable ex) {
		String state = sqlState(ex);
		if (state == null) {
			return null;
		}
		if (state.equals(FOREIGN_KEY_VIOLATION)) {
			return new DomainException(ErrorCode.NOT_FOUND, "A referenced item does not exist");
		}
		if (state.startsWith(DATA_EXCEPTION_CLASS)) {
			return DomainException.badInput("input", "holds a value that is out of range or cannot be stored");
		}
		return null;
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PSQLException psql) {
				return psql.getSQLState();
			}
		}
		return null;
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
