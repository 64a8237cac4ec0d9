package cn.zjgh.portal.replica;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicaTests {

	private static final Duration MAX_LAG = Duration.ofSeconds(2);

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	private final Replica replica = new Replica("replica-1", new HikariDataSource());

	@Test
	void isNotReadBeforeItsFirstMeasurement() {
		assertThat(this.replica.inTime(0, MAX_LAG)).isFalse();
		assertThat(this.replica.problem()).isEqualTo("not measured yet");
	}

	@Test
	void isReadWhileItsLagPlusTheTimeSinceTheMeasurementStaysWithinTheBound() {
		assertThat(this.replica.measured(Duration.ofMillis(500), 10 * SECOND, MAX_LAG)).isTrue();

		assertThat(this.replica.inTime(10 * SECOND, MAX_LAG)).isTrue();
		assertThat(this.replica.inTime(11 * SECOND + SECOND / 2, MAX_LAG)).isTrue();
		assertThat(this.replica.inTime(11 * SECOND + SECOND / 2 + 1, MAX_LAG)).as("no measurement since: maybe behind")
			.isFalse();
	}

	@Test
	void isSkippedWhenFurtherBehindThanTheBoundAndReadAgainOnceCaughtUp() {
		this.replica.measured(Duration.ZERO, 0, MAX_LAG);

		assertThat(this.replica.measured(Duration.ofMillis(2001), SECOND, MAX_LAG)).as("changed").isTrue();
		assertThat(this.replica.inTime(SECOND, MAX_LAG)).isFalse();
		assertThat(this.replica.problem()).isEqualTo("behind the primary by 2001 ms");
		assertThat(this.replica.measured(Duration.ofMillis(3000), 2 * SECOND, MAX_LAG)).as("unchanged").isFalse();

		assertThat(this.replica.measured(Duration.ofMillis(100), 3 * SECOND, MAX_LAG)).as("changed").isTrue();
		assertThat(this.replica.inTime(3 * SECOND, MAX_LAG)).isTrue();
		assertThat(this.replica.problem()).isNull();
	}

	@Test
	void aFailureStopsReadingItUntilAMeasurementSaysItIsInTime() {
		this.replica.measured(Duration.ZERO, 0, MAX_LAG);

		assertThat(this.replica.failed("unreachable: connection refused")).isTrue();
		assertThat(this.replica.inTime(0, MAX_LAG)).isFalse();
		assertThat(this.replica.lag()).isNull();
		assertThat(this.replica.failed("unreachable: connection refused")).isFalse();

		this.replica.measured(Duration.ZERO, SECOND, MAX_LAG);
		assertThat(this.replica.inTime(SECOND, MAX_LAG)).isTrue();
	}

}
