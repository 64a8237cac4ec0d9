package cn.zjgh.portal.shared;

import javax.sql.DataSource;

import cn.zjgh.portal.PortalGraphQlTests;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With nothing configured, the portal runs on its own PostgreSQL and Redis and reports
 * both.
 */
class EmbeddedDefaultGraphQlTests extends PortalGraphQlTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private DataSource dataSource;

	@Test
	void theApplicationRunsOnTheEmbeddedPostgres() {
		EmbeddedPostgres postgres = this.context.getBean(EmbeddedPostgres.class);

		assertThat(((HikariDataSource) this.dataSource).getJdbcUrl()).contains(":" + postgres.getPort() + "/");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM org_unit", Integer.class)).isGreaterThan(20);
		assertThat(this.jdbc.queryForObject("SHOW server_encoding", String.class)).isEqualTo("UTF8");
	}

	@Test
	void healthShowsDatabaseAndRedisAndMetricsShowGraphQlTimings() throws Exception {
		login("demo-worker-1");
		this.graphQlTester.document("{ events(first: 3) { edges { node { organizer { name } } } } }")
			.execute()
			.path("events.edges[0].node.organizer.name")
			.hasValue();

		String health = httpGet("/actuator/health", null).body();
		String metrics = httpGet("/actuator/prometheus", null).body();

		assertThat(health).contains("\"db\":{\"status\":\"UP\"").contains("\"redis\":{\"status\":\"UP\"");
		assertThat(metrics).contains("graphql_request_seconds_count").contains("portal_sql_statements_total");
		// timers only, no long-task timer per observation
		// (management.metrics.observations)
		assertThat(metrics).doesNotContain("graphql_request_active_seconds").doesNotContain("_active_count");
		// a batch load is timed within its request, not as a DataLoader of its own
		assertThat(metrics).contains("graphql_datafetcher_seconds_count").doesNotContain("graphql_dataloader");
	}

}
