package cn.zjgh.portal.event;

import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** A closed union publishes nothing new. */
class ClosedUnitGraphQlTests extends PortalGraphQlTests {

	@Test
	void noEventOrInterestGroupForAClosedUnit() {
		HttpGraphQlTester admin = as("demo-admin");
		long unit = Long.parseLong(admin.document("""
				mutation($parent: ID!, $name: String!) {
				  createOrgUnit(input: {parentId: $parent, name: $name}) { orgUnit { id } }
				}
				""")
			.variable("parent", orgUnitId("西溪街道总工会"))
			.variable("name", "已注销的企业工会 " + UUID.randomUUID().toString().substring(0, 6))
			.execute()
			.path("createOrgUnit.orgUnit.id")
			.entity(String.class)
			.get());
		admin.document("mutation($id: ID!) { closeOrgUnit(input: {id: $id}) { orgUnit { closed } } }")
			.variable("id", unit)
			.execute()
			.path("closeOrgUnit.orgUnit.closed")
			.entity(Boolean.class)
			.isEqualTo(true);
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");

		organizer.document(EventFixtures.CREATE)
			.variable("input", EventFixtures.input(unit, EventFixtures.freshCity(), "注销后的活动"))
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& "orgUnitId".equals(error.getExtensions().get("field")))
			.verify();
		organizer.document("""
				mutation($unit: ID!) {
				  createInterestGroup(input: {orgUnitId: $unit, name: "注销后的小组", category: SPORTS}) { group { id } }
				}
				""")
			.variable("unit", unit)
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code")))
			.verify();

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM event WHERE org_unit_id = ?", Integer.class, unit))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM interest_group WHERE org_unit_id = ?", Integer.class,
				unit))
			.isZero();
	}

}
