package cn.zjgh.portal.replica;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import cn.zjgh.portal.PortalGraphQlTests;
import cn.zjgh.portal.RedisUnderTest;
import cn.zjgh.portal.event.EventFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a streaming replica of a real PostgreSQL primary
 * ({@code api/cluster/test-with-replica.sh} makes one and passes
 * {@code -Dportal.test.pg-replica=host:port}): the demo data in a database of their own,
 * the replica's replay paused and resumed to make it fall behind. What workers browse
 * comes from the replica while it is in time; registrations, and a caller's own reads
 * right after a mutation (a worker's own booking in the availability they read next,
 * while other workers still read the replica's), come from the primary; a replica further
 * behind than the bound is skipped, and read again once it has caught up.
 */
@EnabledIfSystemProperty(named = ReadReplicaGraphQlTests.REPLICA, matches = ".+")
@ActiveProfiles("demo")
class ReadReplicaGraphQlTests extends PortalGraphQlTests {

	static final String REPLICA = "portal.test.pg-replica";

	static final String PRIMARY = "portal.test.pg-primary";

	private static final String DATABASE = "portal_replica_test";

	private static final Duration MAX_LAG = Duration.ofSeconds(10);

	private static final Duration CHECK_EVERY = Duration.ofMillis(200);

	private static final String STATIONS = """
			query($unit: ID!) { serviceStations(orgUnitId: $unit, first: 50) { edges { node { name } } } }
			""";

	private static final String CREATE_STATION = """
			mutation($input: CreateServiceStationInput!) { createServiceStation(input: $input) { station { id } } }
			""";

	private static final String REGISTER = """
			mutation($id: ID!) { registerForEvent(input: {eventId: $id}) { registration { status } } }
			""";

	private static final String MY_REGISTRATIONS = """
			{ myRegistrations(first: 10) { edges { node { status event { id } } } } }
			""";

	private static final String CREATE_ROOM = """
			mutation($input: CreateReadingRoomInput!) { createReadingRoom(input: $input) { room { id } } }
			""";

	private static final String BOOK = """
			mutation($room: ID!, $date: Date!) {
			  bookSeat(input: {roomId: $room, date: $date, from: "10:00", to: "11:00", seatNo: 1}) { booking { seatNo } }
			}
			""";

	private static final String FREE_SEATS_AT_TEN = """
			query($room: ID!, $date: Date!) { readingRoom(id: $room) { availability(date: $date) { from freeSeatNos } } }
			""";

	@Autowired
	private ReplicaLag lag;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) throws SQLException {
		String primary = System.getProperty(PRIMARY, "127.0.0.1:5432");
		try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + primary + "/postgres", "postgres",
				""); Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + DATABASE);
		}
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://" + primary + "/" + DATABASE);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("portal.datasource.replicas",
				() -> "jdbc:postgresql://" + System.getProperty(REPLICA) + "/" + DATABASE);
		registry.add("portal.datasource.max-lag", () -> MAX_LAG.toMillis() + "ms");
		registry.add("portal.datasource.check-every", () -> CHECK_EVERY.toMillis() + "ms");
		for (String property : RedisUnderTest.properties(6379, 6)) {
			String[] nameAndValue = property.split("=", 2);
			registry.add(nameAndValue[0], () -> nameAndValue[1]);
		}
	}

	@AfterEach
	void replayAgain() throws SQLException {
		replica("SELECT pg_wal_replay_resume()");
	}

	@Test
	void browsingReadsTheReplicaWhileDecisionsAndTheCallersOwnReadsReadThePrimary() throws Exception {
		long unit = orgUnitId("杭州市总工会");
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		HttpGraphQlTester worker = as("demo-replica-reader");
		awaitThat(() -> replica().usable(), "the replica is in time");

		replica("SELECT pg_wal_replay_pause()");
		Instant paused = Instant.now();
		String first = createStation(organizer, unit, "暂停回放时新建的驿站");
		assertThat(stations(this.graphQlTester, unit)).as("anonymous, from the replica").doesNotContain(first);
		assertThat(stations(worker, unit)).as("a worker who changed nothing, from the replica").doesNotContain(first);
		assertThat(stations(organizer, unit)).as("the organizer right after creating it, from the primary")
			.contains(first);

		Map<String, Object> input = EventFixtures.input(unit, EventFixtures.freshCity(), "副本落后时的报名");
		input.put("capacity", 5);
		long eventId = EventFixtures.createAndPublish(organizer, input);
		List<String> statuses = registerAll(eventId, 12);
		assertThat(statuses).filteredOn("CONFIRMED"::equals).hasSize(5);
		assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(7);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'", Integer.class,
				eventId))
			.isEqualTo(5);
		assertThat(onTheReplica("SELECT count(*) FROM event WHERE id = " + eventId)).as("the replica has not the event")
			.isZero();
		assertThat(replica().usable())
			.as("the replica was still read during the registrations, %s after pausing",
					Duration.between(paused, Instant.now()))
			.isTrue();

		awaitThat(() -> !replica().usable(), "the replica, paused, is skipped");
		// the last position it replayed was recorded up to a check (and the check's own
		// time)
		// before the pause
		assertThat(Duration.between(paused, Instant.now()))
			.isGreaterThanOrEqualTo(MAX_LAG.minus(CHECK_EVERY.multipliedBy(2)));
		assertThat(stations(this.graphQlTester, unit)).as("anonymous, from the primary").contains(first);

		replica("SELECT pg_wal_replay_resume()");
		awaitThat(() -> replica().usable(), "the replica, caught up, is read again");
		assertThat(stations(this.graphQlTester, unit)).as("anonymous, from the replica again").contains(first);

		replica("SELECT pg_wal_replay_pause()");
		String second = createStation(organizer, unit, "再次暂停时新建的驿站");
		assertThat(stations(this.graphQlTester, unit)).as("anonymous, from the replica again")
			.contains(first)
			.doesNotContain(second);
	}

	@Test
	void aWorkersOwnBookingIsInTheAvailabilityTheyReadRightAfterWhileOthersReadTheReplica() throws Exception {
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long room = createRoom(organizer, orgUnitId("杭州市总工会"));
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
		awaitThat(() -> replica().usable() && onTheReplica("SELECT count(*) FROM reading_room WHERE id = " + room) == 1,
				"the replica has the room");
		HttpGraphQlTester booker = as("demo-replica-booker");
		HttpGraphQlTester onlooker = as("demo-replica-onlooker");

		replica("SELECT pg_wal_replay_pause()");
		booker.document(BOOK)
			.variable("room", room)
			.variable("date", tomorrow)
			.execute()
			.path("bookSeat.booking.seatNo")
			.entity(Integer.class)
			.isEqualTo(1);
		assertThat(freeSeatsAtTen(onlooker, room, tomorrow)).as("another worker, from the replica").contains(1);
		assertThat(freeSeatsAtTen(this.graphQlTester, room, tomorrow)).as("anonymous, from the replica").contains(1);
		assertThat(freeSeatsAtTen(booker, room, tomorrow)).as("the worker who booked it, from the primary")
			.doesNotContain(1)
			.contains(2);
		assertThat(replica().usable()).as("the replica was still read").isTrue();
		assertThat(onTheReplica("SELECT count(*) FROM booking WHERE room_id = " + room))
			.as("the replica has no booking")
			.isZero();
	}

	private static long createRoom(HttpGraphQlTester organizer, long unit) {
		List<Map<String, Object>> hours = new ArrayList<>();
		for (int day = 1; day <= 7; day++) {
			hours.add(Map.of("weekday", day, "opens", "08:00", "closes", "21:00"));
		}
		Map<String, Object> input = Map.of("orgUnitId", unit, "name", "副本测试书屋", "address", "杭州市上城区解放路 2 号", "lat",
				30.25, "lng", 120.17, "seatCount", 2, "openingHours", hours);
		return organizer.document(CREATE_ROOM)
			.variable("input", input)
			.execute()
			.path("createReadingRoom.room.id")
			.entity(Long.class)
			.get();
	}

	private static List<Integer> freeSeatsAtTen(HttpGraphQlTester tester, long room, String date) {
		return tester.document(FREE_SEATS_AT_TEN)
			.variable("room", room)
			.variable("date", date)
			.execute()
			.path("readingRoom.availability[?(@.from == '10:00')].freeSeatNos[*]")
			.entityList(Integer.class)
			.get();
	}

	private List<String> registerAll(long eventId, int workers) throws Exception {
		List<HttpGraphQlTester> testers = new ArrayList<>();
		for (int i = 0; i < workers; i++) {
			testers.add(as("demo-replica-rush-" + eventId + "-" + i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		try {
			List<Callable<String>> registrations = testers.stream()
				.<Callable<String>>map((tester) -> () -> tester.document(REGISTER)
					.variable("id", eventId)
					.execute()
					.path("registerForEvent.registration.status")
					.entity(String.class)
					.get())
				.toList();
			List<String> statuses = new ArrayList<>();
			for (Future<String> status : pool.invokeAll(registrations)) {
				statuses.add(status.get());
			}
			for (HttpGraphQlTester tester : testers) {
				tester.document(MY_REGISTRATIONS)
					.execute()
					.path("myRegistrations.edges[*].node.event.id")
					.entityList(Long.class)
					.contains(eventId);
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String createStation(HttpGraphQlTester organizer, long unit, String name) {
		Map<String, Object> input = Map.of("orgUnitId", unit, "name", name, "address", "杭州市上城区解放路 1 号", "lat", 30.25,
				"lng", 120.17, "services", List.of("DRINKING_WATER", "REST_AREA"), "open24h", true);
		organizer.document(CREATE_STATION)
			.variable("input", input)
			.execute()
			.path("createServiceStation.station.id")
			.hasValue();
		return name;
	}

	private static List<String> stations(HttpGraphQlTester tester, long unit) {
		return tester.document(STATIONS)
			.variable("unit", unit)
			.execute()
			.path("serviceStations.edges[*].node.name")
			.entityList(String.class)
			.get();
	}

	private Replica replica() {
		return this.lag.replicas().get(0);
	}

	private static long onTheReplica(String sql) {
		try (Connection connection = DriverManager
			.getConnection("jdbc:postgresql://" + System.getProperty(REPLICA) + "/" + DATABASE, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void replica(String sql) throws SQLException {
		try (Connection admin = DriverManager
			.getConnection("jdbc:postgresql://" + System.getProperty(REPLICA) + "/postgres", "postgres", "");
				Statement statement = admin.createStatement()) {
			statement.execute(sql);
		}
	}

	private static void awaitThat(BooleanSupplier condition, String what) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(60);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waiting until %s", what).isBefore(deadline);
			Thread.sleep(50);
		}
	}

}
