package cn.zjgh.portal.station;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 riders pressing for 20 free meals at the same moment, over HTTP, on real
 * PostgreSQL.
 */
class FreeMealRushGraphQlTests extends PortalGraphQlTests {

	@Test
	void twoHundredRidersTwentyMealsTwentyClaims() throws Exception {
		double[] spot = StationFixtures.freshSpot();
		long station = StationFixtures.create(as("demo-organizer-hangzhou"),
				StationFixtures.withMeals(StationFixtures.allDay(orgUnitId("蒋村街道总工会"), spot[0], spot[1]), 20));
		String body = "{\"query\":\"mutation { claimFreeMeal(input: {stationId: " + station
				+ "}) { remainingToday } }\"}";

		List<String> answers = postAllAtOnce("meal-" + UUID.randomUUID().toString().substring(0, 6), 200, body);

		Map<String, Long> outcome = answers.stream()
			.map(FreeMealRushGraphQlTests::outcome)
			.collect(Collectors.groupingBy((s) -> s, Collectors.counting()));
		assertThat(outcome).containsEntry("CLAIMED", 20L).containsEntry("QUOTA_EXHAUSTED", 180L).hasSize(2);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM free_meal_claim WHERE station_id = ?", Integer.class,
				station))
			.isEqualTo(20);
		assertThat(this.jdbc.queryForObject("SELECT claimed FROM free_meal_day WHERE station_id = ?", Integer.class,
				station))
			.isEqualTo(20);
		assertThat(this.jdbc.queryForObject("SELECT count(DISTINCT user_id) FROM free_meal_claim WHERE station_id = ?",
				Integer.class, station))
			.isEqualTo(20);
	}

	/** CLAIMED, or the error's code. */
	private static String outcome(String response) {
		if (!response.contains("\"errors\"")) {
			return response.contains("\"remainingToday\"") ? "CLAIMED" : response;
		}
		String key = "\"code\":\"";
		int at = response.indexOf(key);
		return (at < 0) ? response : response.substring(at + key.length(), response.indexOf('"', at + key.length()));
	}

}
