package cn.zjgh.portal.shared;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Fails closed: the demo profile (demo data, demo logins, the WeChat stand-in) runs by
 * default only when no server is configured, so that only the embedded servers ever see
 * it. A deployment that names its servers but no profile stops at startup and is told
 * what to set, instead of loading the demo admin into a real database.
 */
class DemoProfileGuard implements EnvironmentPostProcessor, Ordered {

	static final String DEMO = "demo";

	static final String PROD = "prod";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		List<String> active = Arrays.asList(environment.getActiveProfiles());
		if (active.contains(DEMO) && active.contains(PROD)) {
			throw new IllegalStateException("The profiles 'demo' and 'prod' exclude each other; name one of them.");
		}
		if (!active.isEmpty()) {
			return;
		}
		List<String> named = ConfiguredServers.named(environment);
		if (!named.isEmpty()) {
			throw new IllegalStateException("Servers are configured (" + String.join(", ", named)
					+ ") but no profile is named. Set SPRING_PROFILES_ACTIVE=prod to run in production, "
					+ "or SPRING_PROFILES_ACTIVE=demo to load the demo data and demo logins into these servers.");
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
