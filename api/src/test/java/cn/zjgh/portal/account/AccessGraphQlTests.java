package cn.zjgh.portal.account;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessGraphQlTests extends PortalGraphQlTests {

	private static final String GRANT = """
			mutation($user: ID!, $unit: ID!) {
			  grantOrganizer(input: {userId: $user, orgUnitId: $unit}) { user { roles organizerOf { name } } }
			}
			""";

	private static final String REVOKE = """
			mutation($user: ID!, $unit: ID!) {
			  revokeOrganizer(input: {userId: $user, orgUnitId: $unit}) { user { roles organizerOf { name } } }
			}
			""";

	@Autowired
	private OrgScope orgScope;

	@Test
	void onlyAnAdminGrantsOrganizerRights() {
		String code = "demo-volunteer-" + UUID.randomUUID().toString().substring(0, 8);
		login(code);
		long user = userId(code);
		long ningbo = orgUnitId("宁波市总工会");

		this.graphQlTester.document(GRANT)
			.variable("user", user)
			.variable("unit", ningbo)
			.execute()
			.errors()
			.expect((error) -> "UNAUTHENTICATED".equals(error.getExtensions().get("code")));
		as("demo-worker-1").document(GRANT)
			.variable("user", user)
			.variable("unit", ningbo)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
		as("demo-organizer-zhejiang").document(GRANT)
			.variable("user", user)
			.variable("unit", ningbo)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));

		HttpGraphQlTester admin = as("demo-admin");
		admin.document(GRANT)
			.variable("user", user)
			.variable("unit", ningbo)
			.execute()
			.path("grantOrganizer.user.roles")
			.entityList(String.class)
			.containsExactly("WORKER", "ORGANIZER")
			.path("grantOrganizer.user.organizerOf[*].name")
			.entityList(String.class)
			.containsExactly("宁波市总工会");
		as(code).document("{ me { roles } }").execute().path("me.roles").entityList(String.class).contains("ORGANIZER");

		admin.document(REVOKE)
			.variable("user", user)
			.variable("unit", ningbo)
			.execute()
			.path("revokeOrganizer.user.roles")
			.entityList(String.class)
			.containsExactly("WORKER")
			.path("revokeOrganizer.user.organizerOf")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void anAdminWhoseFlagIsTakenAwayLosesTheRoleWithinAMinuteOnTheSameToken() {
		String code = "demo-former-admin-" + UUID.randomUUID().toString().substring(0, 8);
		login(code);
		this.jdbc.update("UPDATE app_user SET admin = true WHERE openid = ?", code);
		HttpGraphQlTester formerAdmin = as(code);
		long user = userId(code);
		long ningbo = orgUnitId("宁波市总工会");
		formerAdmin.document(GRANT)
			.variable("user", user)
			.variable("unit", ningbo)
			.execute()
			.path("grantOrganizer.user.roles")
			.entityList(String.class)
			.contains("ORGANIZER");

		this.jdbc.update("UPDATE app_user SET admin = false WHERE openid = ?", code);
		this.clock.advance(Duration.ofMinutes(1));

		formerAdmin.document(REVOKE)
			.variable("user", user)
			.variable("unit", ningbo)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")))
			.verify();
	}

	@Test
	void grantingToSomethingThatDoesNotExistIsNotFound() {
		as("demo-admin").document(GRANT)
			.variable("user", 987654321)
			.variable("unit", orgUnitId("杭州市总工会"))
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code")));
	}

	@Test
	void anOrganizerCoversTheirUnitAndEverythingBelowItButNothingElse() {
		Caller hangzhou = caller("demo-organizer-hangzhou", Role.ORGANIZER);
		Caller province = caller("demo-organizer-zhejiang", Role.ORGANIZER);
		Caller worker = caller("demo-worker-1");
		Caller admin = caller("demo-admin", Role.ADMIN);
		long enterpriseInHangzhou = orgUnitId("杭州西溪数字科技有限公司工会");
		long enterpriseInNingbo = orgUnitId("宁波港城精密机械有限公司工会");
		long hangzhouCity = orgUnitId("杭州市总工会");
		long provinceUnit = orgUnitId("浙江省总工会");

		assertThat(this.orgScope.covers(hangzhou, hangzhouCity)).isTrue();
		assertThat(this.orgScope.covers(hangzhou, enterpriseInHangzhou)).isTrue();
		assertThat(this.orgScope.covers(hangzhou, enterpriseInNingbo)).isFalse();
		assertThat(this.orgScope.covers(hangzhou, provinceUnit)).isFalse();
		assertThat(this.orgScope.covers(province, enterpriseInNingbo)).isTrue();
		assertThat(this.orgScope.covers(worker, enterpriseInHangzhou)).isFalse();
		assertThat(this.orgScope.covers(admin, enterpriseInNingbo)).isTrue();
		assertThatThrownBy(() -> this.orgScope.requireOrganizerOf(hangzhou, enterpriseInNingbo))
			.hasMessageContaining("not an organizer");
	}

	@Test
	void adminsAddUnitsOneLevelBelowTheirParent() {
		String name = "测试区总工会" + UUID.randomUUID().toString().substring(0, 6);
		String create = """
				mutation($parent: ID!, $name: String!) {
				  createOrgUnit(input: {parentId: $parent, name: $name, regionCode: "330199"}) {
				    orgUnit { name level parent { name } pathNames }
				  }
				}
				""";
		HttpGraphQlTester admin = as("demo-admin");
		long hangzhou = orgUnitId("杭州市总工会");

		admin.document(create)
			.variable("parent", hangzhou)
			.variable("name", name)
			.execute()
			.path("createOrgUnit.orgUnit.level")
			.entity(String.class)
			.isEqualTo("COUNTY")
			.path("createOrgUnit.orgUnit.parent.name")
			.entity(String.class)
			.isEqualTo("杭州市总工会")
			.path("createOrgUnit.orgUnit.pathNames")
			.entityList(String.class)
			.containsExactly("浙江省总工会", "杭州市总工会", name);
		admin.document(create)
			.variable("parent", hangzhou)
			.variable("name", name)
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("already exists"));
		admin.document(create)
			.variable("parent", orgUnitId("杭州西溪数字科技有限公司工会"))
			.variable("name", name)
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& "parentId".equals(error.getExtensions().get("field")));
		as("demo-organizer-hangzhou").document(create)
			.variable("parent", hangzhou)
			.variable("name", name + "x")
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
	}

	private Caller caller(String openid, Role... extra) {
		Set<Role> roles = new java.util.HashSet<>(Set.of(Role.WORKER));
		roles.addAll(Set.of(extra));
		return new Caller(userId(openid), roles);
	}

}
