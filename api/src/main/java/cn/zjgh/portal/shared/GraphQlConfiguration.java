package cn.zjgh.portal.shared;

import java.time.Clock;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
class GraphQlConfiguration {

	@Bean
	Clock clock(PortalProperties properties) {
		return Clock.system(properties.timeZone());
	}

	@Bean
	RuntimeWiringConfigurer scalars(PortalProperties properties) {
		return (wiring) -> wiring.scalar(ZonedDateTimeScalar.create(properties.timeZone())).scalar(DateScalar.create());
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache(PersistedQueries persistedQueries) {
		ParsedDocumentCache cache = new ParsedDocumentCache(persistedQueries);
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(cache));
	}

	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry registry) {
		return new RequestObservations(registry);
	}

	@Bean
	OperationLimitsInstrumentation operationLimits(PortalProperties properties, RequestBudgets budgets) {
		return new OperationLimitsInstrumentation(properties, budgets);
	}

}
