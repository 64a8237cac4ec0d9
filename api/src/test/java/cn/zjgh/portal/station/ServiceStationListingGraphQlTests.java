package cn.zjgh.portal.station;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import cn.zjgh.portal.shared.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static cn.zjgh.portal.station.StationFixtures.code;
import static org.assertj.core.api.Assertions.assertThat;

class ServiceStationListingGraphQlTests extends PortalGraphQlTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	private SqlStatementCounter sqlStatements;

	private static final String LIST = """
			query($near: GeoPointInput, $radius: Float, $service: StationService, $openNow: Boolean, $first: Int, $after: String) {
			  serviceStations(near: $near, radiusKm: $radius, service: $service, openNow: $openNow, first: $first, after: $after) {
			    edges { cursor node { id name lat distanceMeters open24h openNow services reportedClosed } }
			    pageInfo { hasNextPage endCursor }
			  }
			}
			""";

	@Test
	void nearestFirstWithDistancesAcrossPagesAndWithinARadius() {
		double[] spot = StationFixtures.freshSpot();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long unit = orgUnitId("杭州市总工会");
		// 0.01° of latitude is about 1.1 km
		for (double offset : new double[] { 0.05, -0.04, 0.01, 0.09, -0.02 }) {
			StationFixtures.create(organizer, StationFixtures.input(unit, spot[0] + offset, spot[1]));
		}
		Map<String, Object> near = Map.of("lat", spot[0], "lng", spot[1]);

		List<Double> offsets = new ArrayList<>();
		List<Double> distances = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			GraphQlTester.Response page = this.graphQlTester.document(LIST)
				.variable("near", near)
				.variable("radius", 20.0)
				.variable("first", 2)
				.variable("after", after)
				.execute();
			pages++;
			page.path("serviceStations.edges[*].node.lat")
				.entityList(Double.class)
				.get()
				.forEach((lat) -> offsets.add(Math.round((lat - spot[0]) * 100) / 100.0));
			distances.addAll(page.path("serviceStations.edges[*].node.distanceMeters").entityList(Double.class).get());
			after = page.path("serviceStations.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("serviceStations.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);

		assertThat(pages).isEqualTo(3);
		assertThat(offsets).containsExactly(0.01, -0.02, -0.04, 0.05, 0.09);
		assertThat(distances).isSorted();
		assertThat(distances.get(0)).isBetween(1_000.0, 1_200.0);
		assertThat(distances.get(4)).isBetween(9_900.0, 10_100.0);
		this.graphQlTester.document(LIST)
			.variable("near", near)
			.variable("radius", 5.0)
			.execute()
			.path("serviceStations.edges[*].node.distanceMeters")
			.entityList(Double.class)
			.satisfies((list) -> assertThat(list).hasSize(3).allMatch((d) -> d <= 5_000));
	}

	@Test
	void serviceKeepsStationsOfferingIt() {
		double[] spot = StationFixtures.freshSpot();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long unit = orgUnitId("杭州市总工会");
		long plain = StationFixtures.create(organizer, StationFixtures.input(unit, spot[0], spot[1]));
		long meals = StationFixtures.create(organizer,
				StationFixtures.withMeals(StationFixtures.input(unit, spot[0] + 0.01, spot[1]), 10));
		Map<String, Object> near = Map.of("lat", spot[0], "lng", spot[1]);

		assertThat(ids(near, "FREE_MEALS", null)).containsExactly(meals);
		assertThat(ids(near, "MICROWAVE", null)).containsExactly(meals);
		assertThat(ids(near, "REST_AREA", null)).containsExactly(plain);
		assertThat(ids(near, "DRINKING_WATER", null)).containsExactly(plain, meals);
		assertThat(ids(near, "LEGAL_AID", null)).isEmpty();
	}

	@Test
	void openNowFollowsTheClockAndTwentyFourHourStationsAreAlwaysOpen() {
		double[] spot = StationFixtures.freshSpot();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long unit = orgUnitId("杭州市总工会");
		long daytime = StationFixtures.create(organizer, StationFixtures.input(unit, spot[0], spot[1]));
		long allDay = StationFixtures.create(organizer, StationFixtures.allDay(unit, spot[0] + 0.01, spot[1]));
		Map<String, Object> near = Map.of("lat", spot[0], "lng", spot[1]);
		LocalDate monday = LocalDate.now(SHANGHAI).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

		at(monday, LocalTime.of(10, 0));
		assertThat(ids(near, null, true)).containsExactly(daytime, allDay);
		this.graphQlTester.document(LIST)
			.variable("near", near)
			.variable("radius", 5.0)
			.execute()
			.path("serviceStations.edges[*].node.openNow")
			.entityList(Boolean.class)
			.containsExactly(true, true);
		at(monday, LocalTime.of(6, 59));
		assertThat(ids(near, null, true)).containsExactly(allDay);
		at(monday, LocalTime.of(21, 0));
		assertThat(ids(near, null, true)).containsExactly(allDay);
		at(monday.plusDays(6), LocalTime.of(12, 0));
		assertThat(ids(near, null, true)).containsExactly(allDay);
		assertThat(ids(near, null, false)).containsExactly(daytime, allDay);
		this.graphQlTester.document(
				"query($id: ID!) { serviceStation(id: $id) { openNow open24h openingHours { weekday opens closes } } }")
			.variable("id", daytime)
			.execute()
			.path("serviceStation.openNow")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("serviceStation.openingHours[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("weekday", 1, "opens", "07:00", "closes", "21:00"))
			.path("serviceStation.openingHours")
			.entityList(Object.class)
			.hasSize(6);
	}

	@Test
	void aListingReadsTodaysStateWithItsStationsInOneStatementWhateverThePageSize() {
		double[] spot = stationsWithMealsNear(12);
		long nearest = ids(Map.of("lat", spot[0], "lng", spot[1]), null, null).get(0);
		HttpGraphQlTester rider = as(StationFixtures.newWorker());
		rider.document("mutation($id: ID!) { claimFreeMeal(input: {stationId: $id}) { remainingToday } }")
			.variable("id", nearest)
			.execute()
			.path("claimFreeMeal.remainingToday")
			.entity(Integer.class)
			.isEqualTo(4);
		rider
			.document(
					"mutation($id: ID!) { reportStationIssue(input: {stationId: $id, kind: CLOSED}) { issue { id } } }")
			.variable("id", nearest)
			.execute()
			.path("reportStationIssue.issue.id")
			.hasValue();
		String listing = """
				query($near: GeoPointInput, $first: Int) { serviceStations(near: $near, radiusKm: 5, first: $first) {
				  edges { node { id openNow reportedClosed freeMeals { dailyQuota remainingToday claimedByMe } } } } }
				""";

		for (int first : new int[] { 2, 12 }) {
			long before = this.sqlStatements.count();
			GraphQlTester.Response response = rider.document(listing)
				.variable("near", Map.of("lat", spot[0], "lng", spot[1]))
				.variable("first", first)
				.execute();
			long statements = this.sqlStatements.count() - before;

			response.path("serviceStations.edges").entityList(Object.class).hasSize(first);
			response.path("serviceStations.edges[0].node.reportedClosed").entity(Boolean.class).isEqualTo(true);
			response.path("serviceStations.edges[0].node.freeMeals")
				.entity(Map.class)
				.isEqualTo(Map.of("dailyQuota", 5, "remainingToday", 4, "claimedByMe", true));
			response.path("serviceStations.edges[1].node.freeMeals")
				.entity(Map.class)
				.isEqualTo(Map.of("dailyQuota", 5, "remainingToday", 5, "claimedByMe", false));
			// the page, and which of its meals the rider took; the portal's own timers
			// may add one
			assertThat(statements).as("statements for %d stations", first).isLessThanOrEqualTo(3);
		}
	}

	@Test
	void whetherTheCallerTookAMealIsReadOnlyWhenAsked() {
		double[] spot = stationsWithMealsNear(3);
		HttpGraphQlTester rider = as(StationFixtures.newWorker());
		String remaining = """
				query($near: GeoPointInput) { serviceStations(near: $near, radiusKm: 5, first: 3) {
				  edges { node { id freeMeals { remainingToday } } } } }
				""";
		String claimed = remaining.replace("remainingToday", "remainingToday claimedByMe");

		// the fewest over a few runs, since the portal's own timers may add a statement
		assertThat(fewestStatements(rider, remaining, spot)).isEqualTo(1);
		assertThat(fewestStatements(rider, claimed, spot)).isEqualTo(2);
	}

	/**
	 * A fresh spot with stations about 110 m apart northwards, each giving 5 meals a day.
	 */
	private double[] stationsWithMealsNear(int count) {
		double[] spot = StationFixtures.freshSpot();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long unit = orgUnitId("杭州市总工会");
		for (int i = 0; i < count; i++) {
			StationFixtures.create(organizer,
					StationFixtures.withMeals(StationFixtures.input(unit, spot[0] + i * 0.001, spot[1]), 5));
		}
		return spot;
	}

	private long fewestStatements(HttpGraphQlTester caller, String listing, double[] spot) {
		long fewest = Long.MAX_VALUE;
		for (int run = 0; run < 3; run++) {
			long before = this.sqlStatements.count();
			caller.document(listing)
				.variable("near", Map.of("lat", spot[0], "lng", spot[1]))
				.execute()
				.path("serviceStations.edges[2].node.freeMeals.remainingToday")
				.entity(Integer.class)
				.isEqualTo(5);
			fewest = Math.min(fewest, this.sqlStatements.count() - before);
		}
		return fewest;
	}

	@Test
	void badArgumentsAreRefusedWithTheirField() {
		Map<String, Object> near = Map.of("lat", 30.2, "lng", 120.1);
		expectBad(Map.of("radius", 5.0), "radiusKm");
		expectBad(Map.of("near", near, "radius", 0.0), "radiusKm");
		expectBad(Map.of("near", near, "radius", 201.0), "radiusKm");
		expectBad(Map.of("near", near, "radius", -3.0), "radiusKm");
		expectBad(Map.of("near", Map.of("lat", 91.0, "lng", 120.1)), "lat");
		expectBad(Map.of("near", Map.of("lat", 30.0, "lng", -180.5)), "lng");
		expectBad(Map.of("first", 0), "first");
		expectBad(Map.of("first", 51), "first");
		expectBad(Map.of("after", "not-a-cursor"), "after");
		expectBad(Map.of("near", near, "after", "k1"), "after");
	}

	private void expectBad(Map<String, Object> variables, String field) {
		GraphQlTester.Request<?> request = this.graphQlTester.document(LIST);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		request.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(code(error))
					&& field.equals(error.getExtensions().get("field")));
	}

	private void at(LocalDate day, LocalTime time) {
		this.clock.setInstant(day.atTime(time).atZone(SHANGHAI).toInstant());
	}

	private List<Long> ids(Map<String, Object> near, String service, Boolean openNow) {
		return this.graphQlTester.document(LIST)
			.variable("near", near)
			.variable("radius", 5.0)
			.variable("service", service)
			.variable("openNow", openNow)
			.execute()
			.path("serviceStations.edges[*].node.id")
			.entityList(Long.class)
			.get();
	}

}
