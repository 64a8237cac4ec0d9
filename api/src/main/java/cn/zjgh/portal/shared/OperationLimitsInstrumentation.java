package cn.zjgh.portal.shared;

import graphql.ExecutionResult;
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

	OperationLimitsInstrumentation(PortalProperties properties, RequestBudgets budgets) {
		this.maxDepth = properties.maxQueryDepth();
		this.maxCost = properties.maxQueryCost();
		this.budgets = budgets;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		QueryCost.Measure measure = QueryCost.of(context.getGraphQLSchema(), context.getDocument(),
				context.getExecutionInput().getOperationName(), context.getCoercedVariables());
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

}
