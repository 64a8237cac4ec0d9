package cn.zjgh.portal.shared;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

	/** How often a cluster client rereads the topology even when nothing happened. */
	static final Duration TOPOLOGY_REFRESH_PERIOD = Duration.ofSeconds(5);

	/** How soon after one adaptive refresh another one may follow. */
	static final Duration ADAPTIVE_REFRESH_PAUSE = Duration.ofSeconds(1);

	/**
	 * While Redis is unreachable, commands fail at once instead of queueing until a
	 * timeout; the client reconnects in the background. Spring Boot builds the options
	 * (cluster options when {@code spring.data.redis.cluster.nodes} is set, with the
	 * connect timeout from {@code spring.data.redis.connect-timeout}); this only adds to
	 * them.
	 * <p>
	 * With a Redis Cluster, the client follows a failover: a MOVED or ASK redirect, a
	 * node that keeps refusing to reconnect or an unknown node rereads the topology at
	 * once (at most once a second), and it is reread every five seconds anyway. Until
	 * then commands for the failed master's slots fail fast, and {@link RedisGuard}
	 * answers from PostgreSQL.
	 */
	@Bean
	LettuceClientOptionsBuilderCustomizer failFastWhenDisconnected() {
		return (builder) -> {
			builder.autoReconnect(true).disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
			if (builder instanceof ClusterClientOptions.Builder cluster) {
				cluster.topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
					.enableAllAdaptiveRefreshTriggers()
					.adaptiveRefreshTriggersTimeout(ADAPTIVE_REFRESH_PAUSE)
					.refreshTriggersReconnectAttempts(2)
					.enablePeriodicRefresh(TOPOLOGY_REFRESH_PERIOD)
					.dynamicRefreshSources(true)
					.build());
			}
		};
	}

}
