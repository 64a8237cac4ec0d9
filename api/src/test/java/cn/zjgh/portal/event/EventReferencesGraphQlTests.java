package cn.zjgh.portal.event;

import java.util.Map;
import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an event may refer to: an interest group of a unit the caller organizes, any
 * season (the province publishes them for everyone), and nothing that does not exist.
 */
class EventReferencesGraphQlTests extends PortalGraphQlTests {

	private static final String CREATE_GROUP = """
			mutation($unit: ID!, $name: String!) {
			  createInterestGroup(input: {orgUnitId: $unit, name: $name, category: ARTS}) { group { id } }
			}
			""";

	@Test
	void anEventCannotBeTiedToAnInterestGroupOfAnotherCity() {
		String title = "借用宁波小组 " + UUID.randomUUID();
		Map<String, Object> input = groupActivity(orgUnitId("杭州市总工会"), title, group("宁波职工摄影协会"));

		as("demo-organizer-hangzhou").document(EventFixtures.CREATE)
			.variable("input", input)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("Interest group"));

		assertThat(eventsTitled(title)).isZero();
	}

	@Test
	void anEventMayBeTiedToAnInterestGroupInTheCallersScope() {
		String title = "本市小组活动 " + UUID.randomUUID();

		as("demo-organizer-hangzhou").document(EventFixtures.CREATE)
			.variable("input", groupActivity(orgUnitId("西湖区总工会"), title, group("杭州职工乒乓球兴趣小组")))
			.execute()
			.path("createEvent.event.status")
			.entity(String.class)
			.isEqualTo("DRAFT");
		as("demo-organizer-zhejiang").document(EventFixtures.CREATE)
			.variable("input", groupActivity(orgUnitId("宁波市总工会"), title, group("宁波职工摄影协会")))
			.execute()
			.path("createEvent.event.status")
			.entity(String.class)
			.isEqualTo("DRAFT");

		assertThat(eventsTitled(title)).isEqualTo(2);
	}

	@Test
	void theProvincesSeasonIsOpenToEveryCity() {
		String title = "文化体育季活动 " + UUID.randomUUID();
		Map<String, Object> input = EventFixtures.input(orgUnitId("宁波市总工会"), EventFixtures.freshCity(), title);
		input.put("seasonId", this.jdbc.queryForObject("SELECT id FROM season ORDER BY id LIMIT 1", Long.class));

		as("demo-organizer-ningbo").document(EventFixtures.CREATE)
			.variable("input", input)
			.execute()
			.path("createEvent.event.status")
			.entity(String.class)
			.isEqualTo("DRAFT");

		assertThat(eventsTitled(title)).isEqualTo(1);
	}

	@Test
	void aReferenceToNothingIsNotFoundNamingWhat() {
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		String title = "引用不存在的东西 " + UUID.randomUUID();
		Map<String, Object> noGroup = groupActivity(orgUnitId("杭州市总工会"), title, 999_999_999L);
		Map<String, Object> noSeason = EventFixtures.input(orgUnitId("杭州市总工会"), EventFixtures.freshCity(), title);
		noSeason.put("seasonId", 999_999_999L);
		Map<String, Object> noUnit = EventFixtures.input(999_999_999L, EventFixtures.freshCity(), title);

		expectNotFound(organizer, noGroup, "Interest group");
		expectNotFound(organizer, noSeason, "Season");
		expectNotFound(organizer, noUnit, "Org unit");
		organizer.document(CREATE_GROUP)
			.variable("unit", 999_999_999L)
			.variable("name", title)
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("Org unit"));

		assertThat(eventsTitled(title)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM interest_group WHERE name = ?", Integer.class, title))
			.isZero();
	}

	private void expectNotFound(HttpGraphQlTester organizer, Map<String, Object> input, String what) {
		organizer.document(EventFixtures.CREATE)
			.variable("input", input)
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains(what));
	}

	private Map<String, Object> groupActivity(long orgUnitId, String title, long groupId) {
		Map<String, Object> input = EventFixtures.input(orgUnitId, EventFixtures.freshCity(), title);
		input.put("kind", "INTEREST_GROUP");
		input.put("interestGroupId", groupId);
		return input;
	}

	private long group(String name) {
		return this.jdbc.queryForObject("SELECT id FROM interest_group WHERE name = ?", Long.class, name);
	}

	private int eventsTitled(String title) {
		return this.jdbc.queryForObject("SELECT count(*) FROM event WHERE title = ?", Integer.class, title);
	}

}
