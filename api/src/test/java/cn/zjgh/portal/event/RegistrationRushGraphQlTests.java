package cn.zjgh.portal.event;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 workers press "register" for 50 seats at the same moment, and one worker presses
 * many times at once, over HTTP, on real PostgreSQL.
 */
class RegistrationRushGraphQlTests extends PortalGraphQlTests {

	private static final int WORKERS = 500;

	private static final int SEATS = 50;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void withAWaitlistExactlyTheSeatsAreConfirmedAndEveryoneElseWaits() throws Exception {
		Map<String, Long> outcome = rush(true);

		assertThat(outcome).containsEntry("CONFIRMED", (long) SEATS)
			.containsEntry("WAITLISTED", (long) (WORKERS - SEATS));
	}

	@Test
	void withoutAWaitlistExactlyTheSeatsAreConfirmedAndTheRestAreToldItIsFull() throws Exception {
		Map<String, Long> outcome = rush(false);

		assertThat(outcome).containsEntry("CONFIRMED", (long) SEATS)
			.containsEntry("EVENT_FULL", (long) (WORKERS - SEATS));
	}

	@Test
	void oneWorkerPressingManyTimesAtOnceHoldsOneSeat() throws Exception {
		Map<String, Object> input = EventFixtures.input(orgUnitId("杭州市总工会"), EventFixtures.freshCity(), "连点测试");
		input.put("capacity", 5);
		long eventId = EventFixtures.createAndPublish(as("demo-organizer-hangzhou"), input);
		String token = login("demo-presser-" + UUID.randomUUID().toString().substring(0, 6));
		int presses = Registrations.REGISTER_LIMIT - 2;

		ExecutorService pool = Executors.newFixedThreadPool(presses);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < presses; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return register(token, eventId);
				}));
			}
			start.countDown();
			assertThat(results.stream().map(this::join)).containsOnly("CONFIRMED").hasSize(presses);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("SELECT confirmed_count FROM event WHERE id = ?", Integer.class, eventId))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM registration WHERE event_id = ?", Integer.class,
				eventId))
			.isEqualTo(1);
	}

	private Map<String, Long> rush(boolean waitlist) throws Exception {
		Map<String, Object> input = EventFixtures.input(orgUnitId("杭州市总工会"), EventFixtures.freshCity(), "抢票测试");
		input.put("capacity", SEATS);
		input.put("waitlistEnabled", waitlist);
		long eventId = EventFixtures.createAndPublish(as("demo-organizer-hangzhou"), input);
		String run = UUID.randomUUID().toString().substring(0, 6);

		ExecutorService pool = Executors.newFixedThreadPool(64);
		try {
			List<String> tokens = pool
				.invokeAll(IntStream.range(0, WORKERS)
					.mapToObj((i) -> (java.util.concurrent.Callable<String>) () -> login("demo-rush-" + run + "-" + i))
					.toList())
				.stream()
				.map(this::join)
				.toList();

			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> results = new ArrayList<>();
			for (String token : tokens) {
				results.add(pool.submit(() -> {
					start.await();
					return register(token, eventId);
				}));
			}
			start.countDown();
			Map<String, Long> outcome = results.stream()
				.map(this::join)
				.collect(Collectors.groupingBy((s) -> s, Collectors.counting()));

			Map<String, Object> counts = this.jdbc
				.queryForMap("SELECT confirmed_count, waitlist_count FROM event WHERE id = ?", eventId);
			assertThat(counts.get("confirmed_count")).isEqualTo(SEATS);
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'", Integer.class,
					eventId))
				.isEqualTo(SEATS);
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM registration WHERE event_id = ?", Integer.class,
					eventId))
				.isEqualTo(waitlist ? WORKERS : SEATS);
			return outcome;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The registration status, or the error code. */
	private String register(String token, long eventId) throws Exception {
		String body = "{\"query\":\"mutation { registerForEvent(input: {eventId: " + eventId
				+ "}) { registration { status } } }\"}";
		String response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		return EventFixtures.field(response, response.contains("\"errors\"") ? "code" : "status");
	}

	private <T> T join(Future<T> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
