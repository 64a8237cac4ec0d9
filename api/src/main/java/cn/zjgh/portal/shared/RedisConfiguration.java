package cn.zjgh.portal.shared;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

	/**
	 * While Redis is unreachable, commands fail at once instead of queueing until a
	 * timeout; the client reconnects in the background.
	 */
	@Bean
	LettuceClientConfigurationBuilderCustomizer failFastWhenDisconnected() {
		return (builder) -> builder.clientOptions(ClientOptions.builder()
			.autoReconnect(true)
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.socketOptions(SocketOptions.builder().connectTimeout(Duration.ofMillis(500)).build())
			.build());
	}

}
