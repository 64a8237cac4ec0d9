package cn.zjgh.portal.event;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Creates and publishes events through the API, each test in a city of its own. */
public final class EventFixtures {

	static final String CREATE = """
			mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id version status } } }
			""";

	static final String PUBLISH = """
			mutation($id: ID!) { publishEvent(input: {id: $id}) { event { id status } } }
			""";

	/**
	 * Codes handed out in turn from a random start, so no two tests of one run share a
	 * city.
	 */
	private static final AtomicInteger NEXT_CITY = new AtomicInteger(ThreadLocalRandom.current().nextInt(10000));

	private EventFixtures() {
	}

	/**
	 * A 6-digit code no demo event uses, so a test's listings contain only its own
	 * events.
	 */
	public static String freshCity() {
		return "34" + String.format("%04d", NEXT_CITY.getAndIncrement() % 10000);
	}

	public static Map<String, Object> input(long orgUnitId, String city, String title) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		Map<String, Object> venue = new HashMap<>(Map.of("name", "职工文化中心", "address", "杭州市拱墅区湖墅南路 201 号", "cityCode",
				city, "lat", 30.2765, "lng", 120.1560));
		Map<String, Object> input = new HashMap<>();
		input.put("orgUnitId", orgUnitId);
		input.put("title", title);
		input.put("summary", "测试活动：" + title);
		input.put("kind", "DEMONSTRATION");
		input.put("category", "SPORTS");
		input.put("venue", venue);
		input.put("startsAt", now.plusDays(3).toString());
		input.put("endsAt", now.plusDays(3).plusHours(2).toString());
		input.put("registrationOpensAt", now.minusHours(1).toString());
		input.put("registrationClosesAt", now.plusDays(2).toString());
		input.put("capacity", 10);
		input.put("waitlistEnabled", true);
		return input;
	}

	public static long createAndPublish(HttpGraphQlTester organizer, Map<String, Object> input) {
		long id = Long.parseLong(organizer.document(CREATE)
			.variable("input", input)
			.execute()
			.path("createEvent.event.id")
			.entity(String.class)
			.get());
		organizer.document(PUBLISH)
			.variable("id", id)
			.execute()
			.path("publishEvent.event.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED");
		return id;
	}

	/** A string field of a GraphQL answer (the first one of that name), found by text. */
	static String field(String json, String name) {
		int at = json.indexOf("\"" + name + "\":\"");
		if (at < 0) {
			return "UNEXPECTED " + json;
		}
		int from = at + name.length() + 4;
		return json.substring(from, json.indexOf('"', from));
	}

}
