package cn.zjgh.portal.shared;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Which servers the environment names. Nothing named means the embedded default; anything
 * named means real servers, which the demo data must never reach by accident. A property
 * counts however it is written: {@code SPRING_DATA_REDIS_HOST}, a comma list, or a YAML
 * list ({@code nodes[0]}).
 */
public final class ConfiguredServers {

	public static final List<String> DATASOURCE = List.of("spring.datasource.url");

	public static final List<String> REDIS = List.of("spring.data.redis.host", "spring.data.redis.port",
			"spring.data.redis.url", "spring.data.redis.cluster.nodes", "spring.data.redis.sentinel.master",
			"spring.data.redis.sentinel.nodes");

	private ConfiguredServers() {
	}

	public static List<String> named(Environment environment, List<String> properties) {
		Binder binder = Binder.get(environment);
		return properties.stream().filter((name) -> isNamed(binder, name)).toList();
	}

	static List<String> named(Environment environment) {
		return Stream.concat(named(environment, DATASOURCE).stream(), named(environment, REDIS).stream()).toList();
	}

	private static boolean isNamed(Binder binder, String name) {
		return binder.bind(name, Bindable.listOf(String.class))
			.map((values) -> values.stream().anyMatch((value) -> value != null && !value.isBlank()))
			.orElse(false);
	}

}
