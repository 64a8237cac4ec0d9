package cn.zjgh.portal.station;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static cn.zjgh.portal.station.StationFixtures.code;
import static org.assertj.core.api.Assertions.assertThat;

class StationManagementGraphQlTests extends PortalGraphQlTests {

	private static final String UPDATE = """
			mutation($input: UpdateServiceStationInput!) {
			  updateServiceStation(input: $input) {
			    station { id name lat lng services open24h openingHours { weekday } freeMeals { dailyQuota remainingToday } }
			  }
			}
			""";

	private static final String CLOSE = """
			mutation($id: ID!) { closeServiceStation(input: {stationId: $id, reason: "拆迁"}) { station { id closedAt } } }
			""";

	@Test
	void organizersCreateEditAndCloseStationsOfTheirUnits() {
		double[] spot = StationFixtures.freshSpot();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long id = StationFixtures.create(organizer, StationFixtures.input(orgUnitId("西溪街道总工会"), spot[0], spot[1]));

		organizer.document(UPDATE)
			.variable("input",
					Map.of("stationId", id, "name", "改名驿站", "open24h", true, "services",
							List.of("TOILET", "FREE_MEALS", "TOILET"), "freeMealQuota", 12))
			.execute()
			.path("updateServiceStation.station.name")
			.entity(String.class)
			.isEqualTo("改名驿站")
			.path("updateServiceStation.station.services")
			.entityList(String.class)
			.containsExactly("TOILET", "FREE_MEALS")
			.path("updateServiceStation.station.open24h")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("updateServiceStation.station.openingHours")
			.entityList(Object.class)
			.hasSize(0)
			.path("updateServiceStation.station.freeMeals.remainingToday")
			.entity(Integer.class)
			.isEqualTo(12);
		organizer.document(UPDATE)
			.variable("input", Map.of("stationId", id, "services", List.of("TOILET")))
			.execute()
			.path("updateServiceStation.station.freeMeals")
			.valueIsNull();
		assertThat(
				this.jdbc.queryForObject("SELECT free_meal_quota FROM service_station WHERE id = ?", Integer.class, id))
			.isNull();

		organizer.document(CLOSE).variable("id", id).execute().path("closeServiceStation.station.closedAt").hasValue();
		this.graphQlTester.document(
				"query($near: GeoPointInput) { serviceStations(near: $near, radiusKm: 5) { edges { node { id } } } }")
			.variable("near", Map.of("lat", spot[0], "lng", spot[1]))
			.execute()
			.path("serviceStations.edges")
			.entityList(Object.class)
			.hasSize(0);
		organizer.document(CLOSE)
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(code(error)));
		organizer.document(UPDATE)
			.variable("input", Map.of("stationId", id, "name", "再改"))
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(code(error)));
	}

	@Test
	void onlyOrganizersOfTheStationsUnitMayChangeIt() {
		double[] spot = StationFixtures.freshSpot();
		long hangzhou = orgUnitId("杭州市总工会");
		long id = StationFixtures.create(as("demo-organizer-hangzhou"),
				StationFixtures.input(hangzhou, spot[0], spot[1]));
		HttpGraphQlTester ningbo = as("demo-organizer-ningbo");
		HttpGraphQlTester worker = as("demo-worker-1");

		ningbo.document(UPDATE)
			.variable("input", Map.of("stationId", id, "name", "宁波改名"))
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(code(error)));
		ningbo.document(CLOSE).variable("id", id).execute().errors().expect((error) -> "FORBIDDEN".equals(code(error)));
		ningbo.document(StationFixtures.CREATE)
			.variable("input", StationFixtures.input(hangzhou, spot[0], spot[1]))
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(code(error)));
		worker.document(StationFixtures.CREATE)
			.variable("input", StationFixtures.input(orgUnitId("西溪街道总工会"), spot[0], spot[1]))
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(code(error)));
		worker.document(UPDATE)
			.variable("input", Map.of("stationId", id, "name", "职工改名"))
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(code(error)));
		this.graphQlTester.document(StationFixtures.CREATE)
			.variable("input", StationFixtures.input(hangzhou, spot[0], spot[1]))
			.execute()
			.errors()
			.expect((error) -> "UNAUTHENTICATED".equals(code(error)));
		as("demo-organizer-zhejiang").document(UPDATE)
			.variable("input", Map.of("stationId", id, "name", "省总改名"))
			.execute()
			.path("updateServiceStation.station.name")
			.entity(String.class)
			.isEqualTo("省总改名");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM service_station WHERE lat = ? AND lng = ?",
				Integer.class, spot[0], spot[1]))
			.isEqualTo(1);
	}

	@Test
	void badStationsAreRefusedAndNothingIsStored() {
		double[] spot = StationFixtures.freshSpot();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long unit = orgUnitId("杭州市总工会");
		Map<String, Object> hoursAndAllDay = StationFixtures.input(unit, spot[0], spot[1]);
		hoursAndAllDay.put("open24h", true);
		Map<String, Object> noHours = StationFixtures.input(unit, spot[0], spot[1]);
		noHours.remove("openingHours");
		Map<String, Object> mealsWithoutQuota = StationFixtures.input(unit, spot[0], spot[1]);
		mealsWithoutQuota.put("services", List.of("FREE_MEALS"));
		Map<String, Object> quotaWithoutMeals = StationFixtures.input(unit, spot[0], spot[1]);
		quotaWithoutMeals.put("freeMealQuota", 10);
		Map<String, Object> zeroQuota = StationFixtures.withMeals(StationFixtures.input(unit, spot[0], spot[1]), 0);
		Map<String, Object> badHours = StationFixtures.input(unit, spot[0], spot[1]);
		badHours.put("openingHours", List.of(Map.of("weekday", 1, "opens", "21:00", "closes", "07:00")));
		Map<String, Object> badTime = StationFixtures.input(unit, spot[0], spot[1]);
		badTime.put("openingHours", List.of(Map.of("weekday", 1, "opens", "7am", "closes", "21:00")));
		Map<String, Object> badLat = StationFixtures.input(unit, 95.0, spot[1]);
		Map<String, Object> noServices = StationFixtures.input(unit, spot[0], spot[1]);
		noServices.put("services", List.of());
		Map<String, Object> httpPhoto = StationFixtures.input(unit, spot[0], spot[1]);
		httpPhoto.put("photos", List.of("http://example.com/a.jpg"));

		for (Map<String, Object> input : List.of(hoursAndAllDay, noHours, mealsWithoutQuota, quotaWithoutMeals,
				zeroQuota, badHours, badTime, badLat, noServices, httpPhoto)) {
			organizer.document(StationFixtures.CREATE)
				.variable("input", input)
				.execute()
				.errors()
				.expect((error) -> "BAD_USER_INPUT".equals(code(error)));
		}
		Map<String, Object> missingUnit = StationFixtures.input(9_999_999L, spot[0], spot[1]);
		organizer.document(StationFixtures.CREATE)
			.variable("input", missingUnit)
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(code(error)) || "BAD_USER_INPUT".equals(code(error)));
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM service_station WHERE lng = ?", Integer.class, spot[1]))
			.isZero();

		long id = StationFixtures.create(organizer, StationFixtures.input(unit, spot[0], spot[1]));
		for (Map<String, Object> input : List.<Map<String, Object>>of(Map.of("stationId", id, "lat", 30.0),
				Map.of("stationId", id, "freeMealQuota", 5), Map.of("stationId", id, "name", ""),
				Map.of("stationId", id, "open24h", true, "openingHours",
						List.of(Map.of("weekday", 1, "opens", "07:00", "closes", "21:00"))),
				Map.of("stationId", id, "openingHours", List.of()))) {
			organizer.document(UPDATE)
				.variable("input", input)
				.execute()
				.errors()
				.expect((error) -> "BAD_USER_INPUT".equals(code(error)));
		}
		GraphQlTester.Response unchanged = this.graphQlTester.document(
				"query($id: ID!) { serviceStation(id: $id) { name lat open24h openingHours { weekday } freeMeals { dailyQuota } } }")
			.variable("id", id)
			.execute();
		unchanged.path("serviceStation.lat").entity(Double.class).isEqualTo(spot[0]);
		unchanged.path("serviceStation.open24h").entity(Boolean.class).isEqualTo(false);
		unchanged.path("serviceStation.openingHours").entityList(Object.class).hasSize(6);
		unchanged.path("serviceStation.freeMeals").valueIsNull();
		organizer.document(UPDATE)
			.variable("input", Map.of("stationId", 9_999_999L, "name", "无"))
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(code(error)));
	}

}
