package cn.zjgh.portal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A portal set up from nothing: its first admins come from the environment, and its org
 * tree from a file, imported by the same jar. Each test starts the portal on a fresh
 * database of its own.
 */
class SetUpFromNothingTests extends PortalGraphQlTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	private EmbeddedPostgres postgres;

	@Autowired
	private DataRedisConnectionDetails redis;

	@TempDir
	private Path files;

	@Test
	void theUsersTheEnvironmentListsBecomeAdminsWhenTheyLogIn() throws Exception {
		String database = freshDatabase();
		try (ConfigurableApplicationContext portal = portal(database).web(WebApplicationType.SERVLET)
			.properties("server.port=0", "portal.bootstrap.admin-open-ids=demo-first-admin, demo-second-admin")
			.run()) {
			int port = ((WebServerApplicationContext) portal).getWebServer().getPort();

			assertThat(login(port, "demo-first-admin")).contains("\"ADMIN\"");
			assertThat(login(port, "demo-someone-else")).contains("\"roles\":[\"WORKER\"]");
			String again = login(port, "demo-first-admin");
			assertThat(again).contains("\"ADMIN\"");
			String token = again.replaceAll("(?s).*\"token\":\"([^\"]+)\".*", "$1");
			String granted = post(port,
					"""
							{"query":"mutation { createOrgUnit(input: {parentId: %d, name: \\"首个管理员建的区总工会\\"}) { orgUnit { level } } }"}
							"""
						.formatted(unitId(database, "杭州市总工会")),
					token);
			assertThat(granted).contains("\"level\":\"COUNTY\"").doesNotContain("errors");
			// the demo data set has its own demo-admin; demo-second-admin has not logged
			// in
			assertThat(database(database).queryForList("SELECT openid FROM app_user WHERE admin ORDER BY openid",
					String.class))
				.containsExactly("demo-admin", "demo-first-admin");
		}
	}

	@Test
	void importOrgUnitsImportsTheFileAndExits() throws IOException {
		String database = freshDatabase();
		Path zhejiang = this.files.resolve("zhejiang.csv");
		try (InputStream shipped = getClass().getResourceAsStream("/org-units/zhejiang.csv")) {
			Files.copy(shipped, zhejiang);
		}
		Path bad = this.files.resolve("bad.csv");
		Files.writeString(bad, "code,parent_code,name,level,city_code\n330199,330100,新区总工会,COUNTY,330199\n"
				+ "330198,330999,另一区总工会,COUNTY,330198\n");

		assertThat(importOrgUnits(database, zhejiang)).isZero();
		JdbcTemplate jdbc = database(database);
		// the demo tree has the province, six cities and six counties; the file completes
		// it
		assertThat(jdbc.queryForObject("SELECT count(*) FROM org_unit WHERE level IN ('PROVINCE', 'CITY', 'COUNTY')",
				Integer.class))
			.isEqualTo(1 + 11 + 90);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM org_unit WHERE code IS NOT NULL", Integer.class))
			.isEqualTo(102);
		assertThat(jdbc.queryForObject("""
				SELECT p.name FROM org_unit u JOIN org_unit p ON p.id = u.parent_id WHERE u.code = '331127'
				""", String.class)).isEqualTo("丽水市总工会");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM org_unit u JOIN org_unit p ON p.id = u.parent_id"
				+ " WHERE NOT (u.path <@ p.path AND nlevel(u.path) = nlevel(p.path) + 1)", Integer.class))
			.isZero();

		assertThat(importOrgUnits(database, bad)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM org_unit WHERE code = '330199'", Integer.class)).isZero();
	}

	private int importOrgUnits(String database, Path file) {
		ConfigurableApplicationContext command = portal(database).web(WebApplicationType.NONE)
			.properties("portal.scheduling.enabled=false")
			.run("import-org-units", file.toString());
		return SpringApplication.exit(command);
	}

	/**
	 * The portal in the demo profile, named, on a fresh database of the embedded server.
	 */
	private SpringApplicationBuilder portal(String database) {
		return new SpringApplicationBuilder(PortalApplication.class).profiles("demo")
			.properties("spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", database),
					"spring.datasource.username=postgres", "spring.datasource.hikari.maximum-pool-size=4")
			.properties(RedisUnderTest.properties(this.redis.getStandalone().getPort(), 3).toArray(String[]::new));
	}

	private String freshDatabase() {
		String database = "set_up_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		this.jdbc.execute("CREATE DATABASE " + database);
		return database;
	}

	private JdbcTemplate database(String database) {
		return new JdbcTemplate(new DriverManagerDataSource(this.postgres.getJdbcUrl("postgres", database)));
	}

	private long unitId(String database, String name) {
		return database(database).queryForObject("SELECT id FROM org_unit WHERE name = ?", Long.class, name);
	}

	private static String login(int port, String code) throws Exception {
		return post(port, """
				{"query":"mutation { login(input: {code: \\"%s\\"}) { token user { roles } } }"}
				""".formatted(code), null);
	}

	private static String post(int port, String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

}
