package cn.zjgh.portal.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class EventListingGraphQlTests extends PortalGraphQlTests {

	private static final String LIST = """
			query($filter: EventFilter, $order: EventOrder, $near: GeoPointInput, $first: Int, $after: String) {
			  events(filter: $filter, orderBy: $order, near: $near, first: $first, after: $after) {
			    edges { node { title startsAt confirmedCount distanceMeters } }
			    pageInfo { hasNextPage endCursor }
			  }
			}
			""";

	private String city;

	/** Five events in a city of their own, at different days, places and popularity. */
	@BeforeEach
	void createEvents() {
		this.city = EventFixtures.freshCity();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		Object[][] rows = { { "乒乓球友谊赛", "SPORTS", 5, 30.10, 120.10, true },
				{ "越剧专场演出", "CULTURE", 2, 30.20, 120.20, true }, { "读书分享会", "READING", 4, 30.30, 120.30, false },
				{ "乒乓球团体赛", "SPORTS", 1, 30.40, 120.40, true }, { "书法体验课", "ARTS", 3, 30.50, 120.50, true } };
		for (Object[] row : rows) {
			Map<String, Object> input = EventFixtures.input(orgUnitId("杭州市总工会"), this.city, (String) row[0]);
			input.put("category", row[1]);
			input.put("startsAt", now.plusDays((int) row[2]).toString());
			input.put("endsAt", now.plusDays((int) row[2]).plusHours(2).toString());
			input.put("registrationClosesAt", now.plusDays((int) row[2]).minusHours(1).toString());
			if (!(boolean) row[5]) {
				input.put("registrationOpensAt", now.plusHours(12).toString());
			}
			input.put("venue",
					Map.of("name", "场馆", "address", "地址", "cityCode", this.city, "lat", row[3], "lng", row[4]));
			EventFixtures.createAndPublish(organizer, input);
		}
		for (String worker : List.of("demo-worker-1", "demo-worker-2")) {
			long id = this.jdbc.queryForObject("SELECT id FROM event WHERE city_code = ? AND title = '书法体验课'",
					Long.class, this.city);
			as(worker)
				.document("mutation($id: ID!) { registerForEvent(input: {eventId: $id}) { registration { status } } }")
				.variable("id", id)
				.execute()
				.path("registerForEvent.registration.status")
				.hasValue();
		}
	}

	@Test
	void soonestFirstAcrossPages() {
		assertThat(allTitles(Map.of("cityCode", this.city), "SOONEST", null, 2)).containsExactly("乒乓球团体赛", "越剧专场演出",
				"书法体验课", "读书分享会", "乒乓球友谊赛");
	}

	@Test
	void nearestFirstWithDistances() {
		Map<String, Object> near = Map.of("lat", 30.52, "lng", 120.52);
		assertThat(allTitles(Map.of("cityCode", this.city), "NEAREST", near, 2)).containsExactly("书法体验课", "乒乓球团体赛",
				"读书分享会", "越剧专场演出", "乒乓球友谊赛");
		list(Map.of("cityCode", this.city), "NEAREST", near, 1, null).path("events.edges[0].node.distanceMeters")
			.entity(Double.class)
			.satisfies((metres) -> assertThat(metres).isBetween(1_000.0, 4_000.0));
		list(Map.of("cityCode", this.city), "NEAREST", null, 1, null).errors()
			.expect((error) -> "near".equals(error.getExtensions().get("field")));
	}

	@Test
	void mostPopularFirst() {
		assertThat(allTitles(Map.of("cityCode", this.city), "POPULAR", null, 2).get(0)).isEqualTo("书法体验课");
	}

	@Test
	void filtersByCategoryKeywordAndOpenRegistration() {
		assertThat(allTitles(Map.of("cityCode", this.city, "category", "SPORTS"), "SOONEST", null, 10))
			.containsExactly("乒乓球团体赛", "乒乓球友谊赛");
		assertThat(allTitles(Map.of("cityCode", this.city, "keyword", "乒乓"), "SOONEST", null, 10))
			.containsExactly("乒乓球团体赛", "乒乓球友谊赛");
		assertThat(allTitles(Map.of("cityCode", this.city, "keyword", "100%"), "SOONEST", null, 10)).isEmpty();
		assertThat(allTitles(Map.of("cityCode", this.city, "registrationOpen", true), "SOONEST", null, 10))
			.doesNotContain("读书分享会")
			.hasSize(4);
	}

	@Test
	void filtersByDistrictKindUnitAndDays() {
		this.jdbc.update("UPDATE event SET district_code = '330106' WHERE city_code = ? AND category = 'SPORTS'",
				this.city);
		this.jdbc.update("UPDATE event SET kind = 'LEAGUE_MATCH' WHERE city_code = ? AND title = '乒乓球团体赛'", this.city);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(allTitles(Map.of("cityCode", this.city, "districtCode", "330106"), "POPULAR", null, 1))
			.containsExactlyInAnyOrder("乒乓球团体赛", "乒乓球友谊赛");
		assertThat(allTitles(Map.of("cityCode", this.city, "kind", "LEAGUE_MATCH"), "NEAREST",
				Map.of("lat", 30.0, "lng", 120.0), 10))
			.containsExactly("乒乓球团体赛");
		assertThat(allTitles(Map.of("cityCode", this.city, "orgUnitId", orgUnitId("浙江省总工会")), "SOONEST", null, 2))
			.hasSize(5);
		assertThat(allTitles(Map.of("cityCode", this.city, "orgUnitId", orgUnitId("宁波市总工会")), "SOONEST", null, 2))
			.isEmpty();
		assertThat(allTitles(
				Map.of("cityCode", this.city, "from", today.plusDays(2).toString(), "to", today.plusDays(3).toString()),
				"SOONEST", null, 1))
			.containsExactly("越剧专场演出", "书法体验课");
	}

	@Test
	void distanceOnlyWhenAPositionIsGiven() {
		Map<String, Object> near = Map.of("lat", 30.52, "lng", 120.52);
		assertThat(list(Map.of("cityCode", this.city), "SOONEST", near, 5, null)
			.path("events.edges[*].node.distanceMeters")
			.entityList(Double.class)
			.get()).hasSize(5).allSatisfy((metres) -> assertThat(metres).isPositive());
		list(Map.of("cityCode", this.city), "POPULAR", null, 1, null).path("events.edges[0].node.distanceMeters")
			.valueIsNull();
	}

	private List<String> allTitles(Map<String, Object> filter, String order, Map<String, Object> near, int pageSize) {
		List<String> titles = new ArrayList<>();
		String after = null;
		do {
			GraphQlTester.Response page = list(filter, order, near, pageSize, after);
			titles.addAll(page.path("events.edges[*].node.title").entityList(String.class).get());
			after = page.path("events.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("events.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		return titles;
	}

	private GraphQlTester.Response list(Map<String, Object> filter, String order, Map<String, Object> near, int first,
			String after) {
		return this.graphQlTester.document(LIST)
			.variable("filter", filter)
			.variable("order", order)
			.variable("near", near)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

}
