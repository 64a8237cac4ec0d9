package cn.zjgh.portal.shared;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a configured server, however the property is written. */
class ConfiguredServersTests {

	@Test
	void nothingConfiguredNamesNothing() {
		assertThat(ConfiguredServers.named(environment(Map.of()))).isEmpty();
	}

	@Test
	void environmentVariablesName() {
		StandardEnvironment environment = environment(Map.of());
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("env", Map.of("SPRING_DATA_REDIS_HOST", "redis.internal",
					"SPRING_DATASOURCE_URL", "jdbc:postgresql://db.internal/portal")));

		assertThat(ConfiguredServers.named(environment)).containsExactly("spring.datasource.url",
				"spring.data.redis.host");
	}

	@Test
	void yamlListsOfNodesName() {
		assertThat(ConfiguredServers.named(environment(Map.of("spring.data.redis.cluster.nodes[0]", "10.0.0.1:7000",
				"spring.data.redis.cluster.nodes[1]", "10.0.0.2:7000"))))
			.containsExactly("spring.data.redis.cluster.nodes");
		assertThat(
				ConfiguredServers.named(environment(Map.of("spring.data.redis.sentinel.nodes[0]", "10.0.0.1:26379"))))
			.containsExactly("spring.data.redis.sentinel.nodes");
	}

	@Test
	void commaListsAPortAloneAndASentinelMasterName() {
		assertThat(ConfiguredServers.named(environment(Map.of("spring.data.redis.cluster.nodes", "a:7000,b:7000"))))
			.containsExactly("spring.data.redis.cluster.nodes");
		assertThat(ConfiguredServers.named(environment(Map.of("spring.data.redis.port", "6380"))))
			.containsExactly("spring.data.redis.port");
		assertThat(ConfiguredServers.named(environment(Map.of("spring.data.redis.sentinel.master", "portal"))))
			.containsExactly("spring.data.redis.sentinel.master");
	}

	@Test
	void blankValuesNameNothing() {
		assertThat(
				ConfiguredServers.named(environment(Map.of("spring.data.redis.url", " ", "spring.datasource.url", ""))))
			.isEmpty();
	}

	@Test
	void eachKindIsAskedForOnItsOwn() {
		StandardEnvironment environment = environment(Map.of("spring.data.redis.url", "redis://cache.internal:6379"));

		assertThat(ConfiguredServers.named(environment, ConfiguredServers.DATASOURCE)).isEmpty();
		assertThat(ConfiguredServers.named(environment, ConfiguredServers.REDIS))
			.isEqualTo(List.of("spring.data.redis.url"));
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
