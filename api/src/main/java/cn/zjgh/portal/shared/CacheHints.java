package cn.zjgh.portal.shared;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLSchema;

import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code @cacheControl} hints of the schema for a document: a document may be
 * answered from the response cache when every root field it selects declares a
 * {@code maxAge} and no field it selects is {@code PRIVATE}. Its lifetime is the smallest
 * {@code maxAge}.
 */
@Component
class CacheHints {

	private final GraphQlSource graphQlSource;

	private final Cache<String, Optional<Duration>> byQuery = Caffeine.newBuilder().maximumSize(500).build();

	CacheHints(GraphQlSource graphQlSource) {
		this.graphQlSource = graphQlSource;
	}

	/** How long the response may be shared, or empty when it must not be. */
	Optional<Duration> maxAge(String query, String operationName, Map<String, Object> variables) {
		String key = ((operationName != null) ? operationName : "") + "\u0000" + query;
		return this.byQuery.get(key, (k) -> analyse(query, operationName, variables));
	}

	private Optional<Duration> analyse(String query, String operationName, Map<String, Object> variables) {
		try {
			GraphQLSchema schema = this.graphQlSource.schema();
			Document document = Parser.parse(query);
			AtomicInteger maxAge = new AtomicInteger(Integer.MAX_VALUE);
			AtomicBoolean shareable = new AtomicBoolean(true);
			QueryTraverser.newQueryTraverser()
				.schema(schema)
				.document(document)
				.operationName(operationName)
				.variables((variables != null) ? variables : Map.of())
				.build()
				.visitPreOrder(new QueryVisitorStub() {
					@Override
					public void visitField(QueryVisitorFieldEnvironment env) {
						GraphQLAppliedDirective hint = env.getFieldDefinition().getAppliedDirective("cacheControl");
						boolean root = env.getParentEnvironment() == null;
						if ("PRIVATE".equals(String.valueOf(argument(hint, "scope")))) {
							shareable.set(false);
						}
						if (root) {
							Object age = argument(hint, "maxAge");
							if (!(age instanceof Integer seconds) || seconds <= 0) {
								shareable.set(false);
							}
							else {
								maxAge.accumulateAndGet(seconds, Math::min);
							}
						}
					}
				});
			return (shareable.get() && maxAge.get() != Integer.MAX_VALUE)
					? Optional.of(Duration.ofSeconds(maxAge.get())) : Optional.empty();
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** An argument given where the directive is applied; null when absent. */
	private static Object argument(GraphQLAppliedDirective directive, String name) {
		if (directive == null) {
			return null;
		}
		GraphQLAppliedDirectiveArgument argument = directive.getArgument(name);
		return (argument != null) ? argument.getValue() : null;
	}

}
