package cn.zjgh.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo profile never reaches configured servers by accident, and production shows the
 * public only what a load balancer needs.
 */
class FailClosedTests extends PortalGraphQlTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	private EmbeddedPostgres postgres;

	@Autowired
	private DataRedisConnectionDetails redis;

	@Test
	void configuredServersWithNoProfileNamedStopTheStartAndSayWhatToSet() {
		String database = freshDatabase();
		SpringApplicationBuilder unnamed = new SpringApplicationBuilder(PortalApplication.class).properties(
				"server.port=0", "spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", database),
				"spring.datasource.username=postgres");

		assertThatThrownBy(() -> unnamed.run().close()).hasStackTraceContaining("SPRING_PROFILES_ACTIVE=prod")
			.hasStackTraceContaining("spring.datasource.url");
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM pg_database WHERE datname = ?", Integer.class, database))
			.isEqualTo(1);
		assertThat(tablesIn(database)).isZero();
	}

	@Test
	void aRedisClusterAloneIsAlsoAConfiguredServer() {
		SpringApplicationBuilder unnamed = new SpringApplicationBuilder(PortalApplication.class)
			.properties("server.port=0", "spring.data.redis.cluster.nodes=127.0.0.1:7000");

		assertThatThrownBy(() -> unnamed.run().close()).hasStackTraceContaining("spring.data.redis.cluster.nodes");
	}

	@Test
	void demoAndProdTogetherAreRefused() {
		SpringApplicationBuilder both = new SpringApplicationBuilder(PortalApplication.class).profiles("demo", "prod")
			.properties("server.port=0");

		assertThatThrownBy(() -> both.run().close()).hasStackTraceContaining("exclude each other");
	}

	@Test
	void productionExposesProbesPubliclyAndEverythingElseOnTheManagementPort() throws Exception {
		String database = freshDatabase();
		try (ConfigurableApplicationContext production = new SpringApplicationBuilder(PortalApplication.class)
			.profiles("prod")
			.properties("server.port=0", "management.server.port=0",
					"spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", database),
					"spring.datasource.username=postgres", "portal.token.secret=" + "s".repeat(40),
					"portal.wechat.app-id=wx0123456789abcdef", "portal.wechat.secret=0123456789abcdef0123456789abcdef")
			.properties(RedisUnderTest.properties(this.redis.getStandalone().getPort(), 2).toArray(String[]::new))
			.run()) {
			int publicPort = ((WebServerApplicationContext) production).getWebServer().getPort();
			int managementPort = Integer
				.parseInt(production.getEnvironment().getRequiredProperty("local.management.port"));

			HttpResponse<String> ready = get(publicPort, "/readyz");
			assertThat(ready.statusCode()).isEqualTo(200);
			assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
			assertThat(get(publicPort, "/livez").statusCode()).isEqualTo(200);
			for (String hidden : new String[] { "/actuator/health", "/actuator/prometheus", "/actuator/metrics",
					"/actuator/env", "/graphiql" }) {
				assertThat(get(publicPort, hidden).statusCode()).as(hidden).isIn(401, 403, 404);
			}
			assertThat(get(managementPort, "/actuator/health").body()).contains("\"status\":\"UP\"")
				.contains("\"db\":{")
				.contains("\"redis\":{");
			assertThat(get(managementPort, "/actuator/prometheus").body()).contains("jvm_memory_used_bytes");

			String introspection = post(publicPort, "{\"query\":\"{ __schema { queryType { name } } }\"}");
			assertThat(introspection).doesNotContain("\"queryType\":{\"name\":\"Query\"}");
		}
	}

	private String freshDatabase() {
		String database = "fail_closed_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		this.jdbc.execute("CREATE DATABASE " + database);
		return database;
	}

	private int tablesIn(String database) {
		try (Connection connection = DriverManager.getConnection(this.postgres.getJdbcUrl("postgres", database));
				ResultSet rows = connection.createStatement()
					.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
			rows.next();
			return rows.getInt(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpResponse<String> get(int port, String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String post(int port, String body) throws Exception {
		return HTTP
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
