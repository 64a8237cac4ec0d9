package cn.zjgh.portal.shared;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;

/**
 * Keeps parsed and validated documents, so that the few operations the mini-program sends
 * are parsed once rather than on every request. Bounded by the total length of the kept
 * queries; documents with errors are not kept. A request that names its document by hash
 * ({@code extensions.persistedQuery}, the automatic persisted queries of Apollo's
 * protocol) is answered through {@link PersistedQueries}.
 */
class ParsedDocumentCache implements PreparsedDocumentProvider {

	private static final long MAX_QUERY_CHARACTERS = 8_000_000;

	private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
		.maximumWeight(MAX_QUERY_CHARACTERS)
		.weigher((String query, PreparsedDocumentEntry entry) -> query.length())
		.build();

	private final ApolloPersistedQuerySupport persisted;

	ParsedDocumentCache(PersistedQueries persistedQueries) {
		this.persisted = new ApolloPersistedQuerySupport(persistedQueries.over(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		if (input.getExtensions() != null && input.getExtensions().get("persistedQuery") instanceof Map<?, ?>) {
			return this.persisted.getDocumentAsync(input, parseAndValidate);
		}
		return CompletableFuture.completedFuture(parsed(input.getQuery(), () -> parseAndValidate.apply(input)));
	}

	/** The document of the query, parsed once. */
	PreparsedDocumentEntry parsed(String query, Supplier<PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry cached = this.documents.getIfPresent(query);
		if (cached != null) {
			return cached;
		}
		PreparsedDocumentEntry entry = parseAndValidate.get();
		if (!entry.hasErrors()) {
			this.documents.put(query, entry);
		}
		return entry;
	}

}
