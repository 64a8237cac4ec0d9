import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * The registration rush: ATTEMPTS workers press "register" for an event of SEATS seats from
 * CLIENTS concurrent clients. Prints attempts per second and the outcome counts.
 *
 * Run: java api/bench/RegistrationRush.java http://127.0.0.1:8080 2000 100 200
 */
public class RegistrationRush {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
		int attempts = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
		int seats = args.length > 2 ? Integer.parseInt(args[2]) : 100;
		int clients = args.length > 3 ? Integer.parseInt(args[3]) : 200;
		String run = UUID.randomUUID().toString().substring(0, 6);

		String organizer = login(base, "demo-organizer-hangzhou");
		long eventId = createEvent(base, organizer, seats);

		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Callable<String>> logins = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				String code = "demo-rush-" + run + "-" + i;
				logins.add(() -> login(base, code));
			}
			List<String> tokens = new ArrayList<>();
			for (Future<String> token : pool.invokeAll(logins)) {
				tokens.add(token.get());
			}

			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> outcomes = new ArrayList<>();
			for (String token : tokens) {
				outcomes.add(pool.submit(() -> {
					start.await();
					return register(base, token, eventId);
				}));
			}
			long began = System.nanoTime();
			start.countDown();
			Map<String, Integer> counts = new TreeMap<>();
			for (Future<String> outcome : outcomes) {
				counts.merge(outcome.get(), 1, Integer::sum);
			}
			double seconds = (System.nanoTime() - began) / 1e9;
			System.out.printf("rush: %d attempts on %d seats from %d clients in %.2f s = %.0f attempts/s; outcomes %s%n",
					attempts, seats, clients, seconds, attempts / seconds, counts);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long createEvent(String base, String token, int seats) throws Exception {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		String input = """
				{"orgUnitId": %s, "title": "抢票基准", "summary": "registration rush benchmark", "kind": "DEMONSTRATION",
				 "category": "SPORTS", "venue": {"name": "体育馆", "address": "杭州", "cityCode": "339999", "lat": 30.27, "lng": 120.15},
				 "startsAt": "%s", "endsAt": "%s", "registrationOpensAt": "%s", "registrationClosesAt": "%s",
				 "capacity": %d, "waitlistEnabled": false}
				""".formatted(orgUnit(base, token), now.plusDays(3), now.plusDays(3).plusHours(2), now.minusMinutes(1),
				now.plusDays(2), seats);
		String created = post(base, token, "mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }",
				"{\"i\": " + input + "}");
		long id = Long.parseLong(find(created, "\"id\":\"(\\d+)\""));
		post(base, token, "mutation { publishEvent(input: {id: " + id + "}) { event { status } } }", "{}");
		return id;
	}

	private static String orgUnit(String base, String token) throws Exception {
		return find(post(base, token, "{ me { organizerOf { id } } }", "{}"), "\"id\":\"(\\d+)\"");
	}

	private static String login(String base, String code) throws Exception {
		String response = post(base, null, "mutation($c: String!) { login(input: {code: $c}) { token } }",
				"{\"c\": \"" + code + "\"}");
		return find(response, "\"token\":\"([^\"]+)\"");
	}

	private static String register(String base, String token, long eventId) throws Exception {
		String response = post(base, token,
				"mutation { registerForEvent(input: {eventId: " + eventId + "}) { registration { status } } }", "{}");
		return response.contains("\"errors\"") ? find(response, "\"code\":\"([A-Z_]+)\"")
				: find(response, "\"status\":\"([A-Z_]+)\"");
	}

	private static String post(String base, String token, String query, String variables) throws Exception {
		String body = "{\"query\": " + quote(query) + ", \"variables\": " + variables + "}";
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("unexpected response: " + text);
		}
		return matcher.group(1);
	}

}
