package cn.zjgh.portal.station;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static cn.zjgh.portal.station.StationFixtures.code;
import static org.assertj.core.api.Assertions.assertThat;

class FreeMealGraphQlTests extends PortalGraphQlTests {

	static final String CLAIM = """
			mutation($station: ID!) {
			  claimFreeMeal(input: {stationId: $station}) { claim { id day claimedAt station { id } } remainingToday }
			}
			""";

	private static final String MEALS = """
			query($id: ID!) { serviceStation(id: $id) { freeMeals { dailyQuota remainingToday claimedByMe } } }
			""";

	@Test
	void aWorkerTakesOneMealADayAndASecondClaimChangesNothing() {
		long station = mealStation(5);
		long other = mealStation(5);
		HttpGraphQlTester rider = as(StationFixtures.newWorker());
		LocalDate today = LocalDate.now(ServiceStationListingGraphQlTests.SHANGHAI);

		claim(rider, station).path("claimFreeMeal.remainingToday")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("claimFreeMeal.claim.day")
			.entity(String.class)
			.isEqualTo(today.toString())
			.path("claimFreeMeal.claim.station.id")
			.entity(Long.class)
			.isEqualTo(station);
		rider.document(MEALS)
			.variable("id", station)
			.execute()
			.path("serviceStation.freeMeals")
			.entity(Map.class)
			.isEqualTo(Map.of("dailyQuota", 5, "remainingToday", 4, "claimedByMe", true));

		claim(rider, station).errors().expect((error) -> "ALREADY_CLAIMED".equals(code(error)));
		claim(rider, other).errors().expect((error) -> "ALREADY_CLAIMED".equals(code(error)));
		assertThat(claimed(station)).isEqualTo(1);
		assertThat(claimed(other)).isZero();
		assertThat(claimsOfDay(station, today)).isEqualTo(1);
		this.graphQlTester.document(MEALS)
			.variable("id", other)
			.execute()
			.path("serviceStation.freeMeals")
			.entity(Map.class)
			.isEqualTo(Map.of("dailyQuota", 5, "remainingToday", 5, "claimedByMe", false));
	}

	@Test
	void theQuotaIsADayAndTheDayIsShanghaisOnThePortalsClock() {
		long station = mealStation(2);
		LocalDate day = LocalDate.now(ServiceStationListingGraphQlTests.SHANGHAI).plusDays(3);
		this.clock.setInstant(
				day.atTime(LocalTime.of(23, 50)).atZone(ServiceStationListingGraphQlTests.SHANGHAI).toInstant());
		HttpGraphQlTester first = as(StationFixtures.newWorker());
		HttpGraphQlTester second = as(StationFixtures.newWorker());
		HttpGraphQlTester third = as(StationFixtures.newWorker());

		claim(first, station).path("claimFreeMeal.remainingToday").entity(Integer.class).isEqualTo(1);
		claim(second, station).path("claimFreeMeal.remainingToday").entity(Integer.class).isEqualTo(0);
		claim(third, station).errors().expect((error) -> "QUOTA_EXHAUSTED".equals(code(error)));
		assertThat(claimsOfDay(station, day)).isEqualTo(2);
		this.graphQlTester.document(MEALS)
			.variable("id", station)
			.execute()
			.path("serviceStation.freeMeals.remainingToday")
			.entity(Integer.class)
			.isEqualTo(0);

		// 00:10 in Shanghai is still the previous day in UTC: a new day all the same
		this.clock.advance(Duration.ofMinutes(20));
		claim(third, station).path("claimFreeMeal.claim.day")
			.entity(String.class)
			.isEqualTo(day.plusDays(1).toString());
		claim(first, station).path("claimFreeMeal.remainingToday").entity(Integer.class).isEqualTo(0);
		claim(second, station).errors().expect((error) -> "QUOTA_EXHAUSTED".equals(code(error)));
		claim(first, station).errors().expect((error) -> "ALREADY_CLAIMED".equals(code(error)));
		assertThat(claimsOfDay(station, day.plusDays(1))).isEqualTo(2);
	}

	@Test
	void claimsOnNoStationANoMealStationOrAClosedDownOneChangeNothing() {
		double[] spot = StationFixtures.freshSpot();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long plain = StationFixtures.create(organizer, StationFixtures.input(orgUnitId("杭州市总工会"), spot[0], spot[1]));
		long closed = mealStation(3);
		organizer.document(
				"mutation($id: ID!) { closeServiceStation(input: {stationId: $id, reason: \"撤站\"}) { station { id } } }")
			.variable("id", closed)
			.execute()
			.path("closeServiceStation.station.id")
			.hasValue();
		HttpGraphQlTester rider = as(StationFixtures.newWorker());
		int before = this.jdbc.queryForObject("SELECT count(*) FROM free_meal_claim", Integer.class);

		claim(rider, 9_999_999L).errors().expect((error) -> "NOT_FOUND".equals(code(error)));
		claim(rider, plain).errors().expect((error) -> "BAD_USER_INPUT".equals(code(error)));
		claim(rider, closed).errors().expect((error) -> "BAD_USER_INPUT".equals(code(error)));
		claim(this.graphQlTester, mealStation(3)).errors().expect((error) -> "UNAUTHENTICATED".equals(code(error)));

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM free_meal_claim", Integer.class)).isEqualTo(before);
		this.graphQlTester.document(MEALS)
			.variable("id", plain)
			.execute()
			.path("serviceStation.freeMeals")
			.valueIsNull();
	}

	@Test
	void loweringTheQuotaNeverTakesBackWhatWasClaimed() {
		long station = mealStation(3);
		claim(as(StationFixtures.newWorker()), station).path("claimFreeMeal.remainingToday")
			.entity(Integer.class)
			.isEqualTo(2);
		claim(as(StationFixtures.newWorker()), station).path("claimFreeMeal.remainingToday")
			.entity(Integer.class)
			.isEqualTo(1);

		as("demo-organizer-hangzhou").document(
				"mutation($id: ID!) { updateServiceStation(input: {stationId: $id, freeMealQuota: 1}) { station { freeMeals { dailyQuota remainingToday } } } }")
			.variable("id", station)
			.execute()
			.path("updateServiceStation.station.freeMeals")
			.entity(Map.class)
			.isEqualTo(Map.of("dailyQuota", 2, "remainingToday", 0));
		claim(as(StationFixtures.newWorker()), station).errors()
			.expect((error) -> "QUOTA_EXHAUSTED".equals(code(error)));
		assertThat(claimed(station)).isEqualTo(2);
	}

	private long mealStation(int quota) {
		double[] spot = StationFixtures.freshSpot();
		return StationFixtures.create(as("demo-organizer-hangzhou"),
				StationFixtures.withMeals(StationFixtures.allDay(orgUnitId("蒋村街道总工会"), spot[0], spot[1]), quota));
	}

	private GraphQlTester.Response claim(GraphQlTester tester, long station) {
		return tester.document(CLAIM).variable("station", station).execute();
	}

	private int claimed(long station) {
		return this.jdbc.queryForObject("SELECT count(*) FROM free_meal_claim WHERE station_id = ?", Integer.class,
				station);
	}

	private int claimsOfDay(long station, LocalDate day) {
		return this.jdbc.queryForObject("SELECT claimed FROM free_meal_day WHERE station_id = ? AND day = ?",
				Integer.class, station, day);
	}

}
