package cn.zjgh.portal.shared;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A Redis cache for public listings, shared by all replicas.
 *
 * <p>
 * Each cache has a generation number in Redis that is part of every key. Invalidating
 * bumps it, so all entries of the cache are gone at once, and a computation that started
 * before the invalidation writes under the old generation where nobody reads: once an
 * invalidating transaction has committed, no reader sees the old state again.
 *
 * <p>
 * Entries just read are also kept in this JVM, deserialized, for up to a second under the
 * same generation key, so a hot listing is neither fetched nor parsed again on every
 * request.
 *
 * <p>
 * On a miss only one caller per key computes the value: within a JVM the others wait for
 * its result; across replicas a short Redis lock makes the others wait briefly for the
 * entry. Without Redis every call computes from PostgreSQL. Hits, misses and loads are
 * counted as {@code portal.cache.requests} and {@code portal.cache.loads}.
 */
@Component
public class ListingCache {

	private static final Duration LOCK_TTL = Duration.ofSeconds(3);

	private static final Duration NEAR_CACHE_TTL = Duration.ofSeconds(1);

	private static final Duration WAIT_FOR_OTHER_REPLICA = Duration.ofMillis(500);

	private final StringRedisTemplate redis;

	private final RedisGuard guard;

	private final JsonMapper json;

	private final MeterRegistry meters;

	private final ConcurrentHashMap<String, CompletableFuture<String>> inFlight = new ConcurrentHashMap<>();

	private final Cache<String, Object> nearCache = Caffeine.newBuilder()
		.maximumSize(1_000)
		.expireAfterWrite(NEAR_CACHE_TTL)
		.build();

	ListingCache(StringRedisTemplate redis, RedisGuard guard, JsonMapper json, MeterRegistry meters) {
		this.redis = redis;
		this.guard = guard;
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.meters = meters;
	}

	@SuppressWarnings("unchecked")
	public <T> T get(String cache, String key, Duration ttl, JavaType type, Supplier<T> loader) {
		String generation = this.guard.call(() -> this.redis.opsForValue().get(generationKey(cache)), null);
		if (generation == null && this.guard.isPaused()) {
			count(cache, "bypass");
			return loader.get();
		}
		String fullKey = "portal:cache:" + cache + ":" + ((generation != null) ? generation : "0") + ":" + key;
		Object near = this.nearCache.getIfPresent(fullKey);
		if (near != null) {
			count(cache, "hit");
			return (T) near;
		}
		String cached = this.guard.call(() -> this.redis.opsForValue().get(fullKey), null);
		if (cached != null) {
			count(cache, "hit");
			return remember(fullKey, this.json.readValue(cached, type));
		}
		count(cache, "miss");
		CompletableFuture<String> mine = new CompletableFuture<>();
		CompletableFuture<String> running = this.inFlight.putIfAbsent(fullKey, mine);
		if (running != null) {
			return this.json.readValue(running.join(), type);
		}
		try {
			// another caller may have finished loading between our misses and our claim
			Object loaded = this.nearCache.getIfPresent(fullKey);
			if (loaded != null) {
				mine.complete(this.json.writeValueAsString(loaded));
				return (T) loaded;
			}
			String value = loadOnce(cache, fullKey, ttl, loader);
			mine.complete(value);
			return remember(fullKey, this.json.readValue(value, type));
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.remove(fullKey, mine);
		}
	}

	private <T> T remember(String fullKey, T value) {
		this.nearCache.put(fullKey, value);
		return value;
	}

	/**
	 * Drops every entry of the cache once the current transaction commits (at once
	 * without one).
	 */
	public void invalidateAfterCommit(String cache) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					invalidate(cache);
				}
			});
		}
		else {
			invalidate(cache);
		}
	}

	/** The cache's current generation, or null while Redis is unavailable. */
	public String generation(String cache) {
		String generation = this.guard.call(() -> this.redis.opsForValue().get(generationKey(cache)), null);
		return (generation != null || this.guard.isPaused()) ? generation : "0";
	}

	public void invalidate(String cache) {
		this.guard.run(() -> this.redis.opsForValue().increment(generationKey(cache)));
	}

	public JavaType listOf(Class<?> element) {
		return this.json.getTypeFactory().constructCollectionType(List.class, element);
	}

	private <T> String loadOnce(String cache, String fullKey, Duration ttl, Supplier<T> loader) {
		String lockKey = fullKey + ":lock";
		Boolean locked = this.guard.call(() -> this.redis.opsForValue().setIfAbsent(lockKey, "1", LOCK_TTL), true);
		if (!Boolean.TRUE.equals(locked)) {
			String fromOther = waitForOtherReplica(fullKey);
			if (fromOther != null) {
				return fromOther;
			}
		}
		this.meters.counter("portal.cache.loads", "cache", cache).increment();
		String value = this.json.writeValueAsString(loader.get());
		this.guard.run(() -> {
			this.redis.opsForValue().set(fullKey, value, ttl);
			this.redis.delete(lockKey);
		});
		return value;
	}

	private String waitForOtherReplica(String fullKey) {
		long deadline = System.nanoTime() + WAIT_FOR_OTHER_REPLICA.toNanos();
		while (System.nanoTime() < deadline) {
			String value = this.guard.call(() -> this.redis.opsForValue().get(fullKey), null);
			if (value != null) {
				return value;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
		return null;
	}

	private void count(String cache, String result) {
		Counter.builder("portal.cache.requests")
			.tag("cache", cache)
			.tag("result", result)
			.register(this.meters)
			.increment();
	}

	private static String generationKey(String cache) {
		return "portal:cache:" + cache + ":generation";
	}

}
