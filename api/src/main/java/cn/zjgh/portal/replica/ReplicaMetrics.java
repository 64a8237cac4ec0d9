package cn.zjgh.portal.replica;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** Each replica's last measured lag, and whether it is read. */
class ReplicaMetrics implements MeterBinder {

	private final ReplicaLag lag;

	ReplicaMetrics(ReplicaLag lag) {
		this.lag = lag;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (Replica replica : this.lag.replicas()) {
			Gauge
				.builder("portal.datasource.replica.lag", replica,
						(measured) -> (measured.lag() != null) ? measured.lag().toNanos() / 1e9 : Double.NaN)
				.baseUnit("seconds")
				.tag("replica", replica.name())
				.description("How far the replica was behind the primary when last measured")
				.register(registry);
			Gauge.builder("portal.datasource.replica.read", replica, (measured) -> measured.usable() ? 1 : 0)
				.tag("replica", replica.name())
				.description("1 while the replica is read, 0 while it is skipped")
				.register(registry);
		}
	}

}
