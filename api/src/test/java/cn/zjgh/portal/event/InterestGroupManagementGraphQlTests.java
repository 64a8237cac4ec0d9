package cn.zjgh.portal.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class InterestGroupManagementGraphQlTests extends PortalGraphQlTests {

	private static final String UPDATE = """
			mutation($input: UpdateInterestGroupInput!) {
			  updateInterestGroup(input: $input) { group { id name description category memberCount } }
			}
			""";

	private static final String MEMBERS = """
			query($id: ID!, $first: Int, $after: String) {
			  interestGroupMembers(groupId: $id, first: $first, after: $after) {
			    edges { node { userId nickname phone orgUnitName joinedAt } }
			    pageInfo { hasNextPage endCursor }
			  }
			}
			""";

	private static final String REMOVE = """
			mutation($groupId: ID!, $userId: ID!) {
			  removeInterestGroupMember(input: {groupId: $groupId, userId: $userId}) { group { memberCount } }
			}
			""";

	@Test
	void organizersEditTheirGroupsAndSeeAndRemoveMembers() {
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		String id = group(hangzhou, "西溪街道总工会");
		String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000));
		String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		HttpGraphQlTester first = as("demo-member-a" + suffix);
		first.document("mutation($code: String!) { bindPhone(input: {code: $code}) { user { phone } } }")
			.variable("code", "demo-phone-" + phone)
			.execute()
			.path("bindPhone.user.phone")
			.hasValue();
		for (HttpGraphQlTester worker : List.of(first, as("demo-member-b" + suffix), as("demo-member-c" + suffix))) {
			worker.document("mutation($id: ID!) { joinInterestGroup(input: {groupId: $id}) { group { joined } } }")
				.variable("id", id)
				.execute()
				.path("joinInterestGroup.group.joined")
				.entity(Boolean.class)
				.isEqualTo(true);
		}

		hangzhou.document(UPDATE)
			.variable("input", Map.of("id", id, "name", "书法小组（改）" + suffix, "description", "", "category", "ARTS"))
			.execute()
			.path("updateInterestGroup.group.name")
			.entity(String.class)
			.isEqualTo("书法小组（改）" + suffix)
			.path("updateInterestGroup.group.description")
			.valueIsNull()
			.path("updateInterestGroup.group.category")
			.entity(String.class)
			.isEqualTo("ARTS")
			.path("updateInterestGroup.group.memberCount")
			.entity(Integer.class)
			.isEqualTo(3);

		GraphQlTester.Response page = hangzhou.document(MEMBERS).variable("id", id).variable("first", 2).execute();
		page.path("interestGroupMembers.edges[0].node.phone")
			.entity(String.class)
			.isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7))
			.path("interestGroupMembers.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true);
		String cursor = page.path("interestGroupMembers.pageInfo.endCursor").entity(String.class).get();
		String last = hangzhou.document(MEMBERS)
			.variable("id", id)
			.variable("first", 2)
			.variable("after", cursor)
			.execute()
			.path("interestGroupMembers.edges[*].node.userId")
			.entityList(String.class)
			.hasSize(1)
			.get()
			.get(0);
		assertThat(last).isEqualTo(String.valueOf(userId("demo-member-c" + suffix)));

		hangzhou.document(REMOVE)
			.variable("groupId", id)
			.variable("userId", last)
			.execute()
			.path("removeInterestGroupMember.group.memberCount")
			.entity(Integer.class)
			.isEqualTo(2);
		expect(hangzhou.document(REMOVE).variable("groupId", id).variable("userId", last).execute(), "NOT_FOUND", null);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM interest_group_member WHERE group_id = ?",
				Integer.class, Long.parseLong(id)))
			.isEqualTo(2);
	}

	@Test
	void organizersOfOtherUnitsAndWorkersAreRefused() {
		String id = group(as("demo-organizer-hangzhou"), "西溪街道总工会");
		String worker = "demo-joiner-" + ThreadLocalRandom.current().nextInt(1_000_000);
		as(worker).document("mutation($id: ID!) { joinInterestGroup(input: {groupId: $id}) { group { joined } } }")
			.variable("id", id)
			.execute()
			.path("joinInterestGroup.group.joined")
			.entity(Boolean.class)
			.isEqualTo(true);
		for (HttpGraphQlTester caller : List.of(as("demo-organizer-ningbo"), as(worker))) {
			expect(caller.document(UPDATE).variable("input", Map.of("id", id, "name", "改名")).execute(), "FORBIDDEN",
					null);
			expect(caller.document(MEMBERS).variable("id", id).execute(), "FORBIDDEN", null);
			expect(caller.document(REMOVE).variable("groupId", id).variable("userId", userId(worker)).execute(),
					"FORBIDDEN", null);
		}
		assertThat(this.jdbc.queryForObject("SELECT member_count FROM interest_group WHERE id = ?", Integer.class,
				Long.parseLong(id)))
			.isEqualTo(1);
		as("demo-organizer-zhejiang").document(MEMBERS)
			.variable("id", id)
			.execute()
			.path("interestGroupMembers.edges")
			.entityList(Object.class)
			.hasSize(1);
	}

	@Test
	void badInputIsRefusedWithTheField() {
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		String id = group(hangzhou, "西溪街道总工会");
		String other = group(hangzhou, "西溪街道总工会");
		String otherName = this.jdbc.queryForObject("SELECT name FROM interest_group WHERE id = ?", String.class,
				Long.parseLong(other));
		expect(hangzhou.document(UPDATE).variable("input", Map.of("id", id, "name", "名".repeat(101))).execute(),
				"BAD_USER_INPUT", "name");
		expect(hangzhou.document(UPDATE).variable("input", Map.of("id", id, "name", "   ")).execute(), "BAD_USER_INPUT",
				"name");
		expect(hangzhou.document(UPDATE).variable("input", Map.of("id", id, "description", "述".repeat(1001))).execute(),
				"BAD_USER_INPUT", "description");
		expect(hangzhou.document(UPDATE).variable("input", Map.of("id", id, "name", otherName)).execute(),
				"BAD_USER_INPUT", null);
		expect(hangzhou.document(UPDATE).variable("input", Map.of("id", 987654321, "name", "无")).execute(), "NOT_FOUND",
				null);
		expect(hangzhou.document(MEMBERS).variable("id", 987654321).execute(), "NOT_FOUND", null);
		expect(hangzhou.document(REMOVE).variable("groupId", 987654321).variable("userId", 1).execute(), "NOT_FOUND",
				null);
		assertThat(this.jdbc.queryForObject("SELECT description FROM interest_group WHERE id = ?", String.class,
				Long.parseLong(id)))
			.isEqualTo("每周六上午临帖");
	}

	private String group(HttpGraphQlTester organizer, String unit) {
		Map<String, Object> input = new HashMap<>();
		input.put("orgUnitId", orgUnitId(unit));
		input.put("name", "书法小组" + ThreadLocalRandom.current().nextInt(1_000_000));
		input.put("description", "每周六上午临帖");
		input.put("category", "CULTURE");
		return organizer.document(
				"mutation($input: CreateInterestGroupInput!) { createInterestGroup(input: $input) { group { id } } }")
			.variable("input", input)
			.execute()
			.path("createInterestGroup.group.id")
			.entity(String.class)
			.get();
	}

	private static void expect(GraphQlTester.Response response, String code, String field) {
		response.errors()
			.expect((error) -> code.equals(error.getExtensions().get("code"))
					&& (field == null || field.equals(error.getExtensions().get("field"))));
	}

}
