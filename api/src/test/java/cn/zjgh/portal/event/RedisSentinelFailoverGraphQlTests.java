package cn.zjgh.portal.event;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.sentinel.api.StatefulRedisSentinelConnection;

import cn.zjgh.portal.PortalGraphQlTests;
import cn.zjgh.portal.RedisUnderTest;
import cn.zjgh.portal.shared.RedisGuard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On Redis Sentinel only: during a registration rush the master is killed (SIGKILL), and
 * the sentinels promote its replica. PostgreSQL decides every registration, so none is
 * lost and exactly the seats are confirmed; the listings keep answering (from PostgreSQL
 * while there is no master). The portal's client asks the sentinels for the master each
 * time it reconnects, so without a restart its writes land on the promoted replica: the
 * listing cache, the popularity board and the rate limits work there again.
 */
class RedisSentinelFailoverGraphQlTests extends PortalGraphQlTests {

	private static final int WORKERS = 300;

	private static final int SEATS = 50;

	/** Registrations answered before the master is killed. */
	private static final int KILL_AFTER = 60;

	private static final String GENERATION = "portal:cache:" + EventListingCache.NAME + ":generation";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private RedisGuard guard;

	/** A client of this test's own, to ask the sentinels and the servers directly. */
	private RedisClient direct;

	@BeforeEach
	void onSentinel() {
		RedisUnderTest.assumeSentinel();
		this.direct = RedisClient.create();
	}

	@AfterEach
	void closeDirectClient() {
		if (this.direct != null) {
			this.direct.shutdown(Duration.ZERO, Duration.ofSeconds(1));
		}
	}

	@Test
	void theMasterKilledDuringARushLosesNoRegistrationAndThePortalFollowsThePromotedReplica() throws Exception {
		InetSocketAddress oldMaster = master();
		ProcessHandle oldMasterProcess = processOf(oldMaster);
		String city = EventFixtures.freshCity();
		Map<String, Object> input = EventFixtures.input(orgUnitId("杭州市总工会"), city, "哨兵切换抢票");
		input.put("capacity", SEATS);
		input.put("waitlistEnabled", true);
		long eventId = EventFixtures.createAndPublish(as("demo-organizer-hangzhou"), input);
		assertThat(popular(city)).contains("\"id\":\"" + eventId + "\"");
		// read during the rush: another city's first screen, so that this city's board is
		// rebuilt after the rush (a rebuild that overlaps moves can miss some of them)
		String elsewhere = EventFixtures.freshCity();
		long elsewhereId = EventFixtures.createAndPublish(as("demo-organizer-hangzhou"),
				EventFixtures.input(orgUnitId("杭州市总工会"), elsewhere, "别处的活动"));
		Long boardOnOldMaster = on(oldMaster, (redis) -> redis.exists("portal:event-popularity:" + city));
		assertThat(boardOnOldMaster).isEqualTo(1L);

		String run = UUID.randomUUID().toString().substring(0, 6);
		ExecutorService reader = Executors.newSingleThreadExecutor();
		ExecutorService watcher = Executors.newSingleThreadExecutor();
		AtomicBoolean reading = new AtomicBoolean(true);
		ConcurrentLinkedQueue<String> readFailures = new ConcurrentLinkedQueue<>();
		AtomicInteger reads = new AtomicInteger();
		try (RegistrationRush rush = new RegistrationRush(WORKERS, (i) -> login("demo-sentinel-" + run + "-" + i))) {

			// the first screen and the first page of the listing, both cached in Redis
			Future<Long> slowestRead = reader.submit(() -> {
				long slowest = 0;
				while (reading.get()) {
					boolean first = reads.getAndIncrement() % 2 == 0;
					long sent = System.nanoTime();
					String answer = first ? popular(elsewhere) : soonest();
					slowest = Math.max(slowest, System.nanoTime() - sent);
					boolean listed = first ? answer.contains("\"id\":\"" + elsewhereId + "\"")
							: answer.contains("\"edges\":[{");
					if (answer.contains("\"errors\"") || !listed) {
						readFailures.add(answer);
					}
					Thread.sleep(20);
				}
				return slowest;
			});

			rush.start((token) -> register(token, eventId), KILL_AFTER);
			long killedAt = System.nanoTime();
			oldMasterProcess.destroyForcibly();
			assertThat(oldMasterProcess.onExit().get(5, TimeUnit.SECONDS).isAlive()).isFalse();
			Future<Failover> failover = watcher.submit(() -> watchFailover(oldMaster, run));
			List<String[]> answers = rush.answers();
			long rushEnded = System.nanoTime();
			InetSocketAddress newMaster = failover.get().newMaster();
			long promotedAt = failover.get().promotedAt();
			long followedAt = failover.get().followedAt();
			await("the portal to use Redis again", () -> !this.guard.isPaused());

			long servedAgainAt = awaitListingCachedOn(newMaster, city);
			long boardExactAt = awaitBoard(newMaster, city, eventId);
			reading.set(false);
			long slowest = slowestRead.get();
			String generationBefore = on(newMaster, (redis) -> redis.get(GENERATION));
			long otherEvent = EventFixtures.createAndPublish(as("demo-organizer-hangzhou"),
					EventFixtures.input(orgUnitId("杭州市总工会"), city, "切换之后"));
			String generationAfter = on(newMaster, (redis) -> redis.get(GENERATION));
			List<String> repeated = registerUntilLimited(login("demo-sentinel-" + run + "-limited"), otherEvent);
			long limitedAt = System.nanoTime();
			String rateKey = "portal:rate:register:" + userId("demo-sentinel-" + run + "-limited");

			System.out.printf(
					"sentinel failover during a rush: %d registrations in %d ms, master %s killed after %d answers "
							+ "at %d ms; %s; %d listing reads, slowest %d ms, %d failed; after the kill: the sentinels "
							+ "named %s at %d ms, the portal wrote there at %d ms; once the rush was over (%d ms) "
							+ "the listing was cached there by %d ms, the board exact by %d ms, and a worker "
							+ "registering %d times in a row was limited by %d ms%n",
					WORKERS, ms(rushEnded - rush.startedAt()), oldMaster.getPort(), KILL_AFTER,
					ms(killedAt - rush.startedAt()), RegistrationRush.outcome(answers), reads.get(), ms(slowest),
					readFailures.size(), newMaster.getPort(), ms(promotedAt - killedAt), ms(followedAt - killedAt),
					ms(rushEnded - killedAt), ms(servedAgainAt - killedAt), ms(boardExactAt - killedAt),
					repeated.size(), ms(limitedAt - killedAt));

			RegistrationRush.assertNoneLostAndExactlyTheSeats(this.jdbc, eventId, answers, SEATS);
			assertThat(readFailures).as("listing answers during the failover").isEmpty();
			assertThat(Long.parseLong(generationAfter)).as("an invalidation after the failover, on the new master")
				.isGreaterThan((generationBefore != null) ? Long.parseLong(generationBefore) : 0L);
			assertThat(repeated).as("a worker pressing register again and again after the failover")
				.hasSize(Registrations.REGISTER_LIMIT + 1)
				.endsWith("RATE_LIMITED")
				.doesNotContain("UNEXPECTED");
			String rateCount = on(newMaster, (redis) -> redis.get(rateKey));
			assertThat(rateCount).as("the rate counter on the new master")
				.isEqualTo(Integer.toString(Registrations.REGISTER_LIMIT + 1));
		}
		finally {
			reading.set(false);
			reader.shutdownNow();
			watcher.shutdownNow();
		}
	}

	/**
	 * Waits for the sentinels to name another master, then for the portal's own client to
	 * write there, and tells when each happened.
	 */
	private Failover watchFailover(InetSocketAddress oldMaster, String run) throws InterruptedException {
		InetSocketAddress newMaster = awaitValue("the sentinels to promote the replica", () -> {
			InetSocketAddress now = master();
			return now.equals(oldMaster) ? null : now;
		});
		long promotedAt = System.nanoTime();
		String probe = "portal:test:sentinel-probe:" + run;
		await("the portal's client to write on the promoted replica", () -> {
			try {
				this.redis.opsForValue().set(probe, run, Duration.ofMinutes(1));
			}
			catch (RuntimeException ex) {
				return false;
			}
			return run.equals(on(newMaster, (redis) -> redis.get(probe)));
		});
		return new Failover(newMaster, promotedAt, System.nanoTime());
	}

	private record Failover(InetSocketAddress newMaster, long promotedAt, long followedAt) {
	}

	/** The master as the sentinels name it now. */
	private InetSocketAddress master() {
		RuntimeException failure = null;
		for (String node : RedisUnderTest.sentinelNodes().split(",")) {
			String[] hostAndPort = node.strip().split(":");
			RedisURI sentinel = RedisURI.create(hostAndPort[0], Integer.parseInt(hostAndPort[1]));
			try (StatefulRedisSentinelConnection<String, String> connection = this.direct.connectSentinel(sentinel)) {
				SocketAddress master = connection.sync().getMasterAddrByName(RedisUnderTest.sentinelMaster());
				return (InetSocketAddress) master;
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
		}
		throw new IllegalStateException("no sentinel answered", failure);
	}

	/**
	 * The process of a Redis server on this machine, to kill it as a crash would: at
	 * once, without a chance to hand over.
	 */
	private ProcessHandle processOf(InetSocketAddress server) throws UnknownHostException {
		assertThat(InetAddress.getByName(server.getHostString()).isLoopbackAddress())
			.as("the master runs on this machine: " + server)
			.isTrue();
		String info = on(server, (redis) -> redis.info("server"));
		long pid = info.lines()
			.filter((line) -> line.startsWith("process_id:"))
			.map((line) -> Long.parseLong(line.substring("process_id:".length()).strip()))
			.findFirst()
			.orElseThrow();
		ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
		assertThat(process.info().command().orElse("")).contains("redis");
		return process;
	}

	private <T> T on(InetSocketAddress server, Function<RedisCommands<String, String>, T> command) {
		try (StatefulRedisConnection<String, String> connection = this.direct
			.connect(RedisURI.create(server.getHostString(), server.getPort()))) {
			return command.apply(connection.sync());
		}
	}

	/**
	 * Reads the popular listing until its cache entry is on the new master (the listing
	 * served from Redis again) and returns when.
	 */
	private long awaitListingCachedOn(InetSocketAddress newMaster, String city) throws InterruptedException {
		await("the popular listing to be cached on the new master", () -> {
			try {
				popular(city);
			}
			catch (Exception ex) {
				return false;
			}
			String generation = on(newMaster, (redis) -> redis.get(GENERATION));
			String entry = "portal:cache:" + EventListingCache.NAME + ":" + ((generation != null) ? generation : "0")
					+ ":popular:" + city;
			return on(newMaster, (redis) -> redis.exists(entry)) == 1L;
		});
		return System.nanoTime();
	}

	/**
	 * Reads the popular listing until the board on the new master, which missed the moves
	 * while there was no master, has been rebuilt from PostgreSQL, and returns when.
	 */
	private long awaitBoard(InetSocketAddress newMaster, String city, long eventId) throws InterruptedException {
		AtomicReference<Double> last = new AtomicReference<>();
		try {
			await("the popularity on the new master's board to be exact", () -> {
				last.set(on(newMaster,
						(redis) -> redis.zscore("portal:event-popularity:" + city, Long.toString(eventId))));
				if (last.get() != null && Math.ceil(last.get()) == WORKERS) {
					return true;
				}
				try {
					popular(city);
				}
				catch (Exception ex) {
					// asked again on the next round
				}
				return false;
			});
		}
		catch (AssertionError ex) {
			throw new AssertionError(ex.getMessage() + " (" + WORKERS + "): it has " + last.get(), ex);
		}
		return System.nanoTime();
	}

	/** Registers again and again until the rate limit answers; the answers' codes. */
	private List<String> registerUntilLimited(String token, long eventId) throws Exception {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i <= Registrations.REGISTER_LIMIT + 5; i++) {
			String answer = register(token, eventId)[0];
			answers.add(answer.startsWith("UNEXPECTED") ? "UNEXPECTED" : answer);
			if ("RATE_LIMITED".equals(answer)) {
				break;
			}
		}
		return answers;
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		awaitValue(what, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
	}

	private static <T> T awaitValue(String what, Callable<T> value) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				T now = value.call();
				if (now != null) {
					return now;
				}
			}
			catch (Exception ex) {
				// not yet
			}
			Thread.sleep(20);
		}
		throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
	}

	private String popular(String city) throws Exception {
		String body = "{\"query\":\"{ popularEvents(city: \\\"" + city
				+ "\\\", first: 10) { edges { node { id confirmedCount } } } }\"}";
		return httpPost("/graphql", body, null).body();
	}

	private String soonest() throws Exception {
		return httpPost("/graphql", "{\"query\":\"{ events(first: 5) { edges { node { id title } } } }\"}", null)
			.body();
	}

	private String[] register(String token, long eventId) throws Exception {
		return RegistrationRush.answerOf(httpPost("/graphql", RegistrationRush.registration(eventId), token).body());
	}

	private static long ms(long nanos) {
		return Duration.ofNanos(nanos).toMillis();
	}

}
