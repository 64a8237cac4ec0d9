package cn.zjgh.portal.replica;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.datasource.*}: the streaming replicas of the primary named by
 * {@code spring.datasource.url}, with the same user and password.
 *
 * @param replicas JDBC URLs of the replicas ({@code jdbc:postgresql://host:port/db})
 * @param maxLag how far behind the primary a replica may be and still be read
 * @param checkEvery how often each replica's lag is measured
 */
@Validated
@ConfigurationProperties("portal.datasource")
record ReplicaProperties(@DefaultValue List<String> replicas, @DefaultValue("2s") @NotNull Duration maxLag,
		@DefaultValue("500ms") @NotNull Duration checkEvery) {

	ReplicaProperties {
		for (String url : replicas) {
			if (!url.startsWith("jdbc:postgresql://")) {
				throw new IllegalArgumentException(
						"portal.datasource.replicas: " + url + " is not a jdbc:postgresql:// URL");
			}
		}
		if (notPositive(maxLag) || notPositive(checkEvery)) {
			throw new IllegalArgumentException("portal.datasource.max-lag and check-every must be positive");
		}
	}

	/**
	 * How long a caller reads the primary after a mutation: until every replica still
	 * used has replayed it.
	 */
	Duration pinAfterWrite() {
		return this.maxLag.plus(this.checkEvery.multipliedBy(2));
	}

	private static boolean notPositive(Duration duration) {
		return duration.isNegative() || duration.isZero();
	}

}
