package cn.zjgh.portal.event;

import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class EventLifecycleGraphQlTests extends PortalGraphQlTests {

	private static final String EVENT = "query($id: ID!) { event(id: $id) { id status version capacity cancelReason } }";

	private static final String UPDATE = """
			mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { version capacity title } } }
			""";

	@Test
	void aDraftIsInvisibleUntilPublishedAndThenListed() {
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		String city = EventFixtures.freshCity();
		long id = Long.parseLong(organizer.document(EventFixtures.CREATE)
			.variable("input", EventFixtures.input(orgUnitId("西湖区总工会"), city, "草稿活动"))
			.execute()
			.path("createEvent.event.status")
			.entity(String.class)
			.isEqualTo("DRAFT")
			.path("createEvent.event.id")
			.entity(String.class)
			.get());

		this.graphQlTester.document(EVENT).variable("id", id).execute().path("event").valueIsNull();
		organizer.document(EventFixtures.PUBLISH).variable("id", id).execute();

		this.graphQlTester.document(EVENT)
			.variable("id", id)
			.execute()
			.path("event.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED");
		this.graphQlTester
			.document("query($city: String) { events(filter: {cityCode: $city}) { edges { node { id } } } }")
			.variable("city", city)
			.execute()
			.path("events.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(Long.toString(id));
	}

	@Test
	void onlyOrganizersOfTheUnitOrAboveMayCreate() {
		Map<String, Object> input = EventFixtures.input(orgUnitId("西湖区总工会"), EventFixtures.freshCity(), "越权活动");

		this.graphQlTester.document(EventFixtures.CREATE)
			.variable("input", input)
			.execute()
			.errors()
			.expect((error) -> "UNAUTHENTICATED".equals(error.getExtensions().get("code")));
		as("demo-worker-1").document(EventFixtures.CREATE)
			.variable("input", input)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
		as("demo-organizer-ningbo").document(EventFixtures.CREATE)
			.variable("input", input)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
		as("demo-organizer-zhejiang").document(EventFixtures.CREATE)
			.variable("input", input)
			.execute()
			.path("createEvent.event.status")
			.entity(String.class)
			.isEqualTo("DRAFT");
	}

	@Test
	void inconsistentTimesAndBadCodesAreRefusedNamingTheField() {
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		Map<String, Object> input = EventFixtures.input(orgUnitId("杭州市总工会"), EventFixtures.freshCity(), "时间错误");
		input.put("endsAt", input.get("startsAt"));
		organizer.document(EventFixtures.CREATE)
			.variable("input", input)
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& "endsAt".equals(error.getExtensions().get("field")));

		Map<String, Object> badCity = EventFixtures.input(orgUnitId("杭州市总工会"), "hz", "城市错误");
		organizer.document(EventFixtures.CREATE)
			.variable("input", badCity)
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& "cityCode".equals(error.getExtensions().get("field")));
	}

	@Test
	void twoOrganizersEditingAtOnceDoNotOverwriteEachOther() {
		HttpGraphQlTester first = as("demo-organizer-hangzhou");
		HttpGraphQlTester second = as("demo-organizer-zhejiang");
		long id = EventFixtures.createAndPublish(first,
				EventFixtures.input(orgUnitId("杭州市总工会"), EventFixtures.freshCity(), "并发编辑"));
		int version = this.graphQlTester.document(EVENT)
			.variable("id", id)
			.execute()
			.path("event.version")
			.entity(Integer.class)
			.get();

		first.document(UPDATE)
			.variable("input", Map.of("id", id, "version", version, "title", "第一位的修改"))
			.execute()
			.path("updateEvent.event.version")
			.entity(Integer.class)
			.isEqualTo(version + 1);
		second.document(UPDATE)
			.variable("input", Map.of("id", id, "version", version, "title", "第二位的修改"))
			.execute()
			.errors()
			.expect((error) -> "VERSION_CONFLICT".equals(error.getExtensions().get("code")));
	}

	@Test
	void capacityCannotGoBelowTheConfirmedCountAndRaisingItPromotesTheWaitlist() {
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		Map<String, Object> input = EventFixtures.input(orgUnitId("杭州市总工会"), EventFixtures.freshCity(), "扩容活动");
		input.put("capacity", 1);
		long id = EventFixtures.createAndPublish(organizer, input);
		register("demo-worker-1", id).path("registerForEvent.registration.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED");
		register("demo-worker-2", id).path("registerForEvent.registration.status")
			.entity(String.class)
			.isEqualTo("WAITLISTED");
		int version = this.graphQlTester.document(EVENT)
			.variable("id", id)
			.execute()
			.path("event.version")
			.entity(Integer.class)
			.get();

		organizer.document(UPDATE)
			.variable("input", Map.of("id", id, "version", version, "capacity", 2))
			.execute()
			.path("updateEvent.event.capacity")
			.entity(Integer.class)
			.isEqualTo(2);
		as("demo-worker-2").document("query($id: ID!) { event(id: $id) { myRegistration { status } waitlistCount } }")
			.variable("id", id)
			.execute()
			.path("event.myRegistration.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED")
			.path("event.waitlistCount")
			.entity(Integer.class)
			.isEqualTo(0);

		organizer.document(UPDATE)
			.variable("input", Map.of("id", id, "version", version + 1, "capacity", 1))
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& "capacity".equals(error.getExtensions().get("field")));
	}

	@Test
	void cancellingAnEventCancelsItsRegistrationsAndQueuesAMessageToEach() {
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long id = EventFixtures.createAndPublish(organizer,
				EventFixtures.input(orgUnitId("杭州市总工会"), EventFixtures.freshCity(), "将被取消的活动"));
		register("demo-worker-3", id);
		register("demo-worker-4", id);

		organizer.document(
				"mutation($id: ID!) { cancelEvent(input: {id: $id, reason: \"场馆检修\"}) { event { status cancelReason } } }")
			.variable("id", id)
			.execute()
			.path("cancelEvent.event.status")
			.entity(String.class)
			.isEqualTo("CANCELLED")
			.path("cancelEvent.event.cancelReason")
			.entity(String.class)
			.isEqualTo("场馆检修");

		assertThat(this.jdbc.queryForList("SELECT status FROM registration WHERE event_id = ?", String.class, id))
			.containsExactly("CANCELLED", "CANCELLED");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM subscribe_message WHERE template = 'event-cancelled' AND data->>'thing1' = '将被取消的活动'",
				Integer.class))
			.isEqualTo(2);
		register("demo-worker-5", id).errors()
			.expect((error) -> "REGISTRATION_CLOSED".equals(error.getExtensions().get("code")));
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response register(String worker, long eventId) {
		return as(worker)
			.document(
					"""
							mutation($id: ID!) { registerForEvent(input: {eventId: $id}) { registration { status waitlistPosition } } }
							""")
			.variable("id", eventId)
			.execute();
	}

}
