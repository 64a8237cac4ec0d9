package cn.zjgh.portal.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
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
 * {@code Cache-Control: no-cache} is executed and refreshes the entry. Without Redis the
 * cache is bypassed.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class ResponseCacheFilter extends OncePerRequestFilter {

	/** The listings whose generation keys the cached responses. */
	static final String LISTINGS = "event-listings";

	private final CacheHints hints;

	private final ListingCache listings;

	private final JsonMapper json;

	private final MeterRegistry meters;

	private final PersistedQueries persistedQueries;

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
		this.meters = meters;
		this.persistedQueries = persistedQueries;
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
		Optional<Duration> maxAge = maxAge(body);
		String generation = maxAge.isPresent() ? this.listings.generation(LISTINGS) : null;
		if (generation == null) {
			chain.doFilter(replay, response);
			return;
		}
		String key = generation + ":" + sha256(body) + ":" + request.getHeader(HttpHeaders.ACCEPT);
		CachedResponse cached = revalidate(request) ? null : this.responses.getIfPresent(key);
		if (cached != null) {
			this.meters.counter("portal.response.cache", "result", "hit").increment();
			response.setContentType(cached.contentType());
			response.setContentLength(cached.body().length);
			response.getOutputStream().write(cached.body());
			return;
		}
		this.meters.counter("portal.response.cache", "result", "miss").increment();
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(replay, capture);
		byte[] produced = capture.getContentAsByteArray();
		if (capture.getStatus() == 200 && !contains(produced, "\"errors\"")) {
			this.responses.put(key, new CachedResponse(produced, capture.getContentType(), maxAge.get()));
		}
		capture.copyBodyToResponse();
	}

	private Optional<Duration> maxAge(byte[] body) {
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
			return this.hints.maxAge(query, (String) request.get("operationName"), variables);
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
