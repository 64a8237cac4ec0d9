package cn.zjgh.portal.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;

import org.springframework.stereotype.Component;

/**
 * The documents clients have sent by hash, so that on a weak network a client sends the
 * 64-character SHA-256 of a document instead of the document. An unknown hash is answered
 * {@code PERSISTED_QUERY_NOT_FOUND}; the client then sends the document once with its
 * hash, which is checked before the document is kept. Bounded in memory, per replica: a
 * replica that has not seen a hash asks for the document again.
 */
@Component
class PersistedQueries {

	private static final long MAX_QUERY_CHARACTERS = 4_000_000;

	private final Cache<Object, String> texts = Caffeine.newBuilder()
		.maximumWeight(MAX_QUERY_CHARACTERS)
		.weigher((Object hash, String text) -> text.length())
		.build();

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The document kept under the hash, or null. */
	String textOf(Object hash) {
		return (hash != null) ? this.texts.getIfPresent(hash) : null;
	}

	/** graphql-java's view of these documents, parsing through the given cache. */
	PersistedQueryCache over(ParsedDocumentCache documents) {
		return new PersistedQueryCache() {

			@Override
			public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object hash,
					ExecutionInput input, PersistedQueryCacheMiss onMiss) throws PersistedQueryNotFound {
				String text = textOf(hash);
				if (text == null) {
					text = input.getQuery();
					if (text == null || text.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(text)) {
						throw new PersistedQueryNotFound(hash);
					}
					if (!sha256(text).equalsIgnoreCase(String.valueOf(hash))) {
						throw new PersistedQueryIdInvalid(hash);
					}
				}
				String checked = text;
				PreparsedDocumentEntry entry = documents.parsed(text, () -> onMiss.apply(checked));
				if (!entry.hasErrors()) {
					PersistedQueries.this.texts.put(hash, text);
				}
				return CompletableFuture.completedFuture(entry);
			}

		};
	}

}
