package cn.zjgh.portal.replica;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures how far each replica is behind the primary, as time: every check records the
 * primary's flushed WAL position with the moment it was read, and a replica is as far
 * behind as the newest recorded position it has replayed is old. A replica that is idle
 * with its primary is a check's interval behind at most; one whose replay is paused, or
 * that lost its connection to the primary, grows older with every check until it is
 * skipped. Between checks a replica counts as having replayed nothing since the last one,
 * so a stalled check leads to the primary, never to a stale replica. Every portal
 * instance measures for itself.
 */
class ReplicaLag {

	private static final Log logger = LogFactory.getLog(ReplicaLag.class);

	private static final String FLUSHED = "SELECT (pg_current_wal_flush_lsn() - '0/0'::pg_lsn)::bigint";

	/** Null on a server that is not a standby. */
	private static final String REPLAYED = "SELECT (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint";

	private final JdbcTemplate primary;

	private final List<Replica> replicas;

	private final List<JdbcTemplate> replicaQueries;

	private final Duration maxLag;

	/** Primary positions, oldest first, for as long as a lag can still be told apart. */
	private final Deque<Position> positions = new ArrayDeque<>();

	private final Duration window;

	private final AtomicInteger next = new AtomicInteger();

	private final Duration checkEvery;

	private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "replica-lag");
		thread.setDaemon(true);
		return thread;
	});

	ReplicaLag(DataSource primary, List<Replica> replicas, ReplicaProperties properties) {
		this.primary = queries(primary);
		this.replicas = replicas;
		this.replicaQueries = replicas.stream().map((replica) -> queries(replica.pool())).toList();
		this.maxLag = properties.maxLag();
		this.checkEvery = properties.checkEvery();
		this.window = properties.maxLag().plus(properties.checkEvery().multipliedBy(4));
	}

	List<Replica> replicas() {
		return this.replicas;
	}

	/** The next replica in time, taking turns; null when none is. */
	Replica nextInTime() {
		long now = System.nanoTime();
		int count = this.replicas.size();
		int start = Math.floorMod(this.next.getAndIncrement(), count);
		for (int i = 0; i < count; i++) {
			Replica replica = this.replicas.get((start + i) % count);
			if (replica.inTime(now, this.maxLag)) {
				return replica;
			}
		}
		return null;
	}

	/**
	 * Stops using a replica that refused a connection, until a check finds it in time.
	 */
	void refused(Replica replica, Exception ex) {
		if (replica.failed("refused a connection: " + ex.getMessage())) {
			logger.warn("Replica " + replica.name() + " refused a connection; reading the primary instead");
		}
	}

	/** Measures on a thread of its own, so that no scheduled job holds the checks up. */
	void start() {
		this.checks.scheduleWithFixedDelay(this::checkQuietly, 0, this.checkEvery.toMillis(), TimeUnit.MILLISECONDS);
	}

	void stop() {
		this.checks.shutdownNow();
	}

	private void checkQuietly() {
		try {
			check();
		}
		catch (RuntimeException ex) {
			logger.warn("Replica check failed: " + ex.getMessage());
		}
	}

	void check() {
		long now = System.nanoTime();
		Long flushed;
		try {
			flushed = this.primary.queryForObject(FLUSHED, Long.class);
		}
		catch (DataAccessException ex) {
			// Without the primary's position no lag can be told; keep the last judgement.
			logger.debug("Primary WAL position unreadable: " + ex.getMessage());
			return;
		}
		synchronized (this.positions) {
			this.positions.addLast(new Position(now, flushed));
			while (this.positions.size() > 1 && now - this.positions.peekFirst().nanos() > this.window.toNanos()) {
				this.positions.removeFirst();
			}
		}
		for (int i = 0; i < this.replicas.size(); i++) {
			measure(this.replicas.get(i), this.replicaQueries.get(i), now);
		}
	}

	private void measure(Replica replica, JdbcTemplate queries, long now) {
		Long replayed;
		try {
			replayed = queries.queryForObject(REPLAYED, Long.class);
		}
		catch (DataAccessException ex) {
			if (replica.failed("unreachable: " + ex.getMostSpecificCause().getMessage())) {
				logger.warn("Replica " + replica.name() + " unreachable; reading the primary instead");
			}
			return;
		}
		if (replayed == null) {
			if (replica.failed("not a standby")) {
				logger.warn("Replica " + replica.name() + " is not a standby; it is not read");
			}
			return;
		}
		Duration lag = lagOf(replayed, now);
		if (lag == null) {
			if (replica
				.failed("has replayed nothing the primary wrote in the last " + this.window.toMillis() + " ms")) {
				logger.warn("Replica " + replica.name() + " is far behind; reading the primary instead");
			}
			return;
		}
		boolean wasUsable = replica.usable();
		if (replica.measured(lag, now, this.maxLag)) {
			if (wasUsable) {
				logger.warn("Replica " + replica.name() + " is " + lag.toMillis() + " ms behind (more than "
						+ this.maxLag.toMillis() + " ms); reading the primary instead");
			}
			else {
				logger.info("Replica " + replica.name() + " in time (" + lag.toMillis() + " ms behind); reading it");
			}
		}
	}

	/**
	 * How old the newest primary position the replica has replayed is; null when it has
	 * replayed none of those recorded.
	 */
	private Duration lagOf(long replayed, long now) {
		synchronized (this.positions) {
			var newestFirst = this.positions.descendingIterator();
			while (newestFirst.hasNext()) {
				Position position = newestFirst.next();
				if (position.lsn() <= replayed) {
					return Duration.ofNanos(now - position.nanos());
				}
			}
			return null;
		}
	}

	private static JdbcTemplate queries(DataSource dataSource) {
		JdbcTemplate queries = new JdbcTemplate(dataSource);
		queries.setQueryTimeout(1);
		return queries;
	}

	private record Position(long nanos, long lsn) {
	}

}
