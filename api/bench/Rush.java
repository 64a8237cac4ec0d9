import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A rush of workers on the portal, measured with wrk and {@code api/bench/rush.lua}: ATTEMPTS
 * workers send one request each, CLIENTS at a time. From the repository root:
 *
 * <pre>
 * java api/bench/Rush.java registration http://127.0.0.1:8080 2000 100 200   (an event of 100 seats)
 * java api/bench/Rush.java seats http://127.0.0.1:8080 1000 40 100           (one slot of a 40-seat room)
 * </pre>
 *
 * The workers log in first (not timed). The same rush then repeats on fresh events (rooms)
 * for WARMUP_SECONDS (default 60): on two cores the JIT needs minutes of load to compile the
 * registration path, and a portal that has served a morning of registrations has done so.
 * Then MEASURED (default 3) rushes are measured, each on its own fresh event (room): wrk's
 * attempts per second and outcomes, and what the portal itself reports taken afterwards.
 */
public class Rush {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static final Pattern ID = Pattern.compile("\"id\":\"(\\d+)\"");

	public static void main(String[] args) throws Exception {
		if (args.length < 2 || !List.of("registration", "seats").contains(args[0])) {
			System.err.println("usage: java api/bench/Rush.java registration|seats BASE_URL [ATTEMPTS SEATS CLIENTS]");
			System.exit(2);
		}
		boolean registration = args[0].equals("registration");
		String base = args[1];
		int attempts = args.length > 2 ? Integer.parseInt(args[2]) : (registration ? 2000 : 1000);
		int seats = args.length > 3 ? Integer.parseInt(args[3]) : (registration ? 100 : 40);
		int clients = args.length > 4 ? Integer.parseInt(args[4]) : (registration ? 200 : 100);
		long warmUpSeconds = Long.parseLong(System.getenv().getOrDefault("WARMUP_SECONDS", "60"));
		int measured = Integer.parseInt(System.getenv().getOrDefault("MEASURED", "3"));

		Portal portal = new Portal(base, registration, attempts, seats);
		long warmUntil = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
		int warmUps = 0;
		while (System.nanoTime() < warmUntil) {
			wrk(base, portal.workers(), portal.target("warm-up " + ++warmUps).body(), clients);
		}
		System.out.printf("%s rush: %d warm-up rushes in %d s%n", args[0], warmUps, warmUpSeconds);
		List<Double> rates = new ArrayList<>();
		for (int round = 1; round <= measured; round++) {
			Target target = portal.target("measured " + round);
			String outcome = wrk(base, portal.workers(), target.body(), clients);
			rates.add(Double.parseDouble(find(outcome, Pattern.compile("= (\\d+) attempts/s"))));
			System.out.printf("%s rush, %d workers on %d seats, %d in flight: %s; the portal reports %d taken%n",
					args[0], attempts, seats, clients, outcome, portal.taken(target));
		}
		rates.sort(null);
		System.out.printf("%s rush: median %.0f attempts/s over %d rushes%n", args[0], rates.get(rates.size() / 2),
				rates.size());
	}

	/** What a rush is sent at, and how to ask the portal how many seats were taken there. */
	private record Target(String body, String takenQuery) {
	}

	/** The organizer's side of the benchmark: workers, events and rooms to rush. */
	private static final class Portal {

		private final String base;

		private final boolean registration;

		private final int attempts;

		private final int seats;

		private final String run = UUID.randomUUID().toString().substring(0, 6);

		private final String organizer;

		private final String unit;

		private final LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);

		private final List<List<String>> crowds = new ArrayList<>();

		private int rushes;

		Portal(String base, boolean registration, int attempts, int seats) {
			this.base = base;
			this.registration = registration;
			this.attempts = attempts;
			this.seats = seats;
			this.organizer = login(base, "demo-organizer-hangzhou").join();
			this.unit = find(post(base, this.organizer, "{ me { organizerOf { id } } }").join(), ID);
		}

		/**
		 * Workers to rush with. Registration rushes take turns between two crowds, which keeps
		 * each worker well under the registration rate limit; a booking counts against its
		 * worker's limits, so each seat rush has a new crowd.
		 */
		List<String> workers() {
			this.rushes++;
			if (!this.registration) {
				return Rush.workers(this.base, this.run + "-" + this.rushes, this.attempts);
			}
			while (this.crowds.size() <= this.rushes % 2) {
				this.crowds.add(Rush.workers(this.base, this.run + "-" + this.crowds.size(), this.attempts));
			}
			return this.crowds.get(this.rushes % 2);
		}

		Target target(String name) {
			if (this.registration) {
				long event = createEvent(this.base, this.organizer, this.unit, this.seats, name);
				return new Target(
						graphQl("mutation { registerForEvent(input: {eventId: " + event
								+ "}) { registration { status } } }"),
						"{ event(id: " + event + ") { taken: confirmedCount } }");
			}
			String room = createRoom(this.base, this.organizer, this.unit, this.seats, this.run + " " + name);
			return new Target(
					graphQl("mutation { bookSeat(input: {roomId: " + room + ", date: \"" + this.tomorrow
							+ "\", from: \"10:00\", to: \"11:00\"}) { booking { status } } }"),
					"{ readingRoom(id: " + room + ") { availability(date: \"" + this.tomorrow
							+ "\") { from freeSeats } } }");
		}

		int taken(Target target) {
			return Rush.taken(this.base, this.organizer, target.takenQuery(), this.seats);
		}

	}

	private static List<String> workers(String base, String run, int count) {
		List<String> codes = IntStream.range(0, count).mapToObj((i) -> "demo-rush-" + run + "-" + i).toList();
		return eachAtMost(50, codes, (code) -> login(base, code));
	}

	/** Runs the rush in wrk, one connection per client; returns its summary line. */
	private static String wrk(String base, List<String> tokens, String body, int clients)
			throws IOException, InterruptedException {
		Path data = Files.createTempFile("rush", ".lua");
		try {
			Files.writeString(data, tokens.stream().map((token) -> "\"" + token + "\"")
				.collect(Collectors.joining(",\n", "tokens = {\n", "\n}\n")) + "body = [[" + body + "]]\n");
			Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + clients, "-d300s", "-s", "api/bench/rush.lua",
					base + "/graphql", "--", data.toString())
				.redirectErrorStream(true)
				.start();
			String output;
			try (InputStream out = wrk.getInputStream()) {
				output = new String(out.readAllBytes());
			}
			wrk.waitFor();
			return find(output, Pattern.compile("rush: (.*)"));
		}
		finally {
			Files.deleteIfExists(data);
		}
	}

	private static int taken(String base, String token, String query, int seats) {
		String answer = post(base, token, query).join();
		Matcher taken = Pattern.compile("\"taken\":(\\d+)").matcher(answer);
		if (taken.find()) {
			return Integer.parseInt(taken.group(1));
		}
		// the seat rush's slot is 10:00-11:00: the seats taken are those no longer free at 10:00
		return seats - Integer.parseInt(find(answer, Pattern.compile("\"from\":\"10:00\",\"freeSeats\":(\\d+)")));
	}

	private static long createEvent(String base, String token, String unit, int seats, String round) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		String input = """
				{"orgUnitId": %s, "title": "抢票基准 %s", "summary": "registration rush benchmark", "kind": "DEMONSTRATION",
				 "category": "SPORTS", "venue": {"name": "体育馆", "address": "杭州", "cityCode": "339999", "lat": 30.27, "lng": 120.15},
				 "startsAt": "%s", "endsAt": "%s", "registrationOpensAt": "%s", "registrationClosesAt": "%s",
				 "capacity": %d, "waitlistEnabled": false}
				""".formatted(unit, round, now.plusDays(3), now.plusDays(3).plusHours(2), now.minusMinutes(1),
				now.plusDays(2), seats);
		long id = Long.parseLong(find(post(base, token,
				"mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }", "{\"i\": " + input + "}")
			.join(), ID));
		post(base, token, "mutation { publishEvent(input: {id: " + id + "}) { event { status } } }").join();
		return id;
	}

	private static String createRoom(String base, String token, String unit, int seats, String name) {
		String hours = IntStream.rangeClosed(1, 7)
			.mapToObj((day) -> "{\"weekday\": " + day + ", \"opens\": \"08:00\", \"closes\": \"21:00\"}")
			.collect(Collectors.joining(",", "[", "]"));
		String input = "{\"orgUnitId\": " + unit + ", \"name\": \"抢座基准 " + name + "\", \"address\": \"杭州\", "
				+ "\"lat\": 30.27, \"lng\": 120.15, \"seatCount\": " + seats + ", \"openingHours\": " + hours + "}";
		return find(post(base, token,
				"mutation($i: CreateReadingRoomInput!) { createReadingRoom(input: $i) { room { id } } }",
				"{\"i\": " + input + "}")
			.join(), ID);
	}

	/** Applies {@code call} to every item, at most {@code limit} calls in flight. */
	private static List<String> eachAtMost(int limit, List<String> items,
			java.util.function.Function<String, CompletableFuture<String>> call) {
		ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(items);
		List<String> results = java.util.Collections.synchronizedList(new ArrayList<>());
		CompletableFuture.allOf(IntStream.range(0, limit)
			.mapToObj((i) -> next(queue, call, results))
			.toArray(CompletableFuture[]::new)).join();
		return results;
	}

	private static CompletableFuture<Void> next(ConcurrentLinkedQueue<String> queue,
			java.util.function.Function<String, CompletableFuture<String>> call, List<String> results) {
		String item = queue.poll();
		if (item == null) {
			return CompletableFuture.completedFuture(null);
		}
		return call.apply(item).thenCompose((result) -> {
			results.add(result);
			return next(queue, call, results);
		});
	}

	private static CompletableFuture<String> login(String base, String code) {
		return post(base, null, "mutation($c: String!) { login(input: {code: $c}) { token } }",
				"{\"c\": \"" + code + "\"}")
			.thenApply((answer) -> find(answer, Pattern.compile("\"token\":\"([^\"]+)\"")));
	}

	private static CompletableFuture<String> post(String base, String token, String query) {
		return post(base, token, query, "{}");
	}

	private static CompletableFuture<String> post(String base, String token, String query, String variables) {
		String body = "{\"query\": " + quote(query) + ", \"variables\": " + variables + "}";
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::body);
	}

	private static String graphQl(String query) {
		return "{\"query\": " + quote(query) + "}";
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
	}

	private static String find(String text, Pattern pattern) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("unexpected answer: " + text);
		}
		return matcher.group(1);
	}

}
