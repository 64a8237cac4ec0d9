package cn.zjgh.portal.replica;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The replicas' lag and whether each is read. UP whatever they say: without them the
 * primary answers every read.
 */
class ReplicaHealth extends AbstractHealthIndicator {

	private final ReplicaLag lag;

	ReplicaHealth(ReplicaLag lag) {
		this.lag = lag;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		for (Replica replica : this.lag.replicas()) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("read", replica.usable());
			if (replica.lag() != null) {
				details.put("lagMillis", replica.lag().toMillis());
			}
			if (replica.problem() != null) {
				details.put("problem", replica.problem());
			}
			builder.withDetail(replica.name(), details);
		}
		builder.up();
	}

}
