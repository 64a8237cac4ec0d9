package cn.zjgh.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.BadValues.Bad;
import cn.zjgh.portal.CorpusSchema.Field;
import cn.zjgh.portal.CorpusSchema.InputValue;
import cn.zjgh.portal.CorpusSchema.NamedType;
import cn.zjgh.portal.CorpusSchema.TypeRef;
import cn.zjgh.portal.wechat.SubscribeMessages;
import cn.zjgh.portal.wechat.WeChatStandIn;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standing proof of the bad-input audit: every query and mutation of the schema (read
 * by introspection), and every field argument reachable from a query, is sent a corpus of
 * bad values, one argument or input field at a time, the rest of the document valid. It
 * asks three things of every answer: each error carries a code other than INTERNAL, the
 * status is not 5xx and the answer comes within the timeout; and when the answer is an
 * error, the database is as it was.
 *
 * <p>
 * Callers: anonymous, demo-worker-1, the Hangzhou organizer, the Ningbo organizer (on the
 * Hangzhou rows the documents name) and the admin. The whole corpus goes to the first of
 * worker, Hangzhou organizer, admin, anonymous that the operation lets through (the only
 * caller whose request reaches the rules); a small part of it goes to the others, which
 * are turned away. The admin is used only where it is the one let through.
 */
class BadInputCorpusGraphQlTests extends PortalGraphQlTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final String PRISTINE = "corpus_pristine";

	private static final String BASELINE = "corpus_baseline";

	/** Fields whose value only means something together with another one. */
	private static final Map<String, String> COMPANIONS = Map.of("readingRooms.radiusKm", "near",
			"serviceStations.radiusKm", "near", "LectureFilter.radiusKm", "near", "events.orderBy", "near");

	private static final Set<String> TURNED_AWAY = Set.of("UNAUTHENTICATED", "FORBIDDEN");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(TIMEOUT)
		.build();

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private WeChatStandIn standIn;

	@Autowired
	private SubscribeMessages subscribeMessages;

	private CorpusSchema schema;

	private CorpusFixtures fixtures;

	private BadValues badValues;

	private CorpusDatabase database;

	private final List<String> rateLimitKeys = new ArrayList<>();

	private final List<Failure> failures = new ArrayList<>();

	private final Map<String, Integer> requestsByCaller = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	private int writesUndone;

	private long httpNanos;

	private long guardNanos;

	@Test
	void everyArgumentAnswersBadValuesWithACodeInTimeAndWithoutTouchingTheDatabase() throws Exception {
		long started = System.nanoTime();
		List<Caller> callers = List.of(new Caller("anonymous", null), caller("worker-1"), caller("organizer-hangzhou"),
				caller("organizer-ningbo"), caller("admin"));
		Caller worker = callers.get(1);
		Caller organizer = callers.get(2);
		Caller admin = callers.get(4);
		for (String openid : List.of("demo-worker-1", "demo-worker-2", "demo-organizer-hangzhou",
				"demo-organizer-ningbo", "demo-admin")) {
			for (String action : List.of("book-seat", "register", "comment", "apply-membership", "verify-member-card",
					"report-station", "claim-meal", "submit-help-request")) {
				this.rateLimitKeys.add("portal:rate:" + action + ":" + userId(openid));
			}
		}
		settleOutbox();
		this.database = new CorpusDatabase(this.jdbc);
		this.database.snapshot(PRISTINE);
		try {
			Caller otherWorker = caller("worker-2");
			this.fixtures = new CorpusFixtures(this.jdbc, (doc, vars) -> send(doc, vars, organizer),
					(doc, vars) -> send(doc, vars, worker), (doc, vars) -> send(doc, vars, otherWorker));
			this.notes.addAll(this.fixtures.notes());
			settleOutbox();
			this.schema = CorpusSchema.parse(send(CorpusSchema.INTROSPECTION, Map.of(), null).path("data"));
			this.badValues = new BadValues(foreignCursors());
			this.database.keep(BASELINE);
			guardSeesAWriteAndUndoesIt();

			List<Operation> operations = operations();
			int cases = 0;
			for (Operation operation : operations) {
				List<Case> corpus = corpus(operation);
				cases += corpus.size();
				run(operation, corpus, callers, List.of(worker, organizer, admin, callers.get(0)), admin);
			}
			long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
			int requests = this.requestsByCaller.values().stream().mapToInt(Integer::intValue).sum();
			String summary = String.format(
					"Bad-input corpus: %d operations (%d queries, %d mutations, %d field arguments) × %d cases"
							+ " (%d documents in all) × %d callers → %d requests %s in %d s;"
							+ " (waiting for answers %d s, database guard %d s); %d successful writes undone;"
							+ " %d failing requests",
					operations.size(), count(operations, "query"), count(operations, "mutation"),
					count(operations, "field"), cases / operations.size(), cases, callers.size(), requests,
					this.requestsByCaller, seconds, Duration.ofNanos(this.httpNanos).toSeconds(),
					Duration.ofNanos(this.guardNanos).toSeconds(), this.writesUndone, this.failures.size());
			System.out.println(summary);
			this.notes.forEach((note) -> System.out.println("  note: " + note));
			String report = report();
			assertThat(this.failures.size()).as(() -> summary + "\n" + report).isZero();
		}
		finally {
			this.database.restoreAll(PRISTINE);
			this.database.dropSnapshot(PRISTINE);
			this.database.dropSnapshot(BASELINE);
			for (String pattern : List.of("portal:rate:*", "portal:cache:*", "portal:event-popularity:*",
					"portal:story-views:*", "portal:{story-views}:*")) {
				Set<String> keys = this.redis.keys(pattern);
				if (keys != null && !keys.isEmpty()) {
					this.redis.delete(keys);
				}
			}
			this.standIn.reset();
		}
	}

	/**
	 * Sends what is queued, and waits for a batch the scheduled job holds, so that the
	 * job has nothing to change while we watch.
	 */
	private void settleOutbox() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			while (this.subscribeMessages.sendPending() > 0) {
				// one batch at a time
			}
			Integer pending = this.jdbc
				.queryForObject("SELECT count(*) FROM subscribe_message WHERE status = 'PENDING'", Integer.class);
			if (pending == 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("subscribe messages still pending after 20 s");
	}

	/** The database guard itself: a committed change is seen, named and undone. */
	private void guardSeesAWriteAndUndoesIt() {
		this.jdbc.update("UPDATE season SET name = name WHERE id = (SELECT min(id) FROM season)");
		assertThat(this.database.changedSinceLastLook()).as("tables changed by rewriting a row as it was").isEmpty();
		this.jdbc.update("UPDATE season SET name = name || '·' WHERE id = (SELECT min(id) FROM season)");
		List<String> changed = this.database.changedSinceLastLook();
		assertThat(changed).as("tables changed by changing a row").containsExactly("season");
		this.database.undo(changed);
		assertThat(this.database.differencesFromBaseline()).as("tables still changed once undone").isEmpty();
	}

	private static long count(List<Operation> operations, String kind) {
		return operations.stream().filter((operation) -> operation.kind().equals(kind)).count();
	}

	/**
	 * An operation under test: a root field, or a field argument reached from a root
	 * query field ({@code path} leads from the root to {@code field}, whose arguments
	 * vary).
	 */
	record Operation(String kind, String label, Field root, Map<String, Object> rootArgs, List<String> path,
			Field field) {

	}

	/**
	 * One document: the arguments of the operation's field; null {@code bad} is the base.
	 */
	record Case(String path, Bad bad, Map<String, Object> args, boolean inline) {

		String value() {
			return (this.bad != null) ? this.bad.label() : "(valid base document)";
		}

	}

	private List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		for (Field root : this.schema.roots(false)) {
			operations.add(new Operation("query", root.name(), root, Map.of(), List.of(), root));
		}
		for (Field root : this.schema.roots(true)) {
			operations.add(new Operation("mutation", root.name(), root, Map.of(), List.of(), root));
		}
		operations.addAll(fieldArgumentOperations());
		return operations;
	}

	/**
	 * Fields with arguments below the root, each reached by the shortest path of fields
	 * without arguments from a root query field.
	 */
	private List<Operation> fieldArgumentOperations() {
		record Step(Field root, List<String> path, String type) {
		}
		Map<String, Operation> found = new LinkedHashMap<>();
		Deque<Step> queue = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		for (Field root : this.schema.roots(false)) {
			queue.add(new Step(root, List.of(), root.type().named().name()));
		}
		while (!queue.isEmpty()) {
			Step step = queue.poll();
			NamedType type = this.schema.type(step.type());
			if (type == null || !type.isObject() || step.path().size() > 3) {
				continue;
			}
			for (Field field : type.fields()) {
				String key = type.name() + "." + field.name();
				if (!field.args().isEmpty()) {
					if (!found.containsKey(key)) {
						found.put(key,
								new Operation("field", key + " (via " + step.root().name()
										+ (step.path().isEmpty() ? "" : "." + String.join(".", step.path())) + ")",
										step.root(), baseArgs(step.root()), step.path(), field));
					}
				}
				else if (seen.add(key)) {
					List<String> path = new ArrayList<>(step.path());
					path.add(field.name());
					queue.add(new Step(step.root(), path, field.type().named().name()));
				}
			}
		}
		return new ArrayList<>(found.values());
	}

	private Map<String, Object> baseArgs(Field field) {
		Map<String, Object> args = new LinkedHashMap<>();
		for (InputValue arg : field.args()) {
			if (arg.required()) {
				args.put(arg.name(), this.fixtures.plausible(this.schema, field.name(), arg.name(), arg.type(), 0));
			}
		}
		return args;
	}

	private List<Case> corpus(Operation operation) {
		Field field = operation.field();
		Map<String, Object> base = baseArgs(field);
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("(base)", null, base, false));
		for (InputValue arg : field.args()) {
			positions(cases, arg.name(), arg.type(), field.name(), arg.name(),
					place(base, field.args(), field.name(), arg.name(), (Map<String, Object> args) -> args), 0);
		}
		return cases;
	}

	/**
	 * How a value at one position becomes the whole argument map: a copy of the base with
	 * the value (and its companion, if it has one) put in.
	 */
	private Function<Object, Map<String, Object>> place(Map<String, Object> base, List<InputValue> siblings,
			String owner, String name, Function<? super Map<String, Object>, Map<String, Object>> outer) {
		return (value) -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> copy = (Map<String, Object>) CorpusJson.copy(base);
			String companion = COMPANIONS.get(owner + "." + name);
			if (companion != null) {
				siblings.stream()
					.filter((sibling) -> sibling.name().equals(companion))
					.findFirst()
					.ifPresent((sibling) -> copy.put(companion,
							this.fixtures.plausible(this.schema, owner, companion, sibling.type(), 0)));
			}
			copy.put(name, value);
			return outer.apply(copy);
		};
	}

	private void positions(List<Case> cases, String path, TypeRef type, String owner, String name,
			Function<Object, Map<String, Object>> place, int depth) {
		TypeRef nullable = type.nullable();
		if (nullable.isList()) {
			Object element = this.fixtures.plausible(this.schema, owner, name, nullable.element(), 0);
			for (Bad bad : this.badValues.list(element)) {
				cases.add(new Case(path, bad, place.apply(bad.value()), false));
			}
			positions(cases, path + "[0]", nullable.element(), owner, name,
					(value) -> place.apply(new ArrayList<>(List.of(value))), depth + 1);
			return;
		}
		NamedType named = this.schema.type(nullable);
		if ("INPUT_OBJECT".equals(named.kind())) {
			if (depth > 4) {
				return;
			}
			for (Bad bad : this.badValues.inputObject()) {
				cases.add(new Case(path, bad, place.apply(bad.value()), false));
			}
			Map<String, Object> base = this.fixtures.object(this.schema, named, 0);
			for (InputValue field : named.inputFields()) {
				positions(cases, path + "." + field.name(), field.type(), named.name(), field.name(),
						place(base, named.inputFields(), named.name(), field.name(), place), depth + 1);
			}
			return;
		}
		Object plausible = this.fixtures.plausible(this.schema, owner, name, nullable, 0);
		for (Bad bad : this.badValues.scalar(named.name(), named.enumValues(), name, plausible,
				this.fixtures.otherUnit(owner, name))) {
			cases.add(new Case(path, bad, place.apply(bad.value()), false));
			if (bad.inline()) {
				cases.add(new Case(path, bad, place.apply(bad.value()), true));
			}
		}
	}

	private void run(Operation operation, List<Case> corpus, List<Caller> callers, List<Caller> priority, Caller admin)
			throws Exception {
		Case base = corpus.get(0);
		Map<Caller, Answer> baseAnswers = new LinkedHashMap<>();
		for (Caller caller : callers) {
			baseAnswers.put(caller, check(operation, base, caller));
		}
		Caller full = priority.stream()
			.filter((caller) -> !baseAnswers.get(caller).turnedAway())
			.findFirst()
			.orElse(null);
		if (full == null) {
			this.notes.add(operation.label() + ": every caller is turned away by the base document");
		}
		else if (baseAnswers.get(full).hasErrors()) {
			this.notes.add(operation.label() + ": base document as " + full.name() + " answers "
					+ baseAnswers.get(full).codes() + " " + baseAnswers.get(full).message());
		}
		for (Caller caller : callers) {
			if (caller == admin && caller != full) {
				continue;
			}
			int timeouts = 0;
			for (Case c : corpus.subList(1, corpus.size())) {
				if (caller != full && (!c.bad().small() || c.inline())) {
					continue;
				}
				Answer answer = check(operation, c, caller);
				if (answer.timedOut() && ++timeouts >= 3) {
					this.notes.add(operation.label() + " as " + caller.name() + ": stopped after 3 timeouts");
					break;
				}
			}
		}
	}

	/** Sends one case, records what is wrong with the answer, puts the database back. */
	private Answer check(Operation operation, Case c, Caller caller) throws Exception {
		String body = body(operation, c);
		long sent = System.nanoTime();
		Answer answer = post(body, caller.token());
		if (answer.codes().contains("RATE_LIMITED")) {
			// an acceptable answer, but one that hides what the value would do
			this.redis.delete(this.rateLimitKeys);
			answer = post(body, caller.token());
		}
		long answered = System.nanoTime();
		this.httpNanos += answered - sent;
		this.requestsByCaller.merge(caller.name(), 1, Integer::sum);
		List<String> problems = answer.problems();
		if (answer.timedOut()) {
			this.database.cancelRunaways(5);
		}
		List<String> changed = this.database.changedSinceLastLook();
		if (!changed.isEmpty()) {
			this.database.undo(changed);
			this.writesUndone++;
			if (answer.hasErrors()) {
				// confirm, so that a background job writing at that moment is not blamed
				Answer again = post(body, caller.token());
				List<String> changedAgain = this.database.changedSinceLastLook();
				if (!changedAgain.isEmpty()) {
					this.database.undo(changedAgain);
					if (again.hasErrors()) {
						problems.add("DB CHANGED on error: " + changedAgain + " (" + answer.codes() + ")");
					}
				}
			}
		}
		this.guardNanos += System.nanoTime() - answered;
		for (String problem : problems) {
			this.failures.add(new Failure(operation.label(), c.path(), c.value(),
					(c.bad() != null) ? CorpusJson.preview(c.bad().value()) : "", caller.name(), c.inline(), problem,
					answer.message()));
		}
		return answer;
	}

	private String body(Operation operation, Case c) {
		Map<String, Object> variables = new LinkedHashMap<>();
		List<String> definitions = new ArrayList<>();
		List<String> arguments = new ArrayList<>();
		Field field = operation.field();
		c.args().forEach((name, value) -> {
			TypeRef type = field.args()
				.stream()
				.filter((arg) -> arg.name().equals(name))
				.findFirst()
				.map(InputValue::type)
				.orElseThrow();
			if (c.inline()) {
				arguments.add(name + ": " + CorpusJson.literal(value, type, this.schema));
			}
			else {
				definitions.add("$" + name + ": " + type.sdl());
				arguments.add(name + ": $" + name);
				variables.put(name, value);
			}
		});
		String selection = field.name() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")")
				+ payload(field.type());
		if (!operation.path().isEmpty() || operation.root() != field) {
			List<String> rootArguments = new ArrayList<>();
			operation.rootArgs()
				.forEach((name,
						value) -> rootArguments.add(name + ": "
								+ CorpusJson.literal(value,
										operation.root()
											.args()
											.stream()
											.filter((arg) -> arg.name().equals(name))
											.findFirst()
											.orElseThrow()
											.type(),
										this.schema)));
			StringBuilder nested = new StringBuilder(operation.root().name());
			if (!rootArguments.isEmpty()) {
				nested.append('(').append(String.join(", ", rootArguments)).append(')');
			}
			for (String step : operation.path()) {
				nested.append(" { ").append(step);
			}
			nested.append(" { ").append(selection).append(" }");
			nested.append(" }".repeat(operation.path().size()));
			selection = nested.toString();
		}
		String document = (operation.kind().equals("mutation") ? "mutation" : "query") + " Corpus"
				+ (definitions.isEmpty() ? "" : "(" + String.join(", ", definitions) + ")") + " { " + selection + " }";
		return "{\"query\":" + CorpusJson.quote(document) + ",\"variables\":" + CorpusJson.json(variables) + "}";
	}

	private String payload(TypeRef type) {
		NamedType named = this.schema.type(type);
		return (named != null && named.isObject()) ? " { __typename }" : "";
	}

	private Answer post(String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json;
			try {
				json = CorpusJson.JSON.readTree(response.body());
			}
			catch (RuntimeException ex) {
				json = null;
			}
			return new Answer(response.statusCode(), json, response.body(), false);
		}
		catch (HttpTimeoutException ex) {
			return new Answer(0, null, "", true);
		}
	}

	private JsonNode send(String document, Map<String, Object> variables, Caller caller) {
		try {
			String body = "{\"query\":" + CorpusJson.quote(document) + ",\"variables\":" + CorpusJson.json(variables)
					+ "}";
			Answer answer = post(body, (caller != null) ? caller.token() : null);
			return (answer.body() != null) ? answer.body() : CorpusJson.JSON.readTree("{}");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** End cursors of a few lists, to be sent to the others. */
	private List<String> foreignCursors() {
		List<String> cursors = new ArrayList<>();
		for (String list : List.of("seasons", "events", "orgUnits", "stories", "readingRooms", "lectures", "craftsmen",
				"serviceStations")) {
			JsonNode cursor = send("{ " + list + "(first: 1) { pageInfo { endCursor } } }", Map.of(), null).path("data")
				.path(list)
				.path("pageInfo")
				.path("endCursor");
			if (cursor.isString()) {
				cursors.add(cursor.asString());
			}
		}
		return cursors;
	}

	private Caller caller(String demoName) {
		return new Caller(demoName, login("demo-" + demoName));
	}

	record Caller(String name, String token) {

	}

	/** What came back: the status and body, or a timeout. */
	record Answer(int status, JsonNode body, String raw, boolean timedOut) {

		List<JsonNode> errors() {
			List<JsonNode> errors = new ArrayList<>();
			if (this.body != null) {
				this.body.path("errors").forEach(errors::add);
			}
			return errors;
		}

		boolean hasErrors() {
			return this.timedOut || this.status >= 400 || this.body == null || !errors().isEmpty();
		}

		boolean turnedAway() {
			return errors().stream().anyMatch((error) -> TURNED_AWAY.contains(code(error)));
		}

		List<String> codes() {
			if (this.timedOut) {
				return List.of("timeout");
			}
			List<String> codes = errors().stream().map(Answer::code).distinct().collect(Collectors.toList());
			if (this.status != 200) {
				codes.add(0, "HTTP " + this.status);
			}
			return codes;
		}

		String message() {
			return errors().stream()
				.map((error) -> error.path("message").asString())
				.findFirst()
				.orElse(this.raw.length() > 120 ? this.raw.substring(0, 120) : this.raw);
		}

		List<String> problems() {
			List<String> problems = new ArrayList<>();
			if (this.timedOut) {
				problems.add("TIMEOUT (" + TIMEOUT.toSeconds() + " s)");
				return problems;
			}
			if (this.status >= 500) {
				problems.add("HTTP " + this.status);
			}
			if (this.body == null && this.status < 400) {
				problems.add("HTTP " + this.status + " without a JSON body");
			}
			for (JsonNode error : errors()) {
				String code = code(error);
				if (code == null) {
					problems.add("error without extensions.code");
				}
				else if (code.equals("INTERNAL")) {
					problems.add("INTERNAL");
				}
			}
			return problems;
		}

		static String code(JsonNode error) {
			JsonNode code = error.path("extensions").path("code");
			return code.isString() ? code.asString() : null;
		}

	}

	record Failure(String operation, String path, String value, String preview, String caller, boolean inline,
			String problem, String message) {

	}

	/**
	 * The failures folded twice: first per problem and kind of value (the arguments that
	 * met it), then kinds of value that failed at exactly the same arguments are put in
	 * one entry, as they most likely share a cause. Each entry names the callers that met
	 * it and one value and message as an example.
	 */
	private String report() {
		Map<String, Set<String>> places = new TreeMap<>();
		Map<String, Set<String>> callers = new TreeMap<>();
		Map<String, Failure> example = new LinkedHashMap<>();
		for (Failure failure : this.failures) {
			String key = failure.problem() + "\t" + failure.value() + (failure.inline() ? " (inline)" : "");
			places.computeIfAbsent(key, (k) -> new TreeSet<>()).add(failure.operation() + " " + failure.path());
			callers.computeIfAbsent(key, (k) -> new TreeSet<>()).add(failure.caller());
			example.putIfAbsent(key, failure);
		}
		Map<String, List<String>> entries = new TreeMap<>();
		places.forEach(
				(key, where) -> entries
					.computeIfAbsent(key.substring(0, key.indexOf('\t')) + "\t" + String.join("; ", where),
							(k) -> new ArrayList<>())
					.add(key));
		StringBuilder report = new StringBuilder("Failures, kinds of value that fail at the same arguments together (")
			.append(entries.size())
			.append(" entries, ")
			.append(this.failures.size())
			.append(" requests):\n");
		entries.forEach((entry, keys) -> {
			String problem = entry.substring(0, entry.indexOf('\t'));
			Set<String> where = places.get(keys.get(0));
			Set<String> who = new TreeSet<>();
			keys.forEach((key) -> who.addAll(callers.get(key)));
			Failure failure = example.get(keys.get(0));
			report.append("- ")
				.append(problem)
				.append(" for ")
				.append(keys.stream()
					.map((key) -> key.substring(key.indexOf('\t') + 1))
					.collect(Collectors.joining(", ")))
				.append("\n    e.g. ")
				.append(failure.operation())
				.append(' ')
				.append(failure.path())
				.append(" = ")
				.append(failure.preview())
				.append(" → \"")
				.append(failure.message()
					.replace("\n", " ")
					.replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "…"))
				.append("\"; callers ")
				.append(String.join(", ", who))
				.append("\n    at ")
				.append(where.size())
				.append(" arguments: ")
				.append(String.join("; ", where))
				.append('\n');
		});
		return report.toString();
	}

}
