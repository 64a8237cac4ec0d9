package cn.zjgh.portal.shared;

import java.time.Duration;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Per-user fixed-window limits kept in Redis. The limits are set well above what a person
 * pressing a button produces, so only scripts meet them. Without Redis nobody is limited.
 */
@Component
public class RateLimiter {

	private static final RedisScript<Long> COUNT_IN_WINDOW = RedisScript.of("""
			local count = redis.call('INCR', KEYS[1])
			if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
			return count
			""", Long.class);

	private final StringRedisTemplate redis;

	private final RedisGuard guard;

	RateLimiter(StringRedisTemplate redis, RedisGuard guard) {
		this.redis = redis;
		this.guard = guard;
	}

	/**
	 * Throws RATE_LIMITED when the user has done {@code action} more than {@code limit}
	 * times in the window.
	 */
	public void check(String action, long userId, int limit, Duration window) {
		String key = "portal:rate:" + action + ":" + userId;
		Long count = this.guard
			.call(() -> this.redis.execute(COUNT_IN_WINDOW, List.of(key), Long.toString(window.toMillis())), 0L);
		if (count != null && count > limit) {
			throw new DomainException(ErrorCode.RATE_LIMITED, "操作太频繁，请稍后再试");
		}
	}

}
