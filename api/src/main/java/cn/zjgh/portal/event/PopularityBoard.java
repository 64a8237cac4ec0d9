package cn.zjgh.portal.event;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import cn.zjgh.portal.shared.RedisGuard;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The popularity of upcoming events — confirmed plus waitlisted registrations — kept in a
 * Redis sorted set per city (and one for the province), moved as registrations commit.
 * PostgreSQL has the same numbers: a missing set is rebuilt from it, and every set is
 * rebuilt hourly so drift cannot last. Without Redis the popular listing is computed from
 * PostgreSQL.
 * <p>
 * Redis orders equal scores by member bytes ("99999" before "9999"), PostgreSQL's listing
 * by id. So a score is the popularity less a fraction that grows with the id: equal
 * popularities then come in id order, whichever side answers. Moves are whole numbers and
 * keep the fraction exactly (a double holds 2^20 registrations and 2^32 ids apart).
 * <p>
 * A move that Redis did not take (Redis down, or a Cluster master failing over) marks the
 * sets it should have moved as stale in this replica, and the next read of such a set
 * here rebuilds it from PostgreSQL, so a failover leaves no drift behind.
 */
@Component
class PopularityBoard {

	static final String ALL = "all";

	private static final Duration REBUILD_AFTER = Duration.ofHours(1);

	private static final double TIE_BREAK_SCALE = 0x1_0000_0000L;

	/**
	 * On a board that exists, adds the event with its tie-break when it is not on it yet,
	 * then moves it. A board that has expired stays away (it is rebuilt whole when next
	 * read): checked in the script, so that an expiry between a check and the move cannot
	 * leave a board of one event that never expires.
	 */
	private static final RedisScript<String> MOVE = RedisScript.of("""
			if redis.call('EXISTS', KEYS[1]) == 0 then
			  return false
			end
			redis.call('ZADD', KEYS[1], 'NX', ARGV[2], ARGV[1])
			return redis.call('ZINCRBY', KEYS[1], ARGV[3], ARGV[1])
			""", String.class);

	private final StringRedisTemplate redis;

	private final RedisGuard guard;

	private final EventMapper events;

	private final Clock clock;

	private final Set<String> stale = ConcurrentHashMap.newKeySet();

	PopularityBoard(StringRedisTemplate redis, RedisGuard guard, EventMapper events, Clock clock) {
		this.redis = redis;
		this.guard = guard;
		this.events = events;
		this.clock = clock;
	}

	/** Moves the event's score by {@code delta} once the current transaction commits. */
	void moveAfterCommit(Event event, int delta) {
		afterCommit(event, () -> {
			for (String key : keys(event)) {
				this.redis.execute(MOVE, List.of(key), event.getId().toString(),
						Double.toString(scoreOf(event.getId(), 0)), Integer.toString(delta));
			}
		});
	}

	/**
	 * Takes the event off the board once the current transaction commits (cancelled,
	 * finished).
	 */
	void removeAfterCommit(Event event) {
		afterCommit(event,
				() -> keys(event).forEach((key) -> this.redis.opsForZSet().remove(key, event.getId().toString())));
	}

	/** The ids of the most popular events, best first; null when Redis cannot answer. */
	List<Long> top(String city, int count) {
		String key = key(city);
		return this.guard.call(() -> {
			boolean missedMoves = this.stale.remove(key);
			try {
				if (missedMoves) {
					this.redis.delete(key);
				}
				if (missedMoves || !Boolean.TRUE.equals(this.redis.hasKey(key))) {
					rebuild(city, key);
				}
			}
			catch (RuntimeException ex) {
				if (missedMoves) {
					this.stale.add(key);
				}
				throw ex;
			}
			Set<String> ids = this.redis.opsForZSet().reverseRange(key, 0, count - 1L);
			return (ids != null) ? ids.stream().map(Long::valueOf).toList() : List.<Long>of();
		}, null);
	}

	/** The event's popularity as the board has it, or null. */
	Double score(String city, long eventId) {
		Double score = this.guard.call(() -> this.redis.opsForZSet().score(key(city), Long.toString(eventId)), null);
		return (score != null) ? Math.ceil(score) : null;
	}

	static double scoreOf(long eventId, long popularity) {
		return popularity - (eventId & 0xFFFF_FFFFL) / TIE_BREAK_SCALE;
	}

	private void rebuild(String city, String key) {
		List<EventMapper.Popularity> rows = this.events.popularity(ALL.equals(city) ? null : city,
				OffsetDateTime.now(this.clock));
		if (rows.isEmpty()) {
			this.redis.opsForZSet().add(key, "0", Double.NEGATIVE_INFINITY);
		}
		else {
			this.redis.opsForZSet()
				.add(key,
						rows.stream()
							.map((row) -> TypedTuple.of(Long.toString(row.id()), scoreOf(row.id(), row.score())))
							.collect(Collectors.toSet()));
		}
		this.redis.expire(key, REBUILD_AFTER);
	}

	private void afterCommit(Event event, Runnable change) {
		Runnable guarded = () -> {
			boolean taken = this.guard.call(() -> {
				change.run();
				return true;
			}, false);
			if (!taken) {
				this.stale.addAll(keys(event));
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					guarded.run();
				}
			});
		}
		else {
			guarded.run();
		}
	}

	private static List<String> keys(Event event) {
		return List.of(key(event.getCityCode()), key(ALL));
	}

	private static String key(String city) {
		return "portal:event-popularity:" + ((city != null) ? city : ALL);
	}

}
