package cn.zjgh.portal.craftsman;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class CraftsmanEditingGraphQlTests extends PortalGraphQlTests {

	private static final String CREATE = """
			mutation($input: CreateCraftsmanInput!) {
			  createCraftsman(input: $input) { craftsman { id name honours { honour year } enterprise trade studioName portraitUrl } }
			}
			""";

	private static final String UPDATE = """
			mutation($input: UpdateCraftsmanInput!) {
			  updateCraftsman(input: $input) { craftsman { id name honours { honour year } studioName portraitUrl } }
			}
			""";

	@Test
	void organizersAddAndEditCraftsmenOfTheirUnits() {
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		String name = "测试工匠" + ThreadLocalRandom.current().nextInt(1_000_000);
		GraphQlTester.Response created = create(hangzhou, input(orgUnitId("西溪街道总工会"), name));
		String id = created.path("createCraftsman.craftsman.id").entity(String.class).get();
		created.path("createCraftsman.craftsman.honours[0].honour")
			.entity(String.class)
			.isEqualTo("ZHEJIANG_CRAFTSMAN")
			.path("createCraftsman.craftsman.honours[0].year")
			.entity(Integer.class)
			.isEqualTo(2024)
			.path("createCraftsman.craftsman.studioName")
			.entity(String.class)
			.isEqualTo("测试工作室");

		Map<String, Object> change = new HashMap<>();
		change.put("id", id);
		change.put("name", name + "（改）");
		change.put("studioName", "");
		change.put("honours",
				List.of(Map.of("honour", "GREAT_CRAFTSMAN", "year", 2025), Map.of("honour", "MAY_DAY_LABOUR_MEDAL")));
		GraphQlTester.Response updated = hangzhou.document(UPDATE).variable("input", change).execute();
		updated.path("updateCraftsman.craftsman.name")
			.entity(String.class)
			.isEqualTo(name + "（改）")
			.path("updateCraftsman.craftsman.studioName")
			.valueIsNull()
			.path("updateCraftsman.craftsman.portraitUrl")
			.entity(String.class)
			.isEqualTo("https://example.com/p.jpg")
			.path("updateCraftsman.craftsman.honours[*].honour")
			.entityList(String.class)
			.containsExactly("GREAT_CRAFTSMAN", "MAY_DAY_LABOUR_MEDAL");
		assertThat(this.jdbc.queryForObject("SELECT array_to_string(honours, ',') FROM craftsman WHERE id = ?",
				String.class, Long.parseLong(id)))
			.isEqualTo("GREAT_CRAFTSMAN:2025,MAY_DAY_LABOUR_MEDAL");

		as("demo-organizer-zhejiang").document(UPDATE)
			.variable("input", Map.of("id", id, "orgUnitId", orgUnitId("杭州市总工会")))
			.execute()
			.path("updateCraftsman.craftsman.id")
			.entity(String.class)
			.isEqualTo(id);
	}

	@Test
	void craftsmenOutsideTheCallersUnitsAreNotTheirsToAddOrChange() {
		String name = "越权工匠" + ThreadLocalRandom.current().nextInt(1_000_000);
		expect(create(as("demo-organizer-ningbo"), input(orgUnitId("西溪街道总工会"), name)), "FORBIDDEN", null);
		expect(create(as("demo-worker-1"), input(orgUnitId("西溪街道总工会"), name)), "FORBIDDEN", null);
		assertThat(count(name)).isZero();

		String id = create(as("demo-organizer-hangzhou"), input(orgUnitId("西溪街道总工会"), name))
			.path("createCraftsman.craftsman.id")
			.entity(String.class)
			.get();
		expect(as("demo-organizer-ningbo").document(UPDATE)
			.variable("input", Map.of("id", id, "name", "宁波改的"))
			.execute(), "FORBIDDEN", null);
		expect(as("demo-organizer-hangzhou").document(UPDATE)
			.variable("input", Map.of("id", id, "name", "搬去宁波", "orgUnitId", orgUnitId("宁波市总工会")))
			.execute(), "FORBIDDEN", null);
		assertThat(
				this.jdbc.queryForObject("SELECT name FROM craftsman WHERE id = ?", String.class, Long.parseLong(id)))
			.isEqualTo(name);
	}

	@Test
	void badInputIsRefusedWithTheFieldAndNothingIsStored() {
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		String name = "坏输入工匠" + ThreadLocalRandom.current().nextInt(1_000_000);
		Map<String, Object> http = input(orgUnitId("西溪街道总工会"), name);
		http.put("portraitUrl", "http://example.com/p.jpg");
		expect(create(hangzhou, http), "BAD_USER_INPUT", "portraitUrl");
		Map<String, Object> twice = input(orgUnitId("西溪街道总工会"), name);
		twice.put("honours", List.of(Map.of("honour", "GREAT_CRAFTSMAN", "year", 2025),
				Map.of("honour", "GREAT_CRAFTSMAN", "year", 2025)));
		expect(create(hangzhou, twice), "BAD_USER_INPUT", "honours");
		Map<String, Object> longName = input(orgUnitId("西溪街道总工会"), "长".repeat(51));
		expect(create(hangzhou, longName), "BAD_USER_INPUT", "name");
		assertThat(count(name)).isZero();

		expect(hangzhou.document(UPDATE).variable("input", Map.of("id", 987654321, "name", "无此人")).execute(),
				"NOT_FOUND", null);
		expect(create(hangzhou, input(987654321L, name)), "NOT_FOUND", null);
		long chen = this.jdbc.queryForObject("SELECT id FROM craftsman WHERE name = '陈建华'", Long.class);
		expect(hangzhou.document(UPDATE).variable("input", Map.of("id", chen, "name", "  ")).execute(),
				"BAD_USER_INPUT", "name");
	}

	private GraphQlTester.Response create(HttpGraphQlTester caller, Map<String, Object> input) {
		return caller.document(CREATE).variable("input", input).execute();
	}

	private Map<String, Object> input(long orgUnitId, String name) {
		Map<String, Object> input = new HashMap<>();
		input.put("orgUnitId", orgUnitId);
		input.put("name", name);
		input.put("honours", List.of(Map.of("honour", "ZHEJIANG_CRAFTSMAN", "year", 2024)));
		input.put("enterprise", "杭州西溪数字科技有限公司");
		input.put("trade", "工业软件开发");
		input.put("biography", "测试用简介。");
		input.put("portraitUrl", "https://example.com/p.jpg");
		input.put("studioName", "测试工作室");
		return input;
	}

	private int count(String name) {
		return this.jdbc.queryForObject("SELECT count(*) FROM craftsman WHERE name = ?", Integer.class, name);
	}

	private static void expect(GraphQlTester.Response response, String code, String field) {
		response.errors()
			.expect((error) -> code.equals(error.getExtensions().get("code"))
					&& (field == null || field.equals(error.getExtensions().get("field"))));
	}

}
