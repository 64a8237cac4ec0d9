package cn.zjgh.portal.replica;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * One streaming replica: its pool, and whether it was in time when last measured.
 */
final class Replica {

	private final String name;

	private final HikariDataSource pool;

	private volatile boolean usable;

	private volatile Duration lag;

	private volatile long measuredAt;

	private volatile String problem = "not measured yet";

	Replica(String name, HikariDataSource pool) {
		this.name = name;
		this.pool = pool;
	}

	String name() {
		return this.name;
	}

	HikariDataSource pool() {
		return this.pool;
	}

	boolean usable() {
		return this.usable;
	}

	/**
	 * Whether it may be read at {@code now} (System.nanoTime): in time when last
	 * measured, and still so even if it has replayed nothing since.
	 */
	boolean inTime(long now, Duration maxLag) {
		return this.usable && this.lag.toNanos() + (now - this.measuredAt) <= maxLag.toNanos();
	}

	/** The lag last measured; null when it could not be measured. */
	Duration lag() {
		return this.lag;
	}

	/** Why the replica is not used; null while it is. */
	String problem() {
		return this.problem;
	}

	/** Records a measurement; true when it changes whether the replica is used. */
	boolean measured(Duration lag, long at, Duration maxLag) {
		boolean inTime = lag.compareTo(maxLag) <= 0;
		this.lag = lag;
		this.measuredAt = at;
		this.problem = inTime ? null : "behind the primary by " + lag.toMillis() + " ms";
		return swap(inTime);
	}

	/** Records a failure to reach or measure it; true when it was in use until now. */
	boolean failed(String problem) {
		this.lag = null;
		this.problem = problem;
		return swap(false);
	}

	private boolean swap(boolean usable) {
		boolean changed = this.usable != usable;
		this.usable = usable;
		return changed;
	}

}
