package cn.zjgh.portal.readingroom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Creates rooms through the API, each test in a district of its own. */
final class RoomFixtures {

	static final String CREATE = """
			mutation($input: CreateReadingRoomInput!) { createReadingRoom(input: $input) { room { id } } }
			""";

	static final String BOOK = """
			mutation($room: ID!, $date: Date!, $from: String!, $to: String!, $seat: Int) {
			  bookSeat(input: {roomId: $room, date: $date, from: $from, to: $to, seatNo: $seat}) {
			    booking { id status seatNo from to }
			  }
			}
			""";

	/**
	 * Codes handed out in turn from a random start: drawn at random, two tests of one run
	 * shared a district now and then and saw each other's rooms.
	 */
	private static final AtomicInteger NEXT_DISTRICT = new AtomicInteger(ThreadLocalRandom.current().nextInt(10000));

	private RoomFixtures() {
	}

	static String freshDistrict() {
		return "35" + String.format("%04d", NEXT_DISTRICT.getAndIncrement() % 10000);
	}

	/** A room open 08:00–21:00 every day but Sunday, with one-hour slots. */
	static Map<String, Object> input(long orgUnitId, String district, int seats, double lat, double lng) {
		List<Map<String, Object>> hours = new ArrayList<>();
		for (int day = 1; day <= 6; day++) {
			hours.add(Map.of("weekday", day, "opens", "08:00", "closes", "21:00"));
		}
		Map<String, Object> input = new HashMap<>();
		input.put("orgUnitId", orgUnitId);
		input.put("name", "测试书屋 " + district + " " + lat);
		input.put("address", "测试地址");
		input.put("districtCode", district);
		input.put("lat", lat);
		input.put("lng", lng);
		input.put("seatCount", seats);
		input.put("openingHours", hours);
		return input;
	}

	static long create(HttpGraphQlTester organizer, Map<String, Object> input) {
		return Long.parseLong(organizer.document(CREATE)
			.variable("input", input)
			.execute()
			.path("createReadingRoom.room.id")
			.entity(String.class)
			.get());
	}

	static GraphQlTester.Response book(HttpGraphQlTester worker, long room, LocalDate date, String from, String to,
			Integer seat) {
		return worker.document(BOOK)
			.variable("room", room)
			.variable("date", date.toString())
			.variable("from", from)
			.variable("to", to)
			.variable("seat", seat)
			.execute();
	}

}
