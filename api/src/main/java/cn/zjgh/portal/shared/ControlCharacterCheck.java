package cn.zjgh.portal.shared;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

import org.springframework.stereotype.Component;

/**
 * Refuses text carrying control characters (NUL and the other C0 codes except tab, line
 * feed and carriage return) before anything runs: PostgreSQL cannot store a NUL, and none
 * of them belongs in a name, a keyword or a comment.
 */
@Component
class ControlCharacterCheck extends SimplePerformantInstrumentation {

	private static final Pattern ESCAPED_CONTROL = Pattern.compile("\\\\u00(0[0-8bBcCeEfF]|1[0-9a-fA-F])");

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		ExecutionInput input = context.getExecutionInput();
		if (ESCAPED_CONTROL.matcher(input.getQuery()).find() || holdsControl(input.getRawVariables().toMap())) {
			throw RefusedOperationException.controlCharacters();
		}
		return super.beginExecuteOperation(parameters, state);
	}

	private static boolean holdsControl(Object value) {
		if (value instanceof CharSequence text) {
			return text.chars().anyMatch(ControlCharacterCheck::isControl);
		}
		if (value instanceof Map<?, ?> map) {
			return map.keySet().stream().anyMatch(ControlCharacterCheck::holdsControl)
					|| map.values().stream().anyMatch(ControlCharacterCheck::holdsControl);
		}
		if (value instanceof Collection<?> list) {
			return list.stream().anyMatch(ControlCharacterCheck::holdsControl);
		}
		return false;
	}

	private static boolean isControl(int c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
	}

}
