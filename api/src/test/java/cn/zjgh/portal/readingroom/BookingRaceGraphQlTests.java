package cn.zjgh.portal.readingroom;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 100 workers booking at the same moment, over HTTP, against real PostgreSQL. */
class BookingRaceGraphQlTests extends PortalGraphQlTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void oneSeatOneSlotHundredAttemptsOneBooking() throws Exception {
		long room = RoomFixtures.create(as("demo-organizer-hangzhou"),
				RoomFixtures.input(orgUnitId("西溪街道总工会"), RoomFixtures.freshDistrict(), 10, 30.27, 120.12));

		Map<String, Long> outcome = race(room, 7);

		assertThat(outcome).containsEntry("BOOKED", 1L).containsEntry("SEAT_TAKEN", 99L);
		assertThat(bookings(room)).isEqualTo(1);
	}

	@Test
	void tenSeatsHundredAttemptsTenBookings() throws Exception {
		long room = RoomFixtures.create(as("demo-organizer-hangzhou"),
				RoomFixtures.input(orgUnitId("西溪街道总工会"), RoomFixtures.freshDistrict(), 10, 30.27, 120.12));

		Map<String, Long> outcome = race(room, null);

		assertThat(outcome).containsEntry("BOOKED", 10L).containsEntry("SEAT_TAKEN", 90L);
		assertThat(bookings(room)).isEqualTo(10);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(DISTINCT seat_no) FROM booking WHERE room_id = ? AND status = 'BOOKED'", Integer.class,
				room))
			.isEqualTo(10);
	}

	@Test
	void seatsTakenAwayWhileWorkersBookThemHoldNoBooking() throws Exception {
		long room = RoomFixtures.create(as("demo-organizer-hangzhou"),
				RoomFixtures.input(orgUnitId("西溪街道总工会"), RoomFixtures.freshDistrict(), 10, 30.27, 120.12));
		String lower = "{\"query\":\"mutation { updateReadingRoom(input: {roomId: " + room
				+ ", seatCount: 2}) { room { seatCount } } }\"}";

		Map<String, Long> outcome = race(room, null, lower, login("demo-organizer-hangzhou"));

		int seats = this.jdbc.queryForObject("SELECT count(*) FROM seat WHERE room_id = ? AND NOT retired",
				Integer.class, room);
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM booking b JOIN seat s ON s.room_id = b.room_id AND s.seat_no = b.seat_no
				WHERE b.room_id = ? AND s.retired AND b.status = 'BOOKED'
				""", Integer.class, room)).isZero();
		assertThat(bookings(room)).isEqualTo(outcome.get("BOOKED").intValue());
		if (seats == 10) {
			assertThat(outcome).containsEntry("SEATS_BOOKED", 1L);
		}
		else {
			assertThat(seats).isEqualTo(2);
			assertThat(outcome.get("BOOKED")).isLessThanOrEqualTo(2L);
		}
	}

	private Map<String, Long> race(long room, Integer seatNo) throws Exception {
		return race(room, seatNo, null, null);
	}

	/**
	 * 100 workers book 10:00–11:00 two days ahead at the same moment, and
	 * {@code alongside} (a request body, sent with its token) goes at that moment too:
	 * each outcome counted by its code or status.
	 */
	private Map<String, Long> race(long room, Integer seatNo, String alongside, String alongsideToken)
			throws Exception {
		LocalDate day = LocalDate.now(BookingGraphQlTests.SHANGHAI).plusDays(2);
		while (day.getDayOfWeek().getValue() == 7) {
			day = day.plusDays(1);
		}
		String run = UUID.randomUUID().toString().substring(0, 6);
		ExecutorService pool = Executors.newFixedThreadPool(50);
		try {
			List<Callable<String>> logins = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				String code = "demo-race-" + run + "-" + i;
				logins.add(() -> login(code));
			}
			List<String> tokens = new ArrayList<>();
			for (Future<String> token : pool.invokeAll(logins)) {
				tokens.add(token.get());
			}
			String body = "{\"query\":\"mutation { bookSeat(input: {roomId: " + room + ", date: \\\"" + day
					+ "\\\", from: \\\"10:00\\\", to: \\\"11:00\\\"" + ((seatNo != null) ? ", seatNo: " + seatNo : "")
					+ "}) { booking { status } } }\"}";
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> results = new ArrayList<>();
			for (String token : tokens) {
				results.add(pool.submit(() -> {
					start.await();
					return outcome(post(body, token));
				}));
			}
			if (alongside != null) {
				results.add(pool.submit(() -> {
					start.await();
					return outcome(post(alongside, alongsideToken));
				}));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			return outcomes.stream().collect(Collectors.groupingBy((s) -> s, Collectors.counting()));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private int bookings(long room) {
		return this.jdbc.queryForObject("SELECT count(*) FROM booking WHERE room_id = ?", Integer.class, room);
	}

	private String post(String body, String token) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static String outcome(String response) {
		String key = response.contains("\"errors\"") ? "\"code\":\"" : "\"status\":\"";
		int at = response.indexOf(key);
		return (at < 0) ? response : response.substring(at + key.length(), response.indexOf('"', at + key.length()));
	}

}
