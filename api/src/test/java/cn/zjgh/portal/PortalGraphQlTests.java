package cn.zjgh.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.zjgh.portal.wechat.SubscribeMessages;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: the whole application over HTTP, on the embedded
 * PostgreSQL and Redis of the demo profile, with the demo data set and the WeChat
 * stand-in. All tests share this one configuration, so the servers start once per run.
 * With {@code -Dportal.test.redis-cluster=host:port,...} Redis is that cluster instead,
 * with {@code -Dportal.test.redis-sentinel=master@host:port,...} the master those
 * sentinels name ({@link RedisUnderTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@Import(TestClockConfiguration.class)
public abstract class PortalGraphQlTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	protected HttpGraphQlTester graphQlTester;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected JdbcTemplate jdbc;

	@LocalServerPort
	protected int port;

	@Autowired
	private SubscribeMessages outbox;

	@DynamicPropertySource
	static void redisUnderTest(DynamicPropertyRegistry registry) {
		if (RedisUnderTest.isCluster()) {
			registry.add("spring.data.redis.cluster.nodes", RedisUnderTest::clusterNodes);
		}
		if (RedisUnderTest.isSentinel()) {
			registry.add("spring.data.redis.sentinel.master", RedisUnderTest::sentinelMaster);
			registry.add("spring.data.redis.sentinel.nodes", RedisUnderTest::sentinelNodes);
		}
	}

	@BeforeEach
	void resetClock() {
		this.clock.reset();
	}

	/** A tester that sends the token of the demo user {@code demo-<name>}. */
	protected HttpGraphQlTester as(String demoCode) {
		String token = login(demoCode);
		return this.graphQlTester.mutate().header("Authorization", "Bearer " + token).build();
	}

	protected String login(String demoCode) {
		return this.graphQlTester.document("""
				mutation($code: String!) { login(input: {code: $code}) { token } }
				""").variable("code", demoCode).execute().path("login.token").entity(String.class).get();
	}

	/**
	 * A raw HTTP POST to the portal, for what GraphQlTester does not show (status codes,
	 * headers).
	 */
	protected HttpResponse<String> httpPost(String path, String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	protected HttpResponse<String> httpGet(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A rush: {@code count} new demo users ({@code demo-<prefix>-<i>}) log in, then all
	 * post {@code body} at the same moment. Returns the answers' bodies.
	 */
	protected List<String> postAllAtOnce(String prefix, int count, String body) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 100));
		try {
			List<Callable<String>> logins = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String code = "demo-" + prefix + "-" + i;
				logins.add(() -> login(code));
			}
			List<String> tokens = new ArrayList<>();
			for (Future<String> token : pool.invokeAll(logins)) {
				tokens.add(token.get());
			}
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> answers = new ArrayList<>();
			for (String token : tokens) {
				answers.add(pool.submit(() -> {
					start.await();
					return httpPost("/graphql", body, token).body();
				}));
			}
			start.countDown();
			List<String> bodies = new ArrayList<>();
			for (Future<String> answer : answers) {
				bodies.add(answer.get());
			}
			return bodies;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Sends every queued subscribe message and waits until none is pending: other tests
	 * may have left more than one batch, and the scheduled sender may hold some of them
	 * at this moment (it skips what another sender has locked, and so does this).
	 */
	protected void sendQueuedSubscribeMessages() {
		for (int round = 0; round < 200; round++) {
			if (this.outbox.sendPending() == 0
					&& this.jdbc.queryForObject("SELECT count(*) FROM subscribe_message WHERE status = 'PENDING'",
							Integer.class) == 0) {
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("subscribe messages still pending after 10 s");
	}

	/** The id of a demo org unit, looked up by its (unique) name. */
	protected long orgUnitId(String name) {
		return this.jdbc.queryForObject("SELECT id FROM org_unit WHERE name = ?", Long.class, name);
	}

	protected long userId(String openid) {
		return this.jdbc.queryForObject("SELECT id FROM app_user WHERE openid = ?", Long.class, openid);
	}

	/** A clock tests can set and move; it starts at the real time. */
	public static final class MutableClock extends Clock {

		private final ZoneId zone;

		private volatile Instant fixed;

		public MutableClock(ZoneId zone) {
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("the test clock has one zone");
		}

		@Override
		public Instant instant() {
			Instant now = this.fixed;
			return (now != null) ? now : Instant.now();
		}

		public void setInstant(Instant instant) {
			this.fixed = instant;
		}

		public void advance(Duration duration) {
			this.fixed = instant().plus(duration);
		}

		public void reset() {
			this.fixed = null;
		}

	}

}
