package cn.zjgh.portal.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Whole-response cache for GraphQL requests, driven by the schema's {@code @cacheControl}
 * hints ({@link CacheHints}): only documents whose every field is public are considered,
 * and such a response is the same whoever asks, so it is shared between workers with and
 * without a token. It runs after security: a token that comes with the request has been
 * checked (signature, expiry, the account still exists) before a cached answer is given;
 * nothing is executed. Entries live at most their {@code maxAge} and are keyed by the
 * event listings' generation, so invalidating the listings (publish, edit, cancel,
 * fill-up) retires them at once on every replica. A request with
 * {@code Cache-Control: no-cache} is executed and replaces the entry when its answer
 * changed. Without Redis the cache is bypassed.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class ResponseCacheFilter extends OncePerRequestFilter {

	private static final Duration AWAIT_OTHER_REQUEST = Duration.ofSeconds(2);

	/** The listings whose generation keys the cached responses. */
	static final String LISTINGS = "event-listings";

	private final CacheHints hints;

	private final ListingCache listings;

	private final JsonMapper json;

	private final PersistedQueries persistedQueries;

	private final Counter hits;

	private final Counter misses;

	private final Map<String, CompletableFuture<CachedResponse>> inFlight = new ConcurrentHashMap<>();

	private final Cache<String, Optional<Duration>> hintsByBody = Caffeine.newBuilder().maximumSize(10_000).build();

	private final String graphQlPath;

	private final Cache<String, CachedResponse> responses = Caffeine.newBuilder()
		.maximumWeight(32L * 1024 * 1024)
		.weigher((String key, CachedResponse response) -> response.body().length)
		.expireAfter(Expiry.creating((String key, CachedResponse response) -> response.maxAge()))
		.build();

	ResponseCacheFilter(CacheHints hints, ListingCache listings, JsonMapper json, MeterRegistry meters,
			PersistedQueries persistedQueries, Environment environment) {
		this.hints = hints;
		this.listings = listings;
		this.json = json;
		this.persistedQueries = persistedQueries;
		this.hits = meters.counter("portal.response.cache", "result", "hit");
		this.misses = meters.counter("portal.response.cache", "result", "miss");
		this.graphQlPath = environment.getProperty("spring.graphql.http.path", "/graphql");
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.graphQlPath.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes();
		HttpServletRequest replay = new ReplayedRequest(request, body);
		String bodyHash = sha256(body);
		Optional<Duration> maxAge = maxAge(bodyHash, body);
		String generation = maxAge.isPresent() ? this.listings.generation(LISTINGS) : null;
		if (generation == null) {
			chain.doFilter(replay, response);
			return;
		}
		String key = generation + ":" + bodyHash + ":" + request.getHeader(HttpHeaders.ACCEPT);
		boolean revalidate = revalidate(request);
		CachedResponse cached = revalidate ? null : this.responses.getIfPresent(key);
		CompletableFuture<CachedResponse> computing = new CompletableFuture<>();
		CompletableFuture<CachedResponse> other = (cached != null) ? null : this.inFlight.putIfAbsent(key, computing);
		if (other != null && !revalidate) {
			cached = await(other);
		}
		if (cached != null) {
			this.hits.increment();
			write(cached, response);
			return;
		}
		this.misses.increment();
		CachedResponse produced = null;
		try {
			ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
			chain.doFilter(replay, capture);
			byte[] answer = capture.getContentAsByteArray();
			if (capture.getStatus() == 200 && !contains(answer, "\"errors\"")) {
				produced = keep(key, new CachedResponse(answer, capture.getContentType(), maxAge.get()));
			}
			capture.copyBodyToResponse();
		}
		finally {
			if (other == null) {
				this.inFlight.remove(key, computing);
				computing.complete(produced);
			}
		}
	}

	/**
	 * Stores a produced answer unless the entry already holds the same bytes: a crowd
	 * that revalidates an unchanged listing then only reads the cache, instead of every
	 * request writing the one hot key under its lock. An unchanged entry keeps its
	 * expiry, so it is executed again within its {@code maxAge} at the latest.
	 */
	private CachedResponse keep(String key, CachedResponse produced) {
		CachedResponse current = this.responses.getIfPresent(key);
		if (current != null && Arrays.equals(current.body(), produced.body())
				&& Objects.equals(current.contentType(), produced.contentType())) {
			return current;
		}
		this.responses.put(key, produced);
		return produced;
	}

	/**
	 * The answer of the request that is computing the same entry (just expired, or just
	 * retired by a new generation), so that a crowd asking at that moment executes the
	 * document once. Waits at most {@link #AWAIT_OTHER_REQUEST}; null when that request
	 * produced nothing to share, and the caller executes the document itself.
	 */
	private static CachedResponse await(CompletableFuture<CachedResponse> computing) {
		try {
			return computing.get(AWAIT_OTHER_REQUEST.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private static void write(CachedResponse cached, HttpServletResponse response) throws IOException {
		response.setContentType(cached.contentType());
		response.setContentLength(cached.body().length);
		response.getOutputStream().write(cached.body());
	}

	/**
	 * How long the response to this body may be shared; worked out once per body, but not
	 * kept for a hash whose document this replica has not been sent yet.
	 */
	private Optional<Duration> maxAge(String bodyHash, byte[] body) {
		Optional<Duration> known = this.hintsByBody.getIfPresent(bodyHash);
		if (known != null) {
			return known;
		}
		try {
			Map<String, Object> request = this.json.readValue(body, new TypeReference<Map<String, Object>>() {
			});
			String query = (request.get("query") instanceof String text) ? text
					: this.persistedQueries.textOf(persistedQueryHash(request));
			if (query == null) {
				return Optional.empty();
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> variables = (request.get("variables") instanceof Map<?, ?> map)
					? (Map<String, Object>) map : Map.of();
			Optional<Duration> maxAge = this.hints.maxAge(query, (String) request.get("operationName"), variables);
			this.hintsByBody.put(bodyHash, maxAge);
			return maxAge;
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Object persistedQueryHash(Map<String, Object> request) {
		return (request.get("extensions") instanceof Map<?, ?> extensions
				&& extensions.get("persistedQuery") instanceof Map<?, ?> persisted) ? persisted.get("sha256Hash")
						: null;
	}

	private static boolean revalidate(HttpServletRequest request) {
		String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
	}

	private static boolean contains(byte[] body, String text) {
		return new String(body, StandardCharsets.UTF_8).contains(text);
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record CachedResponse(byte[] body, String contentType, Duration maxAge) {
	}

	/** The request with its body read once and handed again to the rest of the chain. */
	private static final class ReplayedRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		ReplayedRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new IllegalStateException(
							"the replayed body is read synchronously; async I/O was not started");
				}

			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
