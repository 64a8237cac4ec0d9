package cn.zjgh.portal.station;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Creates stations through the API, each test at a spot of its own far from the demo
 * stations and from other tests' spots, so listings within a few kilometres see only the
 * test's own stations.
 */
final class StationFixtures {

	static final String CREATE = """
			mutation($input: CreateServiceStationInput!) { createServiceStation(input: $input) { station { id } } }
			""";

	private StationFixtures() {
	}

	/** A point somewhere between 35–45°N and 75–100°E. */
	static double[] freshSpot() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new double[] { 35 + random.nextDouble() * 10, 75 + random.nextDouble() * 25 };
	}

	/** A station open 07:00–21:00 Monday to Saturday, with water and a rest area. */
	static Map<String, Object> input(long orgUnitId, double lat, double lng) {
		List<Map<String, Object>> hours = new ArrayList<>();
		for (int day = 1; day <= 6; day++) {
			hours.add(Map.of("weekday", day, "opens", "07:00", "closes", "21:00"));
		}
		Map<String, Object> input = new HashMap<>();
		input.put("orgUnitId", orgUnitId);
		input.put("name", "测试驿站 " + lat + " " + lng);
		input.put("address", "测试地址");
		input.put("lat", lat);
		input.put("lng", lng);
		input.put("services", List.of("DRINKING_WATER", "REST_AREA"));
		input.put("openingHours", hours);
		return input;
	}

	/** The same, open round the clock. */
	static Map<String, Object> allDay(long orgUnitId, double lat, double lng) {
		Map<String, Object> input = input(orgUnitId, lat, lng);
		input.remove("openingHours");
		input.put("open24h", true);
		return input;
	}

	/** The same, with free meals. */
	static Map<String, Object> withMeals(Map<String, Object> input, int quota) {
		input.put("services", List.of("DRINKING_WATER", "MICROWAVE", "FREE_MEALS"));
		input.put("freeMealQuota", quota);
		return input;
	}

	static long create(HttpGraphQlTester organizer, Map<String, Object> input) {
		return Long.parseLong(organizer.document(CREATE)
			.variable("input", input)
			.execute()
			.path("createServiceStation.station.id")
			.entity(String.class)
			.get());
	}

	/** A worker who has never logged in before. */
	static String newWorker() {
		return "demo-st-" + UUID.randomUUID().toString().substring(0, 10);
	}

	static String code(ResponseError error) {
		return (String) error.getExtensions().get("code");
	}

}
