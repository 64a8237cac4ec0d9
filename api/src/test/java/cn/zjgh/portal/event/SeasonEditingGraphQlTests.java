package cn.zjgh.portal.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class SeasonEditingGraphQlTests extends PortalGraphQlTests {

	private static final String CREATE = """
			mutation($input: CreateSeasonInput!) { createSeason(input: $input) { season { id name startsOn endsOn quarterNames } } }
			""";

	private static final String UPDATE = """
			mutation($input: UpdateSeasonInput!) { updateSeason(input: $input) { season { id name startsOn endsOn quarterNames } } }
			""";

	@Test
	void provinceOrganizersAndAdminsCreateAndChangeSeasons() {
		String name = "测试文体季" + ThreadLocalRandom.current().nextInt(1_000_000);
		GraphQlTester.Response created = as("demo-organizer-zhejiang").document(CREATE)
			.variable("input", input(name, "2027-03-01", "2027-12-31"))
			.execute();
		String id = created.path("createSeason.season.id").entity(String.class).get();
		created.path("createSeason.season.quarterNames")
			.entityList(String.class)
			.containsExactly("春之韵", "夏之炫", "秋之实", "冬之暖");

		as("demo-admin").document(UPDATE)
			.variable("input", Map.of("id", id, "endsOn", "2028-01-31", "quarterNames", List.of("春", "夏")))
			.execute()
			.path("updateSeason.season.endsOn")
			.entity(String.class)
			.isEqualTo("2028-01-31")
			.path("updateSeason.season.startsOn")
			.entity(String.class)
			.isEqualTo("2027-03-01")
			.path("updateSeason.season.quarterNames")
			.entityList(String.class)
			.containsExactly("春", "夏");
	}

	@Test
	void cityOrganizersAndWorkersMayNotTouchSeasons() {
		String name = "城市文体季" + ThreadLocalRandom.current().nextInt(1_000_000);
		expect(as("demo-organizer-hangzhou").document(CREATE)
			.variable("input", input(name, "2027-03-01", "2027-12-31"))
			.execute(), "FORBIDDEN", null);
		expect(as("demo-worker-2").document(CREATE)
			.variable("input", input(name, "2027-03-01", "2027-12-31"))
			.execute(), "FORBIDDEN", null);
		assertThat(count(name)).isZero();

		String id = as("demo-organizer-zhejiang").document(CREATE)
			.variable("input", input(name, "2027-03-01", "2027-12-31"))
			.execute()
			.path("createSeason.season.id")
			.entity(String.class)
			.get();
		expect(as("demo-organizer-ningbo").document(UPDATE)
			.variable("input", Map.of("id", id, "name", "宁波改名"))
			.execute(), "FORBIDDEN", null);
		assertThat(count(name)).isOne();
	}

	@Test
	void badSeasonsAreRefusedWithTheField() {
		String name = "坏文体季" + ThreadLocalRandom.current().nextInt(1_000_000);
		var province = as("demo-organizer-zhejiang");
		expect(province.document(CREATE).variable("input", input(name, "2027-03-01", "2027-02-28")).execute(),
				"BAD_USER_INPUT", "endsOn");
		expect(province.document(CREATE).variable("input", input(name, "2027-03-01", "2031-03-01")).execute(),
				"BAD_USER_INPUT", "endsOn");
		Map<String, Object> five = input(name, "2027-03-01", "2027-12-31");
		five.put("quarterNames", List.of("一", "二", "三", "四", "五"));
		expect(province.document(CREATE).variable("input", five).execute(), "BAD_USER_INPUT", "quarterNames");
		assertThat(count(name)).isZero();

		String existing = this.jdbc.queryForObject("SELECT name FROM season ORDER BY id LIMIT 1", String.class);
		expect(province.document(CREATE).variable("input", input(existing, "2027-03-01", "2027-12-31")).execute(),
				"BAD_USER_INPUT", "name");
		expect(province.document(UPDATE).variable("input", Map.of("id", 987654321, "name", "无")).execute(), "NOT_FOUND",
				null);
		String id = province.document(CREATE)
			.variable("input", input(name, "2027-03-01", "2027-12-31"))
			.execute()
			.path("createSeason.season.id")
			.entity(String.class)
			.get();
		expect(province.document(UPDATE).variable("input", Map.of("id", id, "startsOn", "2028-01-01")).execute(),
				"BAD_USER_INPUT", "endsOn");
		assertThat(this.jdbc.queryForObject("SELECT starts_on::text FROM season WHERE id = ?", String.class,
				Long.parseLong(id)))
			.isEqualTo("2027-03-01");
	}

	private Map<String, Object> input(String name, String startsOn, String endsOn) {
		Map<String, Object> input = new HashMap<>();
		input.put("name", name);
		input.put("startsOn", startsOn);
		input.put("endsOn", endsOn);
		input.put("quarterNames", List.of("春之韵", "夏之炫", "秋之实", "冬之暖"));
		return input;
	}

	private int count(String name) {
		return this.jdbc.queryForObject("SELECT count(*) FROM season WHERE name = ?", Integer.class, name);
	}

	private static void expect(GraphQlTester.Response response, String code, String field) {
		response.errors()
			.expect((error) -> code.equals(error.getExtensions().get("code"))
					&& (field == null || field.equals(error.getExtensions().get("field"))));
	}

}
