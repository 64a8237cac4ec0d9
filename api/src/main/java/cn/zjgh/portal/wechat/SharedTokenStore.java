package cn.zjgh.portal.wechat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import me.chanjar.weixin.common.redis.RedisTemplateWxRedisOps;
import me.chanjar.weixin.common.redis.WxRedisOps;

import cn.zjgh.portal.shared.RedisGuard;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Where WxJava keeps WeChat's access token: in Redis, so that replicas share one token,
 * with a copy in this JVM so that WeChat calls (login above all) keep working while Redis
 * is down.
 */
class SharedTokenStore implements WxRedisOps {

	private final WxRedisOps redis;

	private final RedisGuard guard;

	private final Map<String, Expiring> local = new ConcurrentHashMap<>();

	private final Map<String, ReentrantLock> localLocks = new ConcurrentHashMap<>();

	SharedTokenStore(StringRedisTemplate redis, RedisGuard guard) {
		this.redis = new RedisTemplateWxRedisOps(redis);
		this.guard = guard;
	}

	@Override
	public String getValue(String key) {
		Expiring copy = this.local.get(key);
		String fallback = (copy != null && copy.expiresAt().isAfter(Instant.now())) ? copy.value() : null;
		return this.guard.call(() -> this.redis.getValue(key), fallback);
	}

	@Override
	public void setValue(String key, String value, int expire, TimeUnit unit) {
		this.local.put(key, new Expiring(value, Instant.now().plusMillis(unit.toMillis(expire))));
		this.guard.run(() -> this.redis.setValue(key, value, expire, unit));
	}

	@Override
	public Long getExpire(String key) {
		Expiring copy = this.local.get(key);
		Long fallback = (copy != null)
				? Math.max(-2, copy.expiresAt().getEpochSecond() - Instant.now().getEpochSecond()) : -2L;
		return this.guard.call(() -> this.redis.getExpire(key), fallback);
	}

	@Override
	public void expire(String key, int expire, TimeUnit unit) {
		this.local.computeIfPresent(key,
				(k, copy) -> new Expiring(copy.value(), Instant.now().plusMillis(unit.toMillis(expire))));
		this.guard.run(() -> this.redis.expire(key, expire, unit));
	}

	/** Redis's lock when Redis answers, this JVM's otherwise. */
	@Override
	public Lock getLock(String key) {
		return new FallbackLock(this.redis.getLock(key),
				this.localLocks.computeIfAbsent(key, (k) -> new ReentrantLock()));
	}

	private record Expiring(String value, Instant expiresAt) {
	}

}
