import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The checks of api/cluster/replicas-behind-nginx.sh: rushes through the load balancer,
 * one replica killed mid-rush, and the scheduled jobs running once, each checked against
 * PostgreSQL (psql, with PGHOST, PGUSER and PGDATABASE from the environment) and against
 * what the WeChat stand-in received (api/cluster/WeChatServer.java).
 *
 * <pre>
 * java api/cluster/BalancerCheck.java BALANCER_URL SENT_LOG VICTIM_PID
 * </pre>
 *
 * Sizes from the environment: WORKERS (1000) log in once and make every rush; CAPACITY (100)
 * seats per event, SEATS (40) in the reading room (the first SEAT_WORKERS, 1000, of the
 * workers rush for them), IN_FLIGHT (200) requests at a time; REMINDERS (300) workers ask to
 * be reminded of a lecture about to start and HELP_REQUESTS (100) others ask for help that
 * nobody accepts. The replicas run with short job intervals and a short acceptance deadline
 * (the script sets them). Exits 1 when a check fails.
 */
public class BalancerCheck {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final Pattern ID = Pattern.compile("\"id\":\"(\\d+)\"");

	private static final String HANGZHOU = "330100";

	private static String base;

	private static final List<String> failures = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: java api/cluster/BalancerCheck.java BALANCER_URL SENT_LOG VICTIM_PID");
			System.exit(2);
		}
		base = args[0];
		Path sentLog = Path.of(args[1]);
		long victim = Long.parseLong(args[2]);
		int workerCount = size("WORKERS", 1000);
		int capacity = size("CAPACITY", 100);
		int seats = size("SEATS", 40);
		int seatWorkers = Math.min(workerCount, size("SEAT_WORKERS", 1000));
		int inFlight = size("IN_FLIGHT", 200);
		int reminders = size("REMINDERS", 300);
		int helpRequests = size("HELP_REQUESTS", 100);
		if (reminders + helpRequests > workerCount) {
			throw new IllegalArgumentException("REMINDERS + HELP_REQUESTS must not exceed WORKERS");
		}
		String run = UUID.randomUUID().toString().substring(0, 6);

		long started = System.nanoTime();
		String admin = login("cluster-admin").token();
		Worker organizerUser = login("cluster-organizer-" + run);
		String unit = psql("SELECT id FROM org_unit WHERE code = '" + HANGZHOU + "'");
		post(admin, "mutation($u: ID!, $o: ID!) { grantOrganizer(input: {userId: $u, orgUnitId: $o}) { user { id } } }",
				"{\"u\": \"" + organizerUser.id() + "\", \"o\": \"" + unit + "\"}");
		String organizer = organizerUser.token();
		List<Worker> workers = eachAtMost(50, IntStream.range(0, workerCount).boxed().toList(),
				(i) -> login("cluster-worker-" + run + "-" + i));
		System.out.printf("set-up: an admin, an organizer of 杭州市总工会 and %d workers logged in through the "
				+ "balancer in %.1f s (%d logins sent again after WECHAT_UNAVAILABLE)%n", workers.size(),
				seconds(started), LOGINS_SENT_AGAIN.get());

		// (a) the registration rush
		long event = createEvent(organizer, unit, capacity, "(a)");
		Rush a = rush(workers, registration(event), inFlight, true, -1, 0);
		a.print("(a) registration rush, " + workers.size() + " workers on " + capacity + " seats, " + inFlight
				+ " in flight");
		checkRegistrations("(a)", event, capacity, a);

		// (b) the seat rush
		String room = createRoom(organizer, unit, seats, run);
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
		Rush b = rush(workers.subList(0, seatWorkers), booking(room, tomorrow), Math.min(inFlight, 100), false, -1, 0);
		b.print("(b) seat rush, " + seatWorkers + " workers on one slot of a " + seats + "-seat room, "
				+ Math.min(inFlight, 100) + " in flight");
		checkBookings("(b)", room, seats, b);

		// (d) reminders and escalations, all three replicas running
		jobsRunOnce(organizer, unit, workers.subList(0, reminders),
				workers.subList(reminders, reminders + helpRequests), run, sentLog);

		// (c) the registration rush again, one replica killed with SIGKILL when half the seats are taken
		long second = createEvent(organizer, unit, capacity, "(c)");
		Rush c = rush(workers, registration(second), inFlight, true, victim, capacity / 2);
		c.print("(c) registration rush, " + workers.size() + " workers on " + capacity + " seats, " + inFlight
				+ " in flight, kill -9 " + victim + " once " + capacity / 2 + " were told CONFIRMED");
		long confirmedOnRetry = c.answers.stream()
			.filter((answer) -> answer.outcome().equals("CONFIRMED") && answer.tries() > 1)
			.count();
		System.out.printf("(c) workers told CONFIRMED only on a retry after a failed try: %d%n", confirmedOnRetry);
		checkRegistrations("(c)", second, capacity, c);
		boolean victimAlive = ProcessHandle.of(victim).map(ProcessHandle::isAlive).orElse(false);
		expect("(c) the killed replica still running", victimAlive ? 1 : 0, 0);

		if (failures.isEmpty()) {
			System.out.println("balancer checks passed");
			return;
		}
		failures.forEach((failure) -> System.out.println("FAILED: " + failure));
		System.exit(1);
	}

	// --- the checks ------------------------------------------------------------------

	private static void checkRegistrations(String name, long event, int capacity, Rush rush) {
		List<Long> stored = ids(psql("SELECT string_agg(user_id::text, ',') FROM registration WHERE event_id = " + event
				+ " AND status = 'CONFIRMED'"));
		int counted = Integer.parseInt(psql("SELECT confirmed_count FROM event WHERE id = " + event));
		Set<Long> seen = rush.workersWith("CONFIRMED");
		Set<Long> lost = new TreeSet<>(seen);
		lost.removeAll(stored);
		Set<Long> unseen = new TreeSet<>(stored);
		unseen.removeAll(seen);
		System.out.printf("%s PostgreSQL: %d CONFIRMED registrations, event.confirmed_count %d; clients saw %d "
				+ "CONFIRMED, of which missing in PostgreSQL: %d; confirmed with no client told: %d%n", name,
				stored.size(), counted, seen.size(), lost.size(), unseen.size());
		expect(name + " confirmed registrations in PostgreSQL", stored.size(), capacity);
		expect(name + " event.confirmed_count", counted, capacity);
		expect(name + " registrations clients saw confirmed and PostgreSQL lacks", lost.size(), 0);
		expect(name + " CONFIRMED answers", seen.size(), capacity);
		expect(name + " workers left without an answer", rush.unanswered(), 0);
	}

	private static void checkBookings(String name, String room, int seats, Rush rush) {
		List<Long> stored = ids(psql("SELECT string_agg(user_id::text, ',') FROM booking WHERE room_id = " + room
				+ " AND status = 'BOOKED'"));
		int seatsTaken = Integer.parseInt(
				psql("SELECT count(DISTINCT seat_no) FROM booking WHERE room_id = " + room + " AND status = 'BOOKED'"));
		Set<Long> seen = rush.workersWith("BOOKED");
		Set<Long> lost = new TreeSet<>(seen);
		lost.removeAll(stored);
		System.out.printf("%s PostgreSQL: %d BOOKED bookings on %d distinct seats; clients saw %d BOOKED, of which "
				+ "missing in PostgreSQL: %d%n", name, stored.size(), seatsTaken, seen.size(), lost.size());
		expect(name + " bookings in PostgreSQL", stored.size(), seats);
		expect(name + " distinct seats booked", seatsTaken, seats);
		expect(name + " BOOKED answers", seen.size(), seats);
		expect(name + " bookings clients saw and PostgreSQL lacks", lost.size(), 0);
	}

	/**
	 * Reminders of a lecture about to start and help requests nobody accepts: with every
	 * replica running the reminder, escalation and sending jobs, each reminder and each
	 * escalation must be queued once, sent once and received by WeChat once.
	 */
	private static void jobsRunOnce(String organizer, String unit, List<Worker> reminded, List<Worker> helped,
			String run, Path sentLog) throws Exception {
		long started = System.nanoTime();
		String lecture = scheduleLecture(organizer, unit, run);
		Rush remind = rush(reminded,
				graphQl("mutation { remindMe(input: {lectureId: " + lecture + "}) { lecture { id } } }"), 50, false,
				-1, 0);
		Rush ask = rush(helped, graphQl("mutation { submitHelpRequest(input: {category: WAGE_ARREARS, "
				+ "description: \"工资拖欠三个月\", cityCode: \"" + HANGZHOU + "\"}) { helpRequest { status } } }"), 50,
				false, -1, 0);
		System.out.printf("(d) %d workers asked to be reminded of lecture %s (starting in 10 minutes) %s; %d asked "
				+ "for help %s%n", reminded.size(), lecture, remind.outcomes, helped.size(), ask.outcomes);
		String helpers = helped.stream().map((worker) -> String.valueOf(worker.id())).collect(Collectors.joining(","));
		String waiting = "SELECT (SELECT count(*) FROM lecture_reminder WHERE lecture_id = " + lecture
				+ " AND status = 'PENDING') + (SELECT count(*) FROM help_request WHERE user_id IN (" + helpers
				+ ") AND escalated_at IS NULL) + (SELECT count(*) FROM subscribe_message WHERE status = 'PENDING')";
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!psql(waiting).equals("0") && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		String page = "pages/lectures/detail?id=" + lecture;
		String reminderRows = psql("SELECT count(*) || ' ' || count(DISTINCT user_id) || ' ' || "
				+ "count(*) FILTER (WHERE status = 'SENT') FROM subscribe_message WHERE template = 'lecture-reminder' "
				+ "AND page = '" + page + "'");
		String escalations = psql("SELECT count(*) || ' ' || count(DISTINCT request_id) FROM help_request_step s "
				+ "JOIN help_request r ON r.id = s.request_id WHERE s.kind = 'ESCALATED' AND r.user_id IN (" + helpers
				+ ")");
		String helpRows = psql("SELECT count(*) || ' ' || count(DISTINCT m.page) || ' ' || "
				+ "count(*) FILTER (WHERE m.status = 'SENT') FROM subscribe_message m WHERE m.template = "
				+ "'help-request-updated' AND m.user_id IN (" + helpers + ")");
		List<String[]> sent = Files.readAllLines(sentLog, StandardCharsets.UTF_8)
			.stream()
			.map((line) -> line.split("\t", -1))
			.toList();
		List<String[]> reminderSends = sent.stream()
			.filter((line) -> line[1].equals("lecture-reminder") && line[2].equals(page))
			.toList();
		Set<String> helpOpenids = helped.stream().map(Worker::openid).collect(Collectors.toSet());
		List<String[]> helpSends = sent.stream()
			.filter((line) -> line[1].equals("help-request-updated") && helpOpenids.contains(line[0]))
			.toList();
		int[] r = numbers(reminderRows);
		int[] e = numbers(escalations);
		int[] h = numbers(helpRows);
		long distinctReminderSends = reminderSends.stream().map((line) -> line[0]).distinct().count();
		long distinctHelpSends = helpSends.stream().map((line) -> line[2]).distinct().count();
		System.out.printf("(d) after %.1f s: reminders queued %d (for %d workers, %d sent), WeChat received %d "
				+ "(for %d workers); escalations %d (of %d requests), messages queued %d (%d requests, %d sent), "
				+ "WeChat received %d (for %d requests)%n", seconds(started), r[0], r[1], r[2], reminderSends.size(),
				distinctReminderSends, e[0], e[1], h[0], h[1], h[2], helpSends.size(), distinctHelpSends);
		expect("(d) reminders queued", r[0], reminded.size());
		expect("(d) workers reminded", r[1], reminded.size());
		expect("(d) reminders sent", r[2], reminded.size());
		expect("(d) reminders WeChat received", reminderSends.size(), reminded.size());
		expect("(d) workers WeChat reminded", (int) distinctReminderSends, reminded.size());
		expect("(d) escalations", e[0], helped.size());
		expect("(d) requests escalated", e[1], helped.size());
		expect("(d) escalation messages queued", h[0], helped.size());
		expect("(d) requests with an escalation message", h[1], helped.size());
		expect("(d) escalation messages sent", h[2], helped.size());
		expect("(d) escalation messages WeChat received", helpSends.size(), helped.size());
		expect("(d) requests WeChat told of", (int) distinctHelpSends, helped.size());
	}

	private static void expect(String what, long actual, long expected) {
		if (actual != expected) {
			failures.add(what + ": " + actual + ", expected " + expected);
		}
	}

	// --- the rush ----------------------------------------------------------------------

	/** A worker logged in: token, user id and WeChat openid. */
	private record Worker(String token, long id, String openid) {
	}

	/** What one worker finally got: the outcome, how many tries, and which replica answered. */
	private record Answer(long worker, String outcome, int tries, String replica) {
	}

	private static final class Rush {

		final List<Answer> answers;

		final double seconds;

		final int failedTries;

		final Map<String, Integer> outcomes = new TreeMap<>();

		final Map<String, Integer> replicas = new TreeMap<>();

		Rush(List<Answer> answers, double seconds, int failedTries) {
			this.answers = answers;
			this.seconds = seconds;
			this.failedTries = failedTries;
			for (Answer answer : answers) {
				this.outcomes.merge(answer.outcome(), 1, Integer::sum);
				this.replicas.merge(answer.replica(), 1, Integer::sum);
			}
		}

		Set<Long> workersWith(String outcome) {
			return this.answers.stream()
				.filter((answer) -> answer.outcome().equals(outcome))
				.map(Answer::worker)
				.collect(Collectors.toCollection(HashSet::new));
		}

		int unanswered() {
			return (int) this.answers.stream().filter((answer) -> !answer.outcome().matches("[A-Z_]+")).count();
		}

		void print(String name) {
			System.out.printf("%s: %d attempts in %.2f s = %.0f attempts/s; outcomes %s; failed tries retried %d; "
					+ "answered by %s%n", name, this.answers.size(), this.seconds, this.answers.size() / this.seconds,
					this.outcomes, this.failedTries, this.replicas);
		}

	}

	/**
	 * Every worker sends {@code body} once, {@code inFlight} at a time. A failed try (no
	 * answer, or an HTTP error from the balancer) is tried again only when {@code retry}
	 * (registration is idempotent per worker: registering again answers with the same
	 * registration). When {@code victim} is a process id, it is killed with SIGKILL once
	 * {@code killAfter} workers have been told CONFIRMED.
	 */
	private static Rush rush(List<Worker> workers, String body, int inFlight, boolean retry, long victim,
			int killAfter) throws Exception {
		AtomicInteger confirmed = new AtomicInteger();
		AtomicInteger failedTries = new AtomicInteger();
		AtomicBoolean killed = new AtomicBoolean(victim < 0);
		ExecutorService pool = Executors.newFixedThreadPool(inFlight);
		long started = System.nanoTime();
		try {
			List<Future<Answer>> futures = new ArrayList<>();
			for (Worker worker : workers) {
				futures.add(pool.submit(() -> {
					Answer answer = attempt(worker, body, retry, failedTries);
					if (answer.outcome().equals("CONFIRMED") && confirmed.incrementAndGet() >= killAfter
							&& killed.compareAndSet(false, true)) {
						kill(victim, confirmed.get());
					}
					return answer;
				}));
			}
			List<Answer> answers = new ArrayList<>();
			for (Future<Answer> future : futures) {
				answers.add(future.get());
			}
			return new Rush(answers, seconds(started), failedTries.get());
		}
		finally {
			pool.shutdown();
		}
	}

	private static Answer attempt(Worker worker, String body, boolean retry, AtomicInteger failedTries)
			throws InterruptedException {
		String outcome = null;
		String replica = "-";
		int tries = 0;
		while (tries < (retry ? 6 : 1)) {
			tries++;
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + worker.token())
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			try {
				HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
				replica = response.headers().firstValue("X-Portal-Replica").orElse("-");
				if (response.statusCode() == 200) {
					return new Answer(worker.id(), outcome(response.body()), tries, replica);
				}
				outcome = "HTTP " + response.statusCode();
			}
			catch (IOException ex) {
				outcome = ex.getClass().getSimpleName();
			}
			failedTries.incrementAndGet();
			Thread.sleep(200L * tries);
		}
		return new Answer(worker.id(), outcome, tries, replica);
	}

	private static String outcome(String body) {
		Matcher code = Pattern.compile("\"code\":\"([A-Z_]+)\"").matcher(body);
		if (code.find()) {
			return code.group(1);
		}
		Matcher status = Pattern.compile("\"status\":\"([A-Z_]+)\"").matcher(body);
		if (status.find()) {
			return status.group(1);
		}
		return body.contains("\"errors\"") ? "ERROR" : "OK";
	}

	private static void kill(long pid, int confirmed) {
		try {
			Process kill = new ProcessBuilder("kill", "-9", String.valueOf(pid)).inheritIO().start();
			System.out.printf("(c) kill -9 %d when %d workers had been told CONFIRMED: exit %d%n", pid, confirmed,
					kill.waitFor());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException("could not kill " + pid, ex);
		}
	}

	// --- the organizer's side ----------------------------------------------------------

	private static String registration(long event) {
		return graphQl("mutation { registerForEvent(input: {eventId: " + event + "}) { registration { status } } }");
	}

	private static String booking(String room, LocalDate day) {
		return graphQl("mutation { bookSeat(input: {roomId: " + room + ", date: \"" + day
				+ "\", from: \"10:00\", to: \"11:00\"}) { booking { status } } }");
	}

	private static long createEvent(String organizer, String unit, int capacity, String name) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		String input = """
				{"orgUnitId": %s, "title": "负载均衡抢票 %s", "summary": "registration rush through the balancer",
				 "kind": "DEMONSTRATION", "category": "SPORTS",
				 "venue": {"name": "体育馆", "address": "杭州", "cityCode": "330100", "lat": 30.27, "lng": 120.15},
				 "startsAt": "%s", "endsAt": "%s", "registrationOpensAt": "%s", "registrationClosesAt": "%s",
				 "capacity": %d, "waitlistEnabled": false}
				""".formatted(unit, name, now.plusDays(3), now.plusDays(3).plusHours(2), now.minusMinutes(1),
				now.plusDays(2), capacity);
		long id = Long.parseLong(find(
				post(organizer, "mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id } } }",
						"{\"i\": " + input + "}"),
				ID));
		find(post(organizer, "mutation { publishEvent(input: {id: " + id + "}) { event { status } } }", "{}"),
				Pattern.compile("\"status\":\"(PUBLISHED)\""));
		return id;
	}

	private static String createRoom(String organizer, String unit, int seats, String run) {
		String hours = IntStream.rangeClosed(1, 7)
			.mapToObj((day) -> "{\"weekday\": " + day + ", \"opens\": \"08:00\", \"closes\": \"21:00\"}")
			.collect(Collectors.joining(",", "[", "]"));
		String input = "{\"orgUnitId\": " + unit + ", \"name\": \"负载均衡抢座 " + run + "\", \"address\": \"杭州\", "
				+ "\"lat\": 30.27, \"lng\": 120.15, \"seatCount\": " + seats + ", \"openingHours\": " + hours + "}";
		return find(post(organizer,
				"mutation($i: CreateReadingRoomInput!) { createReadingRoom(input: $i) { room { id } } }",
				"{\"i\": " + input + "}"), ID);
	}

	/** A lecture in 10 minutes: within the reminder lead, so its reminders are due at once. */
	private static String scheduleLecture(String organizer, String unit, String run) {
		String craftsman = find(post(organizer,
				"mutation($i: CreateCraftsmanInput!) { createCraftsman(input: $i) { craftsman { id } } }",
				"{\"i\": {\"orgUnitId\": " + unit + ", \"name\": \"均衡工匠 " + run + "\", \"trade\": \"钳工\"}}"), ID);
		String classroom = find(post(organizer,
				"mutation($i: CreateClassroomInput!) { createClassroom(input: $i) { classroom { id } } }",
				"{\"i\": {\"orgUnitId\": " + unit + ", \"name\": \"均衡课堂 " + run + "\", \"mode\": \"OFFLINE\", "
						+ "\"address\": \"杭州市西湖区\", \"lat\": 30.27, \"lng\": 120.12, \"capacity\": 500}}"),
				ID);
		OffsetDateTime startsAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.MINUTES).plusMinutes(10);
		return find(post(organizer,
				"mutation($i: ScheduleLectureInput!) { scheduleLecture(input: $i) { lecture { id } } }",
				"{\"i\": {\"classroomId\": " + classroom + ", \"lecturerIds\": [" + craftsman
						+ "], \"topic\": \"班前十分钟：安全生产\", \"startsAt\": \"" + startsAt
						+ "\", \"durationMinutes\": 30}}"),
				ID);
	}

	// --- HTTP, GraphQL and psql ----------------------------------------------------------

	private static final AtomicInteger LOGINS_SENT_AGAIN = new AtomicInteger();

	/**
	 * A login, sent again (up to five times, a second apart) while the portal answers that
	 * WeChat cannot be reached, as the mini-program does: on a loaded machine the WeChat
	 * stand-in is sometimes slower than the portal's timeout.
	 */
	private static Worker login(String code) {
		String answer = "";
		for (int attempt = 1; attempt <= 5; attempt++) {
			answer = post(null, "mutation($c: String!) { login(input: {code: $c}) { token user { id } } }",
					"{\"c\": \"" + code + "\"}");
			if (!answer.contains("\"WECHAT_UNAVAILABLE\"")) {
				break;
			}
			LOGINS_SENT_AGAIN.incrementAndGet();
			pause(Duration.ofSeconds(1));
		}
		return new Worker(find(answer, Pattern.compile("\"token\":\"([^\"]+)\"")), Long.parseLong(find(answer, ID)),
				code);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String post(String token, String query, String variables) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"query\": " + quote(query) + ", \"variables\": " + variables + "}"));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no answer to " + query, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String psql(String sql) {
		try {
			Process psql = new ProcessBuilder("psql", "-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql)
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
			String out = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (psql.waitFor() != 0) {
				throw new IllegalStateException("psql failed: " + sql);
			}
			return out;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Applies {@code call} to every item, at most {@code limit} at a time, in order. */
	private static <T, R> List<R> eachAtMost(int limit, List<T> items, Function<T, R> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(limit);
		try {
			List<Future<R>> futures = items.stream().map((item) -> pool.submit(() -> call.apply(item))).toList();
			List<R> results = new ArrayList<>();
			for (Future<R> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	private static List<Long> ids(String csv) {
		return csv.isEmpty() ? List.of() : Arrays.stream(csv.split(",")).map(Long::valueOf).toList();
	}

	private static int[] numbers(String spaced) {
		return Arrays.stream(spaced.split(" ")).mapToInt(Integer::parseInt).toArray();
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

	private static int size(String name, int fallback) {
		return Integer.parseInt(System.getenv().getOrDefault(name, String.valueOf(fallback)));
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}
}
