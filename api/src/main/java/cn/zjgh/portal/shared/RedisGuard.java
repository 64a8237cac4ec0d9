package cn.zjgh.portal.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Redis only makes things fast, so a Redis failure must never fail a request. Calls go
 * through here: on an error the fallback is used and Redis is left alone for a few
 * seconds, so that while it is down requests do not each wait for a timeout. Once the
 * pause is over the next call tries again, and caching resumes by itself when Redis is
 * back.
 */
@Component
public class RedisGuard {

	private static final Log logger = LogFactory.getLog(RedisGuard.class);

	public static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(3);

	private volatile Instant pausedUntil = Instant.MIN;

	public <T> T call(Supplier<T> operation, T fallback) {
		if (Instant.now().isBefore(this.pausedUntil)) {
			return fallback;
		}
		try {
			return operation.get();
		}
		catch (RuntimeException ex) {
			this.pausedUntil = Instant.now().plus(PAUSE_AFTER_FAILURE);
			logger.warn("Redis unavailable, going without it for " + PAUSE_AFTER_FAILURE.toSeconds() + " s: "
					+ ex.getMessage());
			return fallback;
		}
	}

	public void run(Runnable operation) {
		call(() -> {
			operation.run();
			return null;
		}, null);
	}

	public boolean isPaused() {
		return Instant.now().isBefore(this.pausedUntil);
	}

}
