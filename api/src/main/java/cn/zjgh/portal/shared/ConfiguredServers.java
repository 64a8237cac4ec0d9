package cn.zjgh.portal.shared;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.env.Environment;

/**
 * Which servers the environment names. Nothing named means the embedded default; anything
 * named means real servers, which the demo data must never reach by accident.
 */
public final class ConfiguredServers {

	public static final List<String> DATASOURCE = List.of("spring.datasource.url");

	public static final List<String> REDIS = List.of("spring.data.redis.host", "spring.data.redis.url",
			"spring.data.redis.cluster.nodes", "spring.data.redis.sentinel.master", "spring.data.redis.sentinel.nodes");

	private ConfiguredServers() {
	}

	public static List<String> named(Environment environment, List<String> properties) {
		return properties.stream().filter((name) -> hasText(environment.getProperty(name))).toList();
	}

	static List<String> named(Environment environment) {
		return Stream.concat(named(environment, DATASOURCE).stream(), named(environment, REDIS).stream()).toList();
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
