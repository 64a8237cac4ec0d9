package cn.zjgh.portal.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses, before anything runs, an operation deeper than {@code portal.max-query-depth}
 * or costlier than {@code portal.max-query-cost} ({@link QueryCost}), and one whose
 * caller has spent their {@link RequestBudgets budget}. An operation spends its cost
 * whether or not it runs, at most the limit: sending refused documents is not free
 * either.
 */
class OperationLimitsInstrumentation extends SimplePerformantInstrumentation {

	private final int maxDepth;

	private final long maxCost;

	private final RequestBudgets budgets;

	/**
	 * Measures of recent operations: a mini-program sends the same few documents with the
	 * same variables over and over (documents are parsed once, so their identity is
	 * stable).
	 */
	private final Cache<MeasuredOperation, QueryCost.Measure> measures = Caffeine.newBuilder()
		.maximumSize(5_000)
		.build();

	OperationLimitsInstrumentation(PortalProperties properties, RequestBudgets budgets) {
		this.maxDepth = properties.maxQueryDepth();
		this.maxCost = properties.maxQueryCost();
		this.budgets = budgets;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		String operationName = context.getExecutionInput().getOperationName();
		QueryCost.Measure measure = this.measures.get(
				new MeasuredOperation(context.getDocument(), operationName,
						costVariables(context.getCoercedVariables().toMap())),
				(key) -> QueryCost.of(context.getGraphQLSchema(), key.document(), operationName,
						context.getCoercedVariables()));
		RequestBudgets.Spender spender = context.getGraphQLContext().get(RequestBudgets.SPENDER);
		if (spender != null && !this.budgets.trySpend(spender, Math.min(measure.cost(), this.maxCost))) {
			throw RefusedOperationException.budgetSpent(spender, this.budgets.secondsLeft(spender));
		}
		if (measure.depth() > this.maxDepth) {
			throw RefusedOperationException.tooDeep(measure.depth(), this.maxDepth);
		}
		if (!measure.complete() || measure.cost() > this.maxCost) {
			throw RefusedOperationException.tooCostly(measure, this.maxCost);
		}
		return SimpleInstrumentationContext.noOp();
	}

	/**
	 * The variables a measure depends on: page sizes and the booleans of {@code @skip}
	 * and {@code @include}. Text is left out, so a cached key stays small.
	 */
	private static Map<String, Object> costVariables(Map<String, Object> variables) {
		Map<String, Object> kept = new HashMap<>();
		variables.forEach((name, value) -> {
			if (value instanceof Number || value instanceof Boolean) {
				kept.put(name, value);
			}
		});
		return kept;
	}

	/**
	 * A document (by identity), the operation chosen in it and the variables its cost
	 * depends on.
	 */
	private record MeasuredOperation(Document document, String operationName, Map<String, Object> variables) {

		@Override
		public boolean equals(Object other) {
			return other instanceof MeasuredOperation that && this.document == that.document
					&& Objects.equals(this.operationName, that.operationName)
					&& Objects.equals(this.variables, that.variables);
		}

		@Override
		public int hashCode() {
			return Objects.hash(System.identityHashCode(this.document), this.operationName, this.variables);
		}

	}

}
