import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Booking under contention: ATTEMPTS workers book the same one-hour slot in one room of SEATS
 * seats from CLIENTS concurrent clients. Prints attempts per second and the outcome counts.
 *
 * Run: java api/bench/BookingRush.java http://127.0.0.1:8080 1000 40 100
 */
public class BookingRush {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
		int attempts = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
		int seats = args.length > 2 ? Integer.parseInt(args[2]) : 40;
		int clients = args.length > 3 ? Integer.parseInt(args[3]) : 100;
		String run = UUID.randomUUID().toString().substring(0, 6);

		String organizer = login(base, "demo-organizer-hangzhou");
		String unit = find(post(base, organizer, "{ me { organizerOf { id } } }", "{}"), "\"id\":\"(\\d+)\"");
		String hours = "[" + String.join(",", java.util.stream.IntStream.rangeClosed(1, 7)
			.mapToObj((d) -> "{\"weekday\": " + d + ", \"opens\": \"08:00\", \"closes\": \"21:00\"}")
			.toList()) + "]";
		String created = post(base, organizer,
				"mutation($i: CreateReadingRoomInput!) { createReadingRoom(input: $i) { room { id } } }",
				"{\"i\": {\"orgUnitId\": " + unit + ", \"name\": \"抢座基准 " + run + "\", \"address\": \"杭州\", "
						+ "\"lat\": 30.27, \"lng\": 120.15, \"seatCount\": " + seats + ", \"openingHours\": " + hours + "}}");
		String room = find(created, "\"id\":\"(\\d+)\"");
		String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();

		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Callable<String>> logins = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				String code = "demo-seat-" + run + "-" + i;
				logins.add(() -> login(base, code));
			}
			List<String> tokens = new ArrayList<>();
			for (Future<String> token : pool.invokeAll(logins)) {
				tokens.add(token.get());
			}
			String mutation = "mutation { bookSeat(input: {roomId: " + room + ", date: \\\"" + day
					+ "\\\", from: \\\"10:00\\\", to: \\\"11:00\\\"}) { booking { status } } }";
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> outcomes = new ArrayList<>();
			for (String token : tokens) {
				outcomes.add(pool.submit(() -> {
					start.await();
					String response = post(base, token, mutation.replace("\\\"", "\""), "{}");
					return response.contains("\"errors\"") ? find(response, "\"code\":\"([A-Z_]+)\"")
							: find(response, "\"status\":\"([A-Z_]+)\"");
				}));
			}
			long began = System.nanoTime();
			start.countDown();
			Map<String, Integer> counts = new TreeMap<>();
			for (Future<String> outcome : outcomes) {
				counts.merge(outcome.get(), 1, Integer::sum);
			}
			double seconds = (System.nanoTime() - began) / 1e9;
			System.out.printf("seat rush: %d attempts on %d seats from %d clients in %.2f s = %.0f attempts/s; outcomes %s%n",
					attempts, seats, clients, seconds, attempts / seconds, counts);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String login(String base, String code) throws Exception {
		return find(post(base, null, "mutation($c: String!) { login(input: {code: $c}) { token } }",
				"{\"c\": \"" + code + "\"}"), "\"token\":\"([^\"]+)\"");
	}

	private static String post(String base, String token, String query, String variables) throws Exception {
		String body = "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\", \"variables\": "
				+ variables + "}";
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("unexpected response: " + text);
		}
		return matcher.group(1);
	}

}
