package cn.zjgh.portal.shared;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps parsed and validated documents, so that the few operations the mini-program sends
 * are parsed once rather than on every request. Bounded by the total length of the kept
 * queries; documents with errors are not kept.
 */
class ParsedDocumentCache implements PreparsedDocumentProvider {

	private static final long MAX_QUERY_CHARACTERS = 8_000_000;

	private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
		.maximumWeight(MAX_QUERY_CHARACTERS)
		.weigher((String query, PreparsedDocumentEntry entry) -> query.length())
		.build();

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry cached = this.documents.getIfPresent(input.getQuery());
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			this.documents.put(input.getQuery(), entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

}
