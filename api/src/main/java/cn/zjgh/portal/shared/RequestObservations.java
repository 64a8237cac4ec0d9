package cn.zjgh.portal.shared;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Observes GraphQL requests and data fetchers, not DataLoaders. To observe DataLoaders,
 * Spring for GraphQL rebuilds every request's registry and wraps each of its 48
 * DataLoaders, used or not: about 3% of an executed listing's CPU. A batch load's time
 * stays in its request's {@code graphql.request} timer.
 */
class RequestObservations extends GraphQlObservationInstrumentation {

	RequestObservations(ObservationRegistry registry) {
		super(registry);
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		return input;
	}

}
