package cn.zjgh.portal.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import redis.embedded.RedisServer;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The embedded default: in the demo profile, when no PostgreSQL or Redis server is
 * configured, start real ones beside the JVM on free ports and hand their addresses to
 * Spring Boot's own auto-configuration. Both are stopped and their data deleted when the
 * application stops (SIGTERM included).
 */
@Profile("demo")
@Configuration(proxyBeanMethods = false)
class EmbeddedServersConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedServersConfiguration.class);

	@Bean(destroyMethod = "close")
	@Conditional(NoServerConfigured.NoDataSource.class)
	EmbeddedPostgres embeddedPostgres() throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
		logger.info("Started embedded PostgreSQL on port " + postgres.getPort());
		return postgres;
	}

	@Bean
	@Conditional(NoServerConfigured.NoDataSource.class)
	JdbcConnectionDetails embeddedPostgresConnection(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return null;
			}

		};
	}

	@Bean(destroyMethod = "stop")
	@Conditional(NoServerConfigured.NoRedis.class)
	RedisServer embeddedRedis() throws IOException {
		int port = freePort();
		RedisServer redis = RedisServer.newRedisServer()
			.bind("127.0.0.1")
			.port(port)
			.setting("save \"\"")
			.setting("appendonly no")
			.setting("maxmemory 256mb")
			.build();
		redis.start();
		logger.info("Started embedded Redis on port " + port);
		return redis;
	}

	@Bean
	@Conditional(NoServerConfigured.NoRedis.class)
	DataRedisConnectionDetails embeddedRedisConnection(RedisServer redis) {
		int port = redis.ports().get(0);
		return new DataRedisConnectionDetails() {

			@Override
			public Standalone getStandalone() {
				return Standalone.of("127.0.0.1", port);
			}

		};
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
