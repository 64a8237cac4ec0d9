package cn.zjgh.portal.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.execution.AbortExecutionException;

/**
 * An operation refused before it runs, as the only error of a response without data. Its
 * {@code extensions} carry the code and the figures that decided, so a client can tell
 * how far it is over. Like {@link DomainException} it has no stack trace: an attacker
 * makes thousands.
 */
class RefusedOperationException extends AbortExecutionException {

	private final Map<String, Object> extensions;

	private RefusedOperationException(ErrorCode code, String message, Map<String, Object> figures) {
		super(message);
		this.extensions = new LinkedHashMap<>();
		this.extensions.put("code", code.name());
		this.extensions.putAll(figures);
	}

	static RefusedOperationException tooDeep(int depth, int limit) {
		return new RefusedOperationException(ErrorCode.QUERY_TOO_COMPLEX,
				"maximum query depth exceeded " + depth + " > " + limit, Map.of("depth", depth, "limit", limit));
	}

	static RefusedOperationException tooCostly(QueryCost.Measure measure, long limit) {
		if (!measure.complete()) {
			return new RefusedOperationException(ErrorCode.QUERY_TOO_COMPLEX, "maximum query cost exceeded: more than "
					+ QueryCost.MAX_FIELDS + " fields once fragments are expanded", Map.of("limit", limit));
		}
		return new RefusedOperationException(ErrorCode.QUERY_TOO_COMPLEX,
				"maximum query cost exceeded " + measure.cost() + " > " + limit,
				Map.of("cost", measure.cost(), "limit", limit));
	}

	static RefusedOperationException controlCharacters() {
		return new RefusedOperationException(ErrorCode.BAD_USER_INPUT, "Text may not contain control characters",
				Map.of());
	}

	static RefusedOperationException budgetSpent(RequestBudgets.Spender spender, long retryAfterSeconds) {
		return new RefusedOperationException(ErrorCode.RATE_LIMITED,
				"Too many requests: the budget of " + spender.budget() + " per " + spender.window().toSeconds()
						+ " s is spent; try again in " + retryAfterSeconds + " s",
				Map.of("retryAfterSeconds", retryAfterSeconds));
	}

	@Override
	public Map<String, Object> getExtensions() {
		return this.extensions;
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
