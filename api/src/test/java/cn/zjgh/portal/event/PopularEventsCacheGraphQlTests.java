package cn.zjgh.portal.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.zjgh.portal.PortalGraphQlTests;
import cn.zjgh.portal.RedisUnderTest;
import cn.zjgh.portal.shared.ListingCache;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class PopularEventsCacheGraphQlTests extends PortalGraphQlTests {

	private static final String POPULAR = """
			query($city: String) { popularEvents(city: $city, first: 10) { edges { node { id title confirmedCount } } } }
			""";

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private ListingCache cache;

	/** The embedded Redis; none when the suite runs on a cluster. */
	@Autowired(required = false)
	private RedisServer redis;

	@Autowired
	private PopularityBoard board;

	@Autowired
	private org.springframework.data.redis.core.StringRedisTemplate redisTemplate;

	@Test
	void aCancelledEventIsNeverServedOnceTheCancelReturns() {
		String city = EventFixtures.freshCity();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long kept = EventFixtures.createAndPublish(organizer, EventFixtures.input(orgUnitId("杭州市总工会"), city, "保留的活动"));
		long cancelled = EventFixtures.createAndPublish(organizer,
				EventFixtures.input(orgUnitId("杭州市总工会"), city, "取消的活动"));
		assertThat(popularIds(city)).containsExactlyInAnyOrder(Long.toString(kept), Long.toString(cancelled));
		double hitsBefore = hits();
		assertThat(popularIds(city)).hasSize(2);
		assertThat(hits()).isEqualTo(hitsBefore + 1);

		organizer
			.document("mutation($id: ID!) { cancelEvent(input: {id: $id, reason: \"天气原因\"}) { event { status } } }")
			.variable("id", cancelled)
			.execute()
			.path("cancelEvent.event.status")
			.entity(String.class)
			.isEqualTo("CANCELLED");

		assertThat(popularIds(city)).containsExactly(Long.toString(kept));
	}

	@Test
	void publicResponsesAreSharedWithAndWithoutATokenButNothingPersonalIs() {
		String city = EventFixtures.freshCity();
		EventFixtures.createAndPublish(as("demo-organizer-hangzhou"),
				EventFixtures.input(orgUnitId("杭州市总工会"), city, "共享的列表"));
		popularIds(city);
		double hits = responseCache("hit");

		popularIds(city);
		as("demo-worker-1").document(POPULAR).variable("city", city).execute().path("popularEvents.edges").hasValue();
		assertThat(responseCache("hit")).isEqualTo(hits + 2);

		String personal = "query($city: String) { popularEvents(city: $city) { edges { node { id eligibility { allowed } } } } }";
		HttpGraphQlTester worker = as("demo-worker-1");
		worker.document(personal).variable("city", city).execute().path("popularEvents.edges").hasValue();
		worker.document(personal).variable("city", city).execute().path("popularEvents.edges").hasValue();
		assertThat(responseCache("hit")).isEqualTo(hits + 2);
	}

	@Test
	void aNoCacheRequestExecutesAndItsNewerAnswerReplacesTheSharedOne() {
		String city = EventFixtures.freshCity();
		long id = EventFixtures.createAndPublish(as("demo-organizer-hangzhou"),
				EventFixtures.input(orgUnitId("杭州市总工会"), city, "改名之前"));
		String listing = "query($city: String) { events(filter: {cityCode: $city}, orderBy: POPULAR) { edges { node { title } } } }";
		HttpGraphQlTester worker = as("demo-worker-1");
		HttpGraphQlTester revalidating = worker.mutate().header("Cache-Control", "no-cache").build();
		assertThat(titles(worker, listing, city)).containsExactly("改名之前");
		// changed behind the portal's back, so no invalidation retires the shared answer
		this.jdbc.update("UPDATE event SET title = '改名之后' WHERE id = ?", id);

		assertThat(titles(worker, listing, city)).containsExactly("改名之前");
		assertThat(titles(revalidating, listing, city)).containsExactly("改名之后");
		assertThat(titles(worker, listing, city)).containsExactly("改名之后");
		double hits = responseCache("hit");
		assertThat(titles(revalidating, listing, city)).containsExactly("改名之后");
		assertThat(titles(worker, listing, city)).containsExactly("改名之后");
		assertThat(responseCache("hit")).isGreaterThanOrEqualTo(hits + 1);
	}

	private static List<String> titles(HttpGraphQlTester tester, String listing, String city) {
		return tester.document(listing)
			.variable("city", city)
			.execute()
			.path("events.edges[*].node.title")
			.entityList(String.class)
			.get();
	}

	@Test
	void aCachedAnswerIsNotGivenForATokenThatIsNotValid() throws Exception {
		String city = EventFixtures.freshCity();
		EventFixtures.createAndPublish(as("demo-organizer-hangzhou"),
				EventFixtures.input(orgUnitId("杭州市总工会"), city, "令牌无效"));
		popularIds(city);

		String body = "{\"query\":\"{ popularEvents(city: \\\"" + city + "\\\") { edges { node { id } } } }\"}";
		var response = httpPost("/graphql", body, "e30.e30.forged");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("UNAUTHENTICATED").doesNotContain("edges");
	}

	@Test
	void aCrowdAskingForTheSameListingAtOnceHasItExecutedOnce() throws Exception {
		String city = EventFixtures.freshCity();
		EventFixtures.createAndPublish(as("demo-organizer-hangzhou"),
				EventFixtures.input(orgUnitId("杭州市总工会"), city, "同时打开首页"));
		String body = "{\"query\":\"{ events(filter: {cityCode: \\\"" + city
				+ "\\\"}, orderBy: POPULAR, first: 5) { edges { node { id title remainingSeats } } } }\"}";
		String token = login("demo-worker-2");
		double misses = responseCache("miss");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService crowd = Executors.newFixedThreadPool(16);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				answers.add(crowd.submit(() -> {
					start.await();
					return httpPost("/graphql", body, token).body();
				}));
			}
			start.countDown();
			List<String> bodies = new ArrayList<>();
			for (Future<String> answer : answers) {
				bodies.add(answer.get(30, TimeUnit.SECONDS));
			}

			assertThat(bodies).allSatisfy((answer) -> assertThat(answer).contains("同时打开首页").isEqualTo(bodies.get(0)));
			assertThat(responseCache("miss") - misses).isBetween(1.0, 2.0);
		}
		finally {
			crowd.shutdownNow();
		}
	}

	@Test
	void equallyPopularEventsComeInTheSameOrderFromRedisAndFromTheListing() {
		String city = EventFixtures.freshCity();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			created.add(Long.toString(EventFixtures.createAndPublish(organizer,
					EventFixtures.input(orgUnitId("杭州市总工会"), city, "同样冷门 " + i))));
		}
		List<String> listing = this.graphQlTester
			.document("query($city: String) { events(filter: {cityCode: $city}, orderBy: POPULAR, first: 10) "
					+ "{ edges { node { id } } } }")
			.variable("city", city)
			.execute()
			.path("events.edges[*].node.id")
			.entityList(String.class)
			.get();

		assertThat(listing).containsExactlyElementsOf(created);
		assertThat(popularIds(city)).containsExactlyElementsOf(listing);
		this.redisTemplate.delete("portal:event-popularity:" + city);
		this.cache.invalidate(EventListingCache.NAME);
		assertThat(popularIds(city)).as("after a rebuild from PostgreSQL").containsExactlyElementsOf(listing);
	}

	@Test
	void seatCountsInTheCacheFollowRegistrationsThatFillTheEvent() {
		String city = EventFixtures.freshCity();
		Map<String, Object> input = EventFixtures.input(orgUnitId("杭州市总工会"), city, "最后一席");
		input.put("capacity", 1);
		long id = EventFixtures.createAndPublish(as("demo-organizer-hangzhou"), input);
		popularIds(city);

		as("demo-worker-3")
			.document("mutation($id: ID!) { registerForEvent(input: {eventId: $id}) { registration { status } } }")
			.variable("id", id)
			.execute()
			.path("registerForEvent.registration.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED");

		this.graphQlTester.document(POPULAR)
			.variable("city", city)
			.execute()
			.path("popularEvents.edges[0].node.confirmedCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void popularityIsKeptInARedisSortedSetThatRebuildsFromPostgres() {
		String city = EventFixtures.freshCity();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long quiet = EventFixtures.createAndPublish(organizer, EventFixtures.input(orgUnitId("杭州市总工会"), city, "冷门活动"));
		long busy = EventFixtures.createAndPublish(organizer, EventFixtures.input(orgUnitId("杭州市总工会"), city, "热门活动"));
		popularIds(city);
		for (String worker : List.of("demo-worker-1", "demo-worker-2")) {
			as(worker)
				.document("mutation($id: ID!) { registerForEvent(input: {eventId: $id}) { registration { status } } }")
				.variable("id", busy)
				.execute()
				.path("registerForEvent.registration.status")
				.hasValue();
		}

		assertThat(this.board.score(city, busy)).isEqualTo(2.0);
		this.redisTemplate.delete("portal:event-popularity:" + city);
		this.cache.invalidate(EventListingCache.NAME);
		assertThat(popularIds(city)).containsExactly(Long.toString(busy), Long.toString(quiet));
		assertThat(this.board.score(city, busy)).isEqualTo(2.0);
	}

	@Test
	void aMoveDoesNotStartABoardThatIsGone() {
		String city = EventFixtures.freshCity();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long first = EventFixtures.createAndPublish(organizer, EventFixtures.input(orgUnitId("杭州市总工会"), city, "第一场"));
		long second = EventFixtures.createAndPublish(organizer, EventFixtures.input(orgUnitId("杭州市总工会"), city, "第二场"));
		popularIds(city);
		String key = "portal:event-popularity:" + city;
		this.redisTemplate.delete(key);
		as("demo-worker-1")
			.document("mutation($id: ID!) { registerForEvent(input: {eventId: $id}) { registration { status } } }")
			.variable("id", second)
			.execute()
			.path("registerForEvent.registration.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED");

		assertThat(this.redisTemplate.hasKey(key)).as("a board of the one event moved").isFalse();
		this.cache.invalidate(EventListingCache.NAME);
		assertThat(popularIds(city)).containsExactly(Long.toString(second), Long.toString(first));
		assertThat(this.redisTemplate.getExpire(key)).isPositive();
	}

	@Test
	void aStampedeOnAnEmptyCacheComputesTheListingOnce() throws Exception {
		String city = EventFixtures.freshCity();
		EventFixtures.createAndPublish(as("demo-organizer-hangzhou"),
				EventFixtures.input(orgUnitId("杭州市总工会"), city, "热门活动"));
		this.cache.invalidate(EventListingCache.NAME);
		double loadsBefore = loads();

		ExecutorService pool = Executors.newFixedThreadPool(50);
		try {
			List<Callable<String>> requests = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				requests.add(() -> httpPost("/graphql", "{\"query\":\"{ popularEvents(city: \\\"" + city
						+ "\\\", first: 5) { edges { node { id } } } }\"}", null)
					.body());
			}
			for (var response : pool.invokeAll(requests)) {
				assertThat(response.get()).contains("\"edges\":[{");
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(loads() - loadsBefore).isEqualTo(1.0);
	}

	@Test
	void withoutRedisListingsComeFromPostgresAndCachingResumesWhenItIsBack() throws Exception {
		RedisUnderTest.assumeEmbedded("stops the embedded Redis server to take Redis away "
				+ "(RedisClusterFailoverGraphQlTests and RedisSentinelFailoverGraphQlTests take a master away "
				+ "on a cluster and on sentinels)");
		String city = EventFixtures.freshCity();
		long id = EventFixtures.createAndPublish(as("demo-organizer-hangzhou"),
				EventFixtures.input(orgUnitId("杭州市总工会"), city, "无缓存也能看到"));

		this.redis.stop();
		try {
			assertThat(popularIds(city)).containsExactly(Long.toString(id));
			assertThat(popularIds(city)).containsExactly(Long.toString(id));
			assertThat(httpGet("/actuator/health", null).body()).contains("\"redis\":{\"status\":\"DOWN\"");
			as("demo-worker-2")
				.document("mutation($id: ID!) { registerForEvent(input: {eventId: $id}) { registration { status } } }")
				.variable("id", id)
				.execute()
				.path("registerForEvent.registration.status")
				.entity(String.class)
				.isEqualTo("CONFIRMED");
		}
		finally {
			this.redis.start();
			awaitRedis();
		}

		double hitsBefore = hits();
		long deadline = System.currentTimeMillis() + 15_000;
		while (hits() == hitsBefore && System.currentTimeMillis() < deadline) {
			popularIds(city);
			Thread.sleep(200);
		}
		assertThat(hits()).isGreaterThan(hitsBefore);
	}

	private void awaitRedis() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < deadline) {
			try {
				if ("PONG".equals(this.redisTemplate
					.execute((org.springframework.data.redis.core.RedisCallback<String>) (c) -> c.ping()))) {
					Thread.sleep(cn.zjgh.portal.shared.RedisGuard.PAUSE_AFTER_FAILURE.toMillis());
					return;
				}
			}
			catch (RuntimeException ex) {
				Thread.sleep(100);
			}
		}
	}

	private List<String> popularIds(String city) {
		return this.graphQlTester.document(POPULAR)
			.variable("city", city)
			.execute()
			.path("popularEvents.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private double count(String result) {
		var counter = this.meters.find("portal.cache.requests")
			.tags("cache", EventListingCache.NAME, "result", result)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	/**
	 * Hits of either cache: the whole-response cache answers first, the listing cache
	 * behind it.
	 */
	private double hits() {
		return count("hit") + responseCache("hit");
	}

	private double responseCache(String result) {
		var counter = this.meters.find("portal.response.cache").tags("result", result).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private double loads() {
		var counter = this.meters.find("portal.cache.loads").tags("cache", EventListingCache.NAME).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
