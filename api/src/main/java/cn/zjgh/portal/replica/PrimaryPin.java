package cn.zjgh.portal.replica;

import java.time.Duration;

import cn.zjgh.portal.shared.RedisGuard;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Read-your-writes: after a caller's mutation, that caller's reads go to the primary
 * until every replica still read has replayed it. The pin lives in Redis so that it holds
 * on whichever portal instance the next request reaches; without Redis every caller who
 * could have one reads the primary.
 */
class PrimaryPin {

	private static final ThreadLocal<Boolean> THIS_REQUEST = new ThreadLocal<>();

	private final StringRedisTemplate redis;

	private final RedisGuard guard;

	private final Duration holdFor;

	PrimaryPin(StringRedisTemplate redis, RedisGuard guard, Duration holdFor) {
		this.redis = redis;
		this.guard = guard;
		this.holdFor = holdFor;
	}

	/** Whether the request on this thread reads the primary only. */
	static boolean onThisRequest() {
		return Boolean.TRUE.equals(THIS_REQUEST.get());
	}

	static void forThisRequest(boolean pinned) {
		if (pinned) {
			THIS_REQUEST.set(Boolean.TRUE);
		}
		else {
			THIS_REQUEST.remove();
		}
	}

	void pin(String userId) {
		this.guard.run(() -> this.redis.opsForValue().set(key(userId), "1", this.holdFor));
	}

	boolean isPinned(String userId) {
		return this.guard.call(() -> this.redis.hasKey(key(userId)), true);
	}

	private static String key(String userId) {
		return "portal:primary-pin:" + userId;
	}

}
