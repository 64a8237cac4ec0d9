package cn.zjgh.portal.event;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;

import cn.zjgh.portal.PortalGraphQlTests;
import cn.zjgh.portal.RedisUnderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.RedisClusterNode;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a Redis Cluster only: during a registration rush the master that holds the event's
 * popularity set and the listings' generation stops, and its replica takes over.
 * PostgreSQL decides every registration, so none is lost and exactly the seats are
 * confirmed; the listings keep answering throughout (from PostgreSQL while the slots have
 * no master), and Redis serves them again once the client has followed the failover.
 */
class RedisClusterFailoverGraphQlTests extends PortalGraphQlTests {

	private static final int WORKERS = 300;

	private static final int SEATS = 50;

	/** Registrations answered before the master is stopped. */
	private static final int STOP_AFTER = 60;

	private static final String GENERATION = "portal:cache:" + EventListingCache.NAME + ":generation";

	@Autowired
	private StringRedisTemplate redis;

	@BeforeEach
	void onACluster() {
		RedisUnderTest.assumeCluster();
	}

	@Test
	void aMasterFailingDuringARushLosesNoRegistrationAndConfirmsExactlyTheSeats() throws Exception {
		RedisClusterNode generationMaster = masterOf(GENERATION);
		String city = cityOn(generationMaster);
		Map<String, Object> input = EventFixtures.input(orgUnitId("杭州市总工会"), city, "故障切换抢票");
		input.put("capacity", SEATS);
		input.put("waitlistEnabled", true);
		long eventId = EventFixtures.createAndPublish(as("demo-organizer-hangzhou"), input);
		assertThat(popular(city)).contains("\"id\":\"" + eventId + "\"");
		assertThat(this.redis.hasKey("portal:event-popularity:" + city)).isTrue();

		String run = UUID.randomUUID().toString().substring(0, 6);
		ExecutorService reader = Executors.newSingleThreadExecutor();
		AtomicBoolean reading = new AtomicBoolean(true);
		ConcurrentLinkedQueue<String> readFailures = new ConcurrentLinkedQueue<>();
		AtomicInteger reads = new AtomicInteger();
		RedisClusterNode stopped = null;
		try (RegistrationRush rush = new RegistrationRush(WORKERS, (i) -> login("demo-failover-" + run + "-" + i))) {
			Future<Long> slowestRead = reader.submit(() -> {
				long slowest = 0;
				while (reading.get()) {
					long sent = System.nanoTime();
					String answer = popular(city);
					slowest = Math.max(slowest, System.nanoTime() - sent);
					reads.incrementAndGet();
					if (answer.contains("\"errors\"") || !answer.contains("\"id\":\"" + eventId + "\"")) {
						readFailures.add(answer);
					}
					Thread.sleep(20);
				}
				return slowest;
			});

			rush.start((token) -> register(token, eventId), STOP_AFTER);
			long stoppedAt = System.nanoTime();
			stop(generationMaster);
			stopped = generationMaster;
			List<String[]> answers = rush.answers();
			long rushEnded = System.nanoTime();

			long servedFromRedisAgain = awaitCacheServedAgain(city, eventId);
			long boardExact = awaitBoard(city, eventId, WORKERS);
			reading.set(false);
			long slowest = slowestRead.get();

			Double board = this.redis.opsForZSet().score("portal:event-popularity:" + city, Long.toString(eventId));
			System.out.printf(
					"failover during a rush: %d registrations in %d ms, master %s stopped after %d answers at %d ms; "
							+ "%s; %d listing reads, slowest %d ms, %d failed; Redis served the listing again %d ms "
							+ "after the stop; popularity on the board %s of %d, exact %d ms after the stop%n",
					WORKERS, ms(rushEnded - rush.startedAt()), generationMaster.getPort(), STOP_AFTER,
					ms(stoppedAt - rush.startedAt()), RegistrationRush.outcome(answers), reads.get(), ms(slowest),
					readFailures.size(), ms(servedFromRedisAgain - stoppedAt),
					(board != null) ? Long.toString((long) Math.ceil(board)) : "missing", WORKERS,
					ms(boardExact - stoppedAt));

			RegistrationRush.assertNoneLostAndExactlyTheSeats(this.jdbc, eventId, answers, SEATS);
			assertThat(readFailures).as("listing answers during the failover").isEmpty();
			assertThat(board).as("popularity on the board once the listing was read again")
				.isNotNull()
				.satisfies((score) -> assertThat(Math.ceil(score)).isEqualTo(WORKERS));
		}
		finally {
			reading.set(false);
			reader.shutdownNow();
			if (stopped != null) {
				forget(stopped);
			}
		}
	}

	/**
	 * Takes the stopped node out of the cluster, as an operator would, so that the tests
	 * after this one see three masters and two replicas and no failed node.
	 */
	private void forget(RedisClusterNode stopped) {
		List<RedisClusterNode> others;
		try (RedisClusterConnection cluster = Objects.requireNonNull(this.redis.getConnectionFactory())
			.getClusterConnection()) {
			others = new ArrayList<>();
			cluster.clusterGetNodes().forEach(others::add);
		}
		for (RedisClusterNode node : others) {
			if (node.getId().equals(stopped.getId())) {
				continue;
			}
			RedisClient client = RedisClient.create(RedisURI.create(node.getHost(), node.getPort()));
			try (StatefulRedisConnection<String, String> connection = client.connect()) {
				connection.sync().clusterForget(stopped.getId());
			}
			finally {
				client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
			}
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline && knows(stopped)) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Whether the portal's client still counts the node in the cluster's topology. */
	private boolean knows(RedisClusterNode node) {
		try (RedisClusterConnection cluster = Objects.requireNonNull(this.redis.getConnectionFactory())
			.getClusterConnection()) {
			for (RedisClusterNode known : cluster.clusterGetNodes()) {
				if (known.getId().equals(node.getId())) {
					return true;
				}
			}
			return false;
		}
	}

	/** The master that serves the key's slot now. */
	private RedisClusterNode masterOf(String key) {
		try (RedisClusterConnection cluster = Objects.requireNonNull(this.redis.getConnectionFactory())
			.getClusterConnection()) {
			return cluster.clusterGetNodeForKey(key.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** A fresh city whose popularity set lives on the given master. */
	private String cityOn(RedisClusterNode master) {
		for (int i = 0; i < 1_000; i++) {
			String city = EventFixtures.freshCity();
			if (masterOf("portal:event-popularity:" + city).getId().equals(master.getId())) {
				return city;
			}
		}
		throw new IllegalStateException("no city on " + master);
	}

	/** Stops the master as a crash would: at once, without handing over. */
	private static void stop(RedisClusterNode master) {
		RedisClient client = RedisClient.create(RedisURI.create(master.getHost(), master.getPort()));
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			connection.sync().shutdown(false);
		}
		catch (RuntimeException ex) {
			// the connection closes as the server exits
		}
		finally {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
		}
	}

	/**
	 * Waits until the listing is served from Redis again (the failed master's slots have
	 * a new master and the client knows it) and returns when.
	 */
	private long awaitCacheServedAgain(String city, long eventId) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (this.redis.opsForZSet().score("portal:event-popularity:" + city, Long.toString(eventId)) != null
						&& this.redis.opsForValue().get(GENERATION) != null) {
					return System.nanoTime();
				}
			}
			catch (RuntimeException ex) {
				// the slot has no master yet
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the cluster did not serve the popularity set again within 30 s");
	}

	/**
	 * Waits until the board, which missed the moves while the master was failing over,
	 * has been rebuilt by a read of the listing and shows the popularity PostgreSQL has.
	 */
	private long awaitBoard(String city, long eventId, int popularity) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			Double score = this.redis.opsForZSet().score("portal:event-popularity:" + city, Long.toString(eventId));
			if (score != null && Math.ceil(score) == popularity) {
				return System.nanoTime();
			}
			popular(city);
			Thread.sleep(100);
		}
		return System.nanoTime();
	}

	private String popular(String city) throws Exception {
		String body = "{\"query\":\"{ popularEvents(city: \\\"" + city
				+ "\\\", first: 10) { edges { node { id confirmedCount } } } }\"}";
		return httpPost("/graphql", body, null).body();
	}

	private String[] register(String token, long eventId) throws Exception {
		return RegistrationRush.answerOf(httpPost("/graphql", RegistrationRush.registration(eventId), token).body());
	}

	private static long ms(long nanos) {
		return Duration.ofNanos(nanos).toMillis();
	}

}
