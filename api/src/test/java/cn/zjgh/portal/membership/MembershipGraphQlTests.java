package cn.zjgh.portal.membership;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipGraphQlTests extends PortalGraphQlTests {

	private static final String APPLY = """
			mutation($unit: ID!, $name: String!) {
			  applyForMembership(input: {orgUnitId: $unit, realName: $name, employer: "测试科技有限公司"}) {
			    application { id status realName phone orgUnit { name } }
			  }
			}
			""";

	private static final String REVIEW = """
			mutation($id: ID!, $approve: Boolean!, $reason: String) {
			  reviewMembershipApplication(input: {id: $id, approve: $approve, reason: $reason}) {
			    application { id status reason }
			  }
			}
			""";

	private static final String VERIFY = """
			mutation($code: String!) {
			  verifyMemberCard(input: {code: $code}) { valid status memberNo maskedName orgUnit { name } }
			}
			""";

	private static final String MY_MEMBERSHIP = "{ me { orgUnit { name } membership { memberNo since orgUnit { name } } } }";

	@Autowired
	private StringRedisTemplate redis;

	@Test
	void aWorkerWithABoundPhoneAppliesOnceAndAnOrganizerOfTheUnitApproves() {
		String worker = newWorker();
		HttpGraphQlTester me = as(worker);
		long unit = orgUnitId("杭州西溪数字科技有限公司工会");

		apply(me, unit, "周小明").errors().expect((error) -> "PHONE_REQUIRED".equals(code(error)));
		bindPhone(me, "13912340001");
		apply(me, 9_999_999L, "周小明").errors().expect((error) -> "NOT_FOUND".equals(code(error)));
		apply(me, orgUnitId("杭州市总工会"), "周小明").errors()
			.expect((error) -> "BAD_USER_INPUT".equals(code(error)) && error.getMessage().startsWith("orgUnitId"));
		apply(me, unit, "X").errors().expect((error) -> "BAD_USER_INPUT".equals(code(error)));
		String id = apply(me, unit, "周小明").path("applyForMembership.application.status")
			.entity(String.class)
			.isEqualTo("PENDING")
			.path("applyForMembership.application.phone")
			.entity(String.class)
			.isEqualTo("13912340001")
			.path("applyForMembership.application.id")
			.entity(String.class)
			.get();
		apply(me, orgUnitId("杭州龙井茶业集团有限公司工会"), "周小明").path("applyForMembership.application.id")
			.entity(String.class)
			.isEqualTo(id)
			.path("applyForMembership.application.orgUnit.name")
			.entity(String.class)
			.isEqualTo("杭州西溪数字科技有限公司工会");

		HttpGraphQlTester ningbo = as("demo-organizer-ningbo");
		ningbo.document("query($unit: ID!) { membershipApplications(orgUnitId: $unit) { edges { node { id } } } }")
			.variable("unit", unit)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(code(error)));
		review(ningbo, id, true, null).errors().expect((error) -> "FORBIDDEN".equals(code(error)));
		review(as("demo-organizer-hangzhou"), "9999999", true, null).errors()
			.expect((error) -> "NOT_FOUND".equals(code(error)));

		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		List<Map<String, Object>> pending = hangzhou.document("""
				query($unit: ID!) {
				  membershipApplications(orgUnitId: $unit, status: PENDING, first: 50) {
				    edges { node { id realName phone employer orgUnit { name } } }
				  }
				}
				""")
			.variable("unit", orgUnitId("西溪街道总工会"))
			.execute()
			.path("membershipApplications.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(pending).anySatisfy((node) -> {
			assertThat(node.get("id")).isEqualTo(id);
			assertThat(node.get("realName")).isEqualTo("周小明");
			assertThat(node.get("phone")).isEqualTo("13912340001");
		});

		review(hangzhou, id, true, null).path("reviewMembershipApplication.application.status")
			.entity(String.class)
			.isEqualTo("APPROVED");
		review(hangzhou, id, false, "重复审核").errors()
			.expect((error) -> "BAD_USER_INPUT".equals(code(error)) && error.getMessage().contains("approved"));

		String memberNo = me.document(MY_MEMBERSHIP)
			.execute()
			.path("me.orgUnit.name")
			.entity(String.class)
			.isEqualTo("杭州西溪数字科技有限公司工会")
			.path("me.membership.orgUnit.name")
			.entity(String.class)
			.isEqualTo("杭州西溪数字科技有限公司工会")
			.path("me.membership.memberNo")
			.entity(String.class)
			.get();
		assertThat(memberNo).matches("ZJ\\d{10}");
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM subscribe_message m JOIN app_user u ON u.id = m.user_id
				WHERE u.openid = ? AND m.template = 'membership-approved'
				""", Integer.class, worker)).isEqualTo(1);
	}

	@Test
	void rejectionNeedsAReasonAndTellsTheWorker() {
		String worker = newWorker();
		HttpGraphQlTester me = as(worker);
		bindPhone(me, "13912340002");
		String id = apply(me, orgUnitId("蒋村街道总工会"), "吴 国平").path("applyForMembership.application.id")
			.entity(String.class)
			.get();
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		review(hangzhou, id, false, null).errors()
			.expect((error) -> "BAD_USER_INPUT".equals(code(error)) && error.getMessage().startsWith("reason"));
		review(hangzhou, id, false, "请提供劳动合同").path("reviewMembershipApplication.application.status")
			.entity(String.class)
			.isEqualTo("REJECTED");
		me.document("{ me { membership { memberNo } membershipApplication { status reason } } }")
			.execute()
			.path("me.membership")
			.valueIsNull()
			.path("me.membershipApplication.reason")
			.entity(String.class)
			.isEqualTo("请提供劳动合同");
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM subscribe_message m JOIN app_user u ON u.id = m.user_id
				WHERE u.openid = ? AND m.template = 'membership-rejected'
				""", Integer.class, worker)).isEqualTo(1);
	}

	@Test
	void aTransferKeepsTheMemberNumberAndTheHistoryAndLeavingEndsMembersOnlyAccess() {
		String worker = newWorker();
		HttpGraphQlTester me = as(worker);
		bindPhone(me, "13912340003");
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		approve(hangzhou, apply(me, orgUnitId("杭州长河智能装备股份有限公司工会"), "钱进"));
		String first = me.document(MY_MEMBERSHIP).execute().path("me.membership.memberNo").entity(String.class).get();

		approve(hangzhou, apply(me, orgUnitId("杭州蒋村智慧物流有限公司工会"), "钱进"));
		me.document(MY_MEMBERSHIP)
			.execute()
			.path("me.membership.memberNo")
			.entity(String.class)
			.isEqualTo(first)
			.path("me.membership.orgUnit.name")
			.entity(String.class)
			.isEqualTo("杭州蒋村智慧物流有限公司工会")
			.path("me.orgUnit.name")
			.entity(String.class)
			.isEqualTo("杭州蒋村智慧物流有限公司工会");
		long userId = userId(worker);
		List<Map<String, Object>> history = this.jdbc
			.queryForList("SELECT member_no, since, until FROM membership WHERE user_id = ? ORDER BY id", userId);
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("until")).isEqualTo(history.get(1).get("since"));
		assertThat(history.get(1).get("until")).isNull();
		assertThat(history).allSatisfy((row) -> assertThat(row.get("member_no")).isEqualTo(first));

		long membersOnly = membersEvent();
		register(me, membersOnly).path("registerForEvent.registration.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED");
		me.document("mutation { leaveUnion(input: {confirm: true}) { membership { memberNo until } } }")
			.execute()
			.path("leaveUnion.membership.memberNo")
			.entity(String.class)
			.isEqualTo(first)
			.path("leaveUnion.membership.until")
			.hasValue();
		me.document("mutation { leaveUnion(input: {confirm: true}) { membership { memberNo } } }")
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(code(error)));
		me.document(MY_MEMBERSHIP).execute().path("me.membership").valueIsNull().path("me.orgUnit").valueIsNull();
		register(as(newWorker()), membersEvent()).errors().expect((error) -> "MEMBERSHIP_REQUIRED".equals(code(error)));
		register(me, membersEvent()).errors().expect((error) -> "MEMBERSHIP_REQUIRED".equals(code(error)));

		approve(hangzhou, apply(me, orgUnitId("杭州长河智能装备股份有限公司工会"), "钱进"));
		me.document(MY_MEMBERSHIP).execute().path("me.membership.memberNo").entity(String.class).isEqualTo(first);
	}

	@Test
	void theMemberCardCodeIsSignedNamesTheMemberAndExpiresWithinAMinute() {
		HttpGraphQlTester worker = as("demo-worker-1");
		GraphQlTester.Response card = worker
			.document("{ me { memberCard { memberNo name since code qrCode expiresAt orgUnit { name } } } }")
			.execute();
		String code = card.path("me.memberCard.code").entity(String.class).get();
		String memberNo = card.path("me.memberCard.memberNo").entity(String.class).get();
		card.path("me.memberCard.name")
			.entity(String.class)
			.isEqualTo("王建国")
			.path("me.memberCard.qrCode")
			.entity(String.class)
			.satisfies((url) -> assertThat(url).startsWith("data:image/png;base64,"));
		OffsetDateTime expiresAt = OffsetDateTime
			.parse(card.path("me.memberCard.expiresAt").entity(String.class).get());
		assertThat(Duration.between(OffsetDateTime.now(), expiresAt)).isBetween(Duration.ofSeconds(50),
				Duration.ofSeconds(61));
		assertThat(code.length()).isLessThanOrEqualTo(32);
		as("demo-worker-2").document("{ me { memberCard { memberNo } } }")
			.execute()
			.path("me.memberCard.memberNo")
			.entity(String.class)
			.satisfies((other) -> assertThat(other).isNotEqualTo(memberNo));

		HttpGraphQlTester organizer = as("demo-organizer-ningbo");
		verify(organizer, code).path("verifyMemberCard.valid")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("verifyMemberCard.status")
			.entity(String.class)
			.isEqualTo("VALID")
			.path("verifyMemberCard.memberNo")
			.entity(String.class)
			.isEqualTo(memberNo)
			.path("verifyMemberCard.maskedName")
			.entity(String.class)
			.isEqualTo("王*国")
			.path("verifyMemberCard.orgUnit.name")
			.entity(String.class)
			.isEqualTo("杭州西溪数字科技有限公司工会");
		String tampered = code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A");
		verify(organizer, tampered).path("verifyMemberCard.status")
			.entity(String.class)
			.isEqualTo("FORGED")
			.path("verifyMemberCard.memberNo")
			.valueIsNull();
		verify(organizer, "not-a-card").path("verifyMemberCard.status").entity(String.class).isEqualTo("FORGED");
		verify(worker, code).errors().expect((error) -> "FORBIDDEN".equals(code(error)));

		this.clock.advance(Duration.ofSeconds(61));
		verify(organizer, code).path("verifyMemberCard.valid")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("verifyMemberCard.status")
			.entity(String.class)
			.isEqualTo("EXPIRED");
	}

	@Test
	void verifyingCardsIsRateLimitedPerCaller() {
		HttpGraphQlTester organizer = as("demo-organizer-zhejiang");
		String key = "portal:rate:verify-member-card:" + userId("demo-organizer-zhejiang");
		try {
			for (int i = 0; i < MemberCards.VERIFY_LIMIT; i++) {
				verify(organizer, "M1-1-AAAAAAAAAA").path("verifyMemberCard.status")
					.entity(String.class)
					.isEqualTo("FORGED");
			}
			verify(organizer, "M1-1-AAAAAAAAAA").errors().expect((error) -> "RATE_LIMITED".equals(code(error)));
		}
		finally {
			this.redis.delete(key);
		}
	}

	@Test
	void concurrentApprovalsIssueDistinctMemberNumbers() throws Exception {
		int count = 20;
		List<String> workers = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		long unit = orgUnitId("杭州龙井茶业集团有限公司工会");
		for (int i = 0; i < count; i++) {
			String worker = newWorker();
			HttpGraphQlTester me = as(worker);
			bindPhone(me, "139" + String.format("%08d", 20000 + i));
			ids.add(apply(me, unit, "并发" + (char) ('甲' + i)).path("applyForMembership.application.id")
				.entity(String.class)
				.get());
			workers.add(worker);
		}
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		ExecutorService pool = Executors.newFixedThreadPool(count);
		List<Future<String>> results = new ArrayList<>();
		try {
			List<Callable<String>> approvals = new ArrayList<>();
			for (String id : ids) {
				approvals
					.add(() -> review(organizer, id, true, null).path("reviewMembershipApplication.application.status")
						.entity(String.class)
						.get());
			}
			results.addAll(pool.invokeAll(approvals));
		}
		finally {
			pool.shutdown();
		}
		for (Future<String> result : results) {
			assertThat(result.get()).isEqualTo("APPROVED");
		}
		Set<String> numbers = new HashSet<>();
		for (String worker : workers) {
			numbers.add(this.jdbc.queryForObject("SELECT member_no FROM member_number WHERE user_id = ?", String.class,
					userId(worker)));
		}
		System.out.println("Concurrent approvals: " + count + " applications approved by " + count + " threads, "
				+ numbers.size() + " distinct member numbers " + new java.util.TreeSet<>(numbers));
		assertThat(numbers).hasSize(count).allSatisfy((no) -> assertThat(no).matches("ZJ\\d{10}"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) - count(DISTINCT member_no) FROM member_number",
				Integer.class))
			.isZero();
	}

	@Test
	void deletingTheAccountErasesPersonalFieldsKeepsHistoriesAndEndsTheToken() throws Exception {
		String worker = newWorker();
		String token = login(worker);
		HttpGraphQlTester me = this.graphQlTester.mutate().header("Authorization", "Bearer " + token).build();
		bindPhone(me, "13912340004");
		approve(as("demo-organizer-hangzhou"), apply(me, orgUnitId("杭州西溪数字科技有限公司工会"), "孙悟"));
		long userId = userId(worker);
		String second = newWorker();
		HttpGraphQlTester pendingWorker = as(second);
		bindPhone(pendingWorker, "13912340005");
		apply(pendingWorker, orgUnitId("西溪街道总工会"), "猪八戒");
		long secondId = userId(second);

		me.document("mutation { deleteMyAccount(input: {confirm: false}) { deleted } }")
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(code(error)));
		me.document("mutation { deleteMyAccount(input: {confirm: true}) { deleted } }")
			.execute()
			.path("deleteMyAccount.deleted")
			.entity(Boolean.class)
			.isEqualTo(true);
		as(second).document("mutation { deleteMyAccount(input: {confirm: true}) { deleted } }")
			.execute()
			.path("deleteMyAccount.deleted")
			.entity(Boolean.class)
			.isEqualTo(true);

		Map<String, Object> user = this.jdbc
			.queryForMap("SELECT openid, unionid, nickname, phone, deleted_at FROM app_user WHERE id = ?", userId);
		assertThat(user.get("openid")).isEqualTo("deleted:" + userId);
		assertThat(user.get("phone")).isNull();
		assertThat(user.get("nickname")).isNull();
		assertThat(user.get("deleted_at")).isNotNull();
		assertThat(this.jdbc.queryForList("SELECT real_name FROM membership_application WHERE user_id = ?",
				String.class, userId))
			.containsOnlyNulls()
			.hasSize(1);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM membership WHERE user_id = ? AND until IS NULL",
				Integer.class, userId))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM membership WHERE user_id = ?", Integer.class, userId))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForMap("SELECT status, real_name FROM membership_application WHERE user_id = ?",
				secondId))
			.containsEntry("status", "WITHDRAWN")
			.containsEntry("real_name", null);

		HttpResponse<String> response = httpPost("/graphql", "{\"query\":\"{ me { id } }\"}", token);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("UNAUTHENTICATED");

		String again = as(worker).document("{ me { id membership { memberNo } } }")
			.execute()
			.path("me.membership")
			.valueIsNull()
			.path("me.id")
			.entity(String.class)
			.get();
		assertThat(Long.parseLong(again)).isNotEqualTo(userId);
	}

	@Test
	void membersOnlyInterestGroupsTakeMembersOfTheirUnion() {
		long group = this.jdbc.queryForObject("SELECT id FROM interest_group WHERE name = '宁波职工摄影协会'", Long.class);
		String join = "mutation($g: ID!) { joinInterestGroup(input: {groupId: $g}) { group { joined membersOnly } } }";
		as(newWorker()).document(join)
			.variable("g", group)
			.execute()
			.errors()
			.expect((error) -> "MEMBERSHIP_REQUIRED".equals(code(error)));
		as("demo-worker-1").document(join)
			.variable("g", group)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(code(error)));
		as("demo-organizer-ningbo").document("""
				mutation($unit: ID!, $name: String!) {
				  createInterestGroup(input: {orgUnitId: $unit, name: $name, category: ARTS, membersOnly: true}) {
				    group { membersOnly }
				  }
				}
				""")
			.variable("unit", orgUnitId("宁波市总工会"))
			.variable("name", "会员书法小组 " + UUID.randomUUID().toString().substring(0, 6))
			.execute()
			.path("createInterestGroup.group.membersOnly")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	@Test
	void nobodyAppliesToAClosedUnion() {
		HttpGraphQlTester admin = as("demo-admin");
		String unit = admin.document("""
				mutation($parent: ID!, $name: String!) {
				  createOrgUnit(input: {parentId: $parent, name: $name}) { orgUnit { id } }
				}
				""")
			.variable("parent", orgUnitId("蒋村街道总工会"))
			.variable("name", "即将注销的企业工会 " + UUID.randomUUID().toString().substring(0, 6))
			.execute()
			.path("createOrgUnit.orgUnit.id")
			.entity(String.class)
			.get();
		admin.document("mutation($id: ID!) { closeOrgUnit(input: {id: $id}) { orgUnit { closed } } }")
			.variable("id", unit)
			.execute()
			.path("closeOrgUnit.orgUnit.closed")
			.entity(Boolean.class)
			.isEqualTo(true);
		HttpGraphQlTester worker = as("demo-closed-" + UUID.randomUUID().toString().substring(0, 8));
		bindPhone(worker, "13700000001");

		apply(worker, Long.parseLong(unit), "张三").errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& "orgUnitId".equals(error.getExtensions().get("field")))
			.verify();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM membership_application WHERE org_unit_id = ?",
				Integer.class, Long.parseLong(unit)))
			.isZero();
	}

	private GraphQlTester.Response apply(HttpGraphQlTester worker, long unit, String name) {
		return worker.document(APPLY).variable("unit", unit).variable("name", name).execute();
	}

	private static GraphQlTester.Response review(HttpGraphQlTester organizer, String id, boolean approve,
			String reason) {
		return organizer.document(REVIEW)
			.variable("id", id)
			.variable("approve", approve)
			.variable("reason", reason)
			.execute();
	}

	private static void approve(HttpGraphQlTester organizer, GraphQlTester.Response applied) {
		String id = applied.path("applyForMembership.application.id").entity(String.class).get();
		review(organizer, id, true, null).path("reviewMembershipApplication.application.status")
			.entity(String.class)
			.isEqualTo("APPROVED");
	}

	private static GraphQlTester.Response verify(HttpGraphQlTester organizer, String code) {
		return organizer.document(VERIFY).variable("code", code).execute();
	}

	private static void bindPhone(HttpGraphQlTester worker, String phone) {
		worker.document("mutation($code: String!) { bindPhone(input: {code: $code}) { user { id } } }")
			.variable("code", "demo-phone-" + phone)
			.execute()
			.path("bindPhone.user.id")
			.hasValue();
	}

	private long membersEvent() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		Map<String, Object> input = new HashMap<>();
		input.put("orgUnitId", orgUnitId("杭州市总工会"));
		input.put("title", "会员专场 " + UUID.randomUUID().toString().substring(0, 6));
		input.put("summary", "仅限会员");
		input.put("kind", "DEMONSTRATION");
		input.put("category", "SPORTS");
		input.put("venue", Map.of("name", "职工文化中心", "address", "杭州市拱墅区湖墅南路 201 号", "cityCode", "349999", "lat", 30.2765,
				"lng", 120.1560));
		input.put("startsAt", now.plusDays(3).toString());
		input.put("endsAt", now.plusDays(3).plusHours(2).toString());
		input.put("registrationOpensAt", now.minusHours(1).toString());
		input.put("registrationClosesAt", now.plusDays(2).toString());
		input.put("capacity", 10);
		input.put("audience", "MEMBERS");
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		String id = organizer
			.document("mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }")
			.variable("input", input)
			.execute()
			.path("createEvent.event.id")
			.entity(String.class)
			.get();
		organizer.document("mutation($id: ID!) { publishEvent(input: {id: $id}) { event { status } } }")
			.variable("id", id)
			.execute()
			.path("publishEvent.event.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED");
		return Long.parseLong(id);
	}

	private static GraphQlTester.Response register(HttpGraphQlTester worker, long eventId) {
		return worker
			.document("mutation($id: ID!) { registerForEvent(input: {eventId: $id}) { registration { status } } }")
			.variable("id", eventId)
			.execute();
	}

	private static String code(org.springframework.graphql.ResponseError error) {
		return (String) error.getExtensions().get("code");
	}

	private static String newWorker() {
		return "demo-mem-" + UUID.randomUUID().toString().substring(0, 10);
	}

}
