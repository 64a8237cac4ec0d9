package cn.zjgh.portal.replica;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import cn.zjgh.portal.shared.RedisGuard;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

/**
 * With replicas named, the application's one {@link DataSource} hands out connections
 * lazily: a read-only transaction takes one from {@link ReplicaRouting}, everything else
 * from the primary's pool. Both pools are set from {@code spring.datasource.*}; replica
 * pools do not keep the application from starting while a replica is down.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicasConfigured.class)
@EnableConfigurationProperties(ReplicaProperties.class)
class ReplicaDataSourceConfiguration {

	@Bean(destroyMethod = "close")
	Pools replicaPools(DataSourceProperties properties, ReplicaProperties replicas, Environment environment) {
		if (!StringUtils.hasText(properties.getUrl())) {
			throw new IllegalStateException(
					"portal.datasource.replicas names replicas of a primary; set spring.datasource.url to it");
		}
		HikariDataSource primary = pool(properties, environment, properties.getUrl(), "primary");
		List<Replica> pools = new ArrayList<>();
		for (int i = 0; i < replicas.replicas().size(); i++) {
			String name = "replica-" + (i + 1);
			HikariDataSource pool = pool(properties, environment, replicas.replicas().get(i), name);
			pool.setReadOnly(true);
			pool.setInitializationFailTimeout(-1);
			pool.setConnectionTimeout(Math.min(pool.getConnectionTimeout(), 1000));
			pools.add(new Replica(name, pool));
		}
		return new Pools(primary, pools);
	}

	@Bean(initMethod = "start", destroyMethod = "stop")
	ReplicaLag replicaLag(Pools pools, ReplicaProperties properties) {
		return new ReplicaLag(pools.primary(), pools.replicas(), properties);
	}

	@Bean
	@Primary
	DataSource dataSource(Pools pools, ReplicaLag lag) {
		LazyConnectionDataSourceProxy dataSource = new LazyConnectionDataSourceProxy(pools.primary());
		dataSource.setReadOnlyDataSource(new ReplicaRouting(pools.primary(), lag));
		return dataSource;
	}

	@Bean
	PrimaryPin primaryPin(StringRedisTemplate redis, RedisGuard guard, ReplicaProperties properties) {
		return new PrimaryPin(redis, guard, properties.pinAfterWrite());
	}

	@Bean
	FilterRegistrationBean<PrimaryPinFilter> primaryPinFilter(PrimaryPin pin) {
		FilterRegistrationBean<PrimaryPinFilter> registration = new FilterRegistrationBean<>(new PrimaryPinFilter(pin));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

	@Bean
	PinAfterMutation pinAfterMutation(PrimaryPin pin) {
		return new PinAfterMutation(pin);
	}

	@Bean
	ReplicaHealth replicasHealthIndicator(ReplicaLag lag) {
		return new ReplicaHealth(lag);
	}

	@Bean
	ReplicaMetrics replicaMetrics(ReplicaLag lag) {
		return new ReplicaMetrics(lag);
	}

	private static HikariDataSource pool(DataSourceProperties properties, Environment environment, String url,
			String name) {
		HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
		pool.setJdbcUrl(url);
		pool.setPoolName(name);
		return pool;
	}

	/** The pools behind the one data source, closed with the application. */
	record Pools(HikariDataSource primary, List<Replica> replicas) implements AutoCloseable {

		@Override
		public void close() {
			this.replicas.forEach((replica) -> replica.pool().close());
			this.primary.close();
		}

	}

}
