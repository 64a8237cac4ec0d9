package cn.zjgh.portal.replica;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;

/**
 * Pins the caller to the primary once a mutation has been answered, whatever its outcome:
 * a mutation that failed half-way may still have changed something the caller will look
 * for.
 */
class PinAfterMutation extends SimplePerformantInstrumentation {

	private final PrimaryPin pin;

	PinAfterMutation(PrimaryPin pin) {
		this.pin = pin;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		String userId = CallingUser.id();
		if (userId == null || operation.getOperation() != OperationDefinition.Operation.MUTATION) {
			return SimpleInstrumentationContext.noOp();
		}
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> this.pin.pin(userId));
	}

}
