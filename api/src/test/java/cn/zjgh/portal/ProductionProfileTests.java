package cn.zjgh.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import cn.zjgh.portal.wechat.WeChatStandIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile against configured servers (here: a fresh database on the test
 * suite's PostgreSQL, and its Redis): nothing embedded starts, no demo data is loaded,
 * the WeChat stand-in is off and a {@code demo-} code is just another code WeChat has to
 * accept.
 */
class ProductionProfileTests extends PortalGraphQlTests {

	@Autowired
	private EmbeddedPostgres postgres;

	@Autowired
	private DataRedisConnectionDetails redis;

	@Test
	void productionUsesTheConfiguredServersAndRejectsDemoLogins() throws Exception {
		String database = "prod_check_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		this.jdbc.execute("CREATE DATABASE " + database);
		String url = this.postgres.getJdbcUrl("postgres", database);

		try (ConfigurableApplicationContext production = new SpringApplicationBuilder(PortalApplication.class)
			.profiles("prod")
			.properties("server.port=0", "spring.datasource.url=" + url, "spring.datasource.username=postgres",

					"portal.token.secret=" + "s".repeat(40), "portal.wechat.app-id=wx0123456789abcdef",
					"portal.wechat.secret=0123456789abcdef0123456789abcdef")
			.properties(RedisUnderTest.properties(this.redis.getStandalone().getPort(), 1).toArray(String[]::new))
			.run()) {
			assertThat(production.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
			assertThat(production.getBeansOfType(WeChatStandIn.class)).isEmpty();
			JdbcTemplate prodJdbc = production.getBean(JdbcTemplate.class);
			assertThat(prodJdbc.queryForObject("SELECT count(*) FROM org_unit", Integer.class)).isZero();

			int port = ((WebServerApplicationContext) production).getWebServer().getPort();
			String demo = login(port, "demo-worker-1");
			String other = login(port, "0c3Abc-any-other-code");

			assertThat(demo).doesNotContain("\"token\"").contains("\"code\":\"WECHAT_");
			assertThat(errorCode(demo)).isEqualTo(errorCode(other));
			assertThat(prodJdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class)).isZero();
		}
	}

	private static String login(int port, String code) throws Exception {
		String body = "{\"query\":\"mutation { login(input: {code: \\\"" + code + "\\\"}) { token } }\"}";
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static String errorCode(String response) {
		int at = response.indexOf("\"code\":\"");
		return response.substring(at + 8, response.indexOf('"', at + 8));
	}

}
