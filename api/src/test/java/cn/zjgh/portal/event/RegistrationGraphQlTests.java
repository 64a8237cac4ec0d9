package cn.zjgh.portal.event;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;
import cn.zjgh.portal.wechat.SubscribeMessages;
import cn.zjgh.portal.wechat.WeChatStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationGraphQlTests extends PortalGraphQlTests {

	private static final String REGISTER = """
			mutation($id: ID!) {
			  registerForEvent(input: {eventId: $id}) { registration { id status waitlistPosition checkInCode } }
			}
			""";

	private static final String CANCEL = """
			mutation($id: ID!) { cancelRegistration(input: {eventId: $id}) { registration { status } } }
			""";

	private static final String CHECK_IN = """
			mutation($code: String!) { checkInAttendee(input: {code: $code}) { registration { status checkedInAt } } }
			""";

	@Autowired
	private WeChatStandIn standIn;

	@Autowired
	private EventFinisher finisher;

	@AfterEach
	void resetStandIn() {
		this.standIn.reset();
	}

	@Test
	void seatsThenWaitlistThenFullAndRegisteringTwiceReturnsTheSameRegistration() {
		long withWaitlist = event(Map.of("capacity", 1, "waitlistEnabled", true));
		long withoutWaitlist = event(Map.of("capacity", 1, "waitlistEnabled", false));
		String worker = newWorker();

		String id = register(worker, withWaitlist).path("registerForEvent.registration.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED")
			.path("registerForEvent.registration.checkInCode")
			.hasValue()
			.path("registerForEvent.registration.id")
			.entity(String.class)
			.get();
		register(worker, withWaitlist).path("registerForEvent.registration.id").entity(String.class).isEqualTo(id);
		register(newWorker(), withWaitlist).path("registerForEvent.registration.status")
			.entity(String.class)
			.isEqualTo("WAITLISTED")
			.path("registerForEvent.registration.waitlistPosition")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("registerForEvent.registration.checkInCode")
			.valueIsNull();
		register(newWorker(), withWaitlist).path("registerForEvent.registration.waitlistPosition")
			.entity(Integer.class)
			.isEqualTo(2);

		register(newWorker(), withoutWaitlist);
		register(newWorker(), withoutWaitlist).errors()
			.expect((error) -> "EVENT_FULL".equals(error.getExtensions().get("code")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM registration WHERE event_id = ? AND user_id = ?",
				Integer.class, withWaitlist, userId(worker)))
			.isEqualTo(1);
	}

	@Test
	void aWorkerWhoCancelledRegistersAgainOntoAFreeSeat() {
		long id = event(Map.of("capacity", 1, "waitlistEnabled", false));
		String worker = newWorker();
		String first = register(worker, id).path("registerForEvent.registration.id").entity(String.class).get();
		as(worker).document(CANCEL).variable("id", id).execute();

		register(worker, id).path("registerForEvent.registration.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED")
			.path("registerForEvent.registration.id")
			.entity(String.class)
			.isEqualTo(first);
		register(newWorker(), id).errors().expect((error) -> "EVENT_FULL".equals(error.getExtensions().get("code")));
		assertThat(this.jdbc.queryForObject("SELECT confirmed_count FROM event WHERE id = ?", Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void registrationOutsideItsWindowOrAudienceIsRefusedWithAReason() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		long notYetOpen = event(Map.of("registrationOpensAt", now.plusDays(1).toString()));
		long membersOfXixi = event(Map.of("audience", "ORG_UNIT", "orgUnitId", orgUnitId("西溪街道总工会")));
		long membersOnly = event(Map.of("audience", "MEMBERS"));

		register(newWorker(), notYetOpen).errors()
			.expect((error) -> "REGISTRATION_CLOSED".equals(error.getExtensions().get("code"))
					&& error.getMessage().startsWith("报名将于"));
		register("demo-worker-4", membersOfXixi).errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
		register("demo-worker-1", membersOfXixi).path("registerForEvent.registration.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED");
		register(newWorker(), membersOnly).errors()
			.expect((error) -> "MEMBERSHIP_REQUIRED".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("会员"));
		as("demo-worker-4").document("query($id: ID!) { event(id: $id) { eligibility { allowed code reason } } }")
			.variable("id", membersOfXixi)
			.execute()
			.path("event.eligibility.allowed")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("event.eligibility.code")
			.entity(String.class)
			.isEqualTo("FORBIDDEN");
	}

	@Test
	void cancellingAConfirmedSeatPromotesTheFirstWaitlistedWorkerAndTellsThem() {
		long id = event(Map.of("capacity", 1, "waitlistEnabled", true));
		String first = newWorker();
		String second = newWorker();
		String third = newWorker();
		register(first, id);
		register(second, id);
		register(third, id);

		as(first).document(CANCEL)
			.variable("id", id)
			.execute()
			.path("cancelRegistration.registration.status")
			.entity(String.class)
			.isEqualTo("CANCELLED");

		as(second)
			.document("query($id: ID!) { event(id: $id) { confirmedCount waitlistCount myRegistration { status } } }")
			.variable("id", id)
			.execute()
			.path("event.myRegistration.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED")
			.path("event.confirmedCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("event.waitlistCount")
			.entity(Integer.class)
			.isEqualTo(1);
		as(third).document("{ myRegistrations(status: WAITLISTED) { edges { node { waitlistPosition } } } }")
			.execute()
			.path("myRegistrations.edges[0].node.waitlistPosition")
			.entity(Integer.class)
			.isEqualTo(1);

		sendQueuedSubscribeMessages();
		assertThat(this.standIn.subscribeMessages()).anySatisfy((message) -> {
			assertThat(message).containsEntry("touser", second)
				.containsEntry("template_id", "demo-tmpl-waitlist-promoted");
		});
	}

	@Test
	void aRefusedSubscribeMessageIsRecordedAndNotRetried() {
		long id = event(Map.of("capacity", 1, "waitlistEnabled", true));
		String first = newWorker();
		String refusing = newWorker();
		register(first, id);
		register(refusing, id);
		this.standIn.refuseSubscribeMessagesTo(refusing);

		as(first).document(CANCEL).variable("id", id).execute();
		sendQueuedSubscribeMessages();

		assertThat(this.jdbc.queryForMap(
				"SELECT m.status, m.error_code, m.attempts FROM subscribe_message m JOIN app_user u ON u.id = m.user_id WHERE u.openid = ?",
				refusing))
			.containsEntry("status", "REFUSED")
			.containsEntry("error_code", 43101)
			.containsEntry("attempts", 1);
	}

	@Test
	void anOrganizerChecksAnAttendeeInOnceWithinTheWindow() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		long id = event(Map.of("startsAt", now.plusMinutes(30).toString(), "endsAt", now.plusHours(2).toString(),
				"registrationClosesAt", now.plusMinutes(20).toString()));
		String worker = newWorker();
		String code = register(worker, id).path("registerForEvent.registration.checkInCode").entity(String.class).get();

		as("demo-worker-1").document(CHECK_IN)
			.variable("code", code)
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code")));
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		organizer.document(CHECK_IN)
			.variable("code", code.toLowerCase())
			.execute()
			.path("checkInAttendee.registration.status")
			.entity(String.class)
			.isEqualTo("ATTENDED");
		organizer.document(CHECK_IN)
			.variable("code", code)
			.execute()
			.errors()
			.expect((error) -> "ALREADY_CHECKED_IN".equals(error.getExtensions().get("code")));
		organizer.document(CHECK_IN)
			.variable("code", "NOSUCHCODE")
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code")));
		organizer.document("query($id: ID!) { event(id: $id) { attendedCount } }")
			.variable("id", id)
			.execute()
			.path("event.attendedCount")
			.entity(Integer.class)
			.isEqualTo(1);
		this.graphQlTester.document("query($id: ID!) { event(id: $id) { attendedCount } }")
			.variable("id", id)
			.execute()
			.path("event.attendedCount")
			.valueIsNull();
	}

	@Test
	void afterTheEventUnattendedRegistrationsBecomeNoShows() {
		long id = event(Map.of());
		String absent = newWorker();
		register(absent, id);

		this.jdbc.update(
				"""
						UPDATE event SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour',
						    registration_opens_at = now() - interval '2 days', registration_closes_at = now() - interval '4 hours'
						WHERE id = ?""",
				id);
		assertThat(this.finisher.finishEnded()).isPositive();

		as(absent).document("{ myRegistrations { edges { node { status event { status } } } } }")
			.execute()
			.path("myRegistrations.edges[0].node.status")
			.entity(String.class)
			.isEqualTo("NO_SHOW")
			.path("myRegistrations.edges[0].node.event.status")
			.entity(String.class)
			.isEqualTo("FINISHED");
	}

	@Test
	void attendeeListsAreForOrganizersInScopeWithMaskedPhones() {
		long id = event(Map.of());
		register("demo-worker-5", id);

		as("demo-organizer-hangzhou")
			.document(
					"""
							query($id: ID!) { eventAttendees(eventId: $id) { edges { node { status checkInCode attendee { nickname phone orgUnitName } } } } }
							""")
			.variable("id", id)
			.execute()
			.path("eventAttendees.edges[0].node.attendee.phone")
			.entity(String.class)
			.isEqualTo("138****0005")
			.path("eventAttendees.edges[0].node.attendee.nickname")
			.entity(String.class)
			.isEqualTo("刘洋")
			.path("eventAttendees.edges[0].node.checkInCode")
			.valueIsNull();
		as("demo-organizer-ningbo")
			.document("query($id: ID!) { eventAttendees(eventId: $id) { edges { node { status } } } }")
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
	}

	@Test
	void anInterestGroupActivityIsForItsMembers() {
		long group = this.jdbc.queryForObject("SELECT id FROM interest_group WHERE name = '杭州职工乒乓球兴趣小组'", Long.class);
		long id = event(Map.of("kind", "INTEREST_GROUP", "interestGroupId", group));
		String worker = newWorker();

		register(worker, id).errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("兴趣小组"));
		as(worker)
			.document("mutation($g: ID!) { joinInterestGroup(input: {groupId: $g}) { group { joined memberCount } } }")
			.variable("g", group)
			.execute()
			.path("joinInterestGroup.group.joined")
			.entity(Boolean.class)
			.isEqualTo(true);
		register(worker, id).path("registerForEvent.registration.status").entity(String.class).isEqualTo("CONFIRMED");
	}

	@Test
	void organizersCreateInterestGroupsForTheirUnits() {
		String create = """
				mutation($unit: ID!, $name: String!) {
				  createInterestGroup(input: {orgUnitId: $unit, name: $name, category: ARTS}) { group { name memberCount orgUnit { name } } }
				}
				""";
		String name = "书法小组 " + UUID.randomUUID().toString().substring(0, 6);
		as("demo-organizer-ningbo").document(create)
			.variable("unit", orgUnitId("杭州市总工会"))
			.variable("name", name)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
		as("demo-organizer-hangzhou").document(create)
			.variable("unit", orgUnitId("杭州市总工会"))
			.variable("name", name)
			.execute()
			.path("createInterestGroup.group.memberCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("createInterestGroup.group.orgUnit.name")
			.entity(String.class)
			.isEqualTo("杭州市总工会");
	}

	@Test
	void aScriptHammeringRegisterIsRateLimitedWhileOnePressGoesThrough() {
		long id = event(Map.of());
		HttpGraphQlTester script = as(newWorker());

		script.document(REGISTER)
			.variable("id", id)
			.execute()
			.path("registerForEvent.registration.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED");
		for (int i = 1; i < Registrations.REGISTER_LIMIT; i++) {
			script.document(REGISTER)
				.variable("id", id)
				.execute()
				.path("registerForEvent.registration.status")
				.hasValue();
		}
		script.document(REGISTER)
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> "RATE_LIMITED".equals(error.getExtensions().get("code")));
	}

	private long event(Map<String, Object> overrides) {
		Map<String, Object> input = EventFixtures.input(orgUnitId("杭州市总工会"), EventFixtures.freshCity(),
				"报名测试 " + UUID.randomUUID().toString().substring(0, 6));
		input.putAll(overrides);
		return EventFixtures.createAndPublish(as("demo-organizer-hangzhou"), input);
	}

	private GraphQlTester.Response register(String worker, long eventId) {
		return as(worker).document(REGISTER).variable("id", eventId).execute();
	}

	private static String newWorker() {
		return "demo-reg-" + UUID.randomUUID().toString().substring(0, 10);
	}

}
