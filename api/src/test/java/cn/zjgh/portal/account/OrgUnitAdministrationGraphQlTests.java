package cn.zjgh.portal.account;

import java.util.Set;
import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins rename, move and close org units. */
class OrgUnitAdministrationGraphQlTests extends PortalGraphQlTests {

	private static final String CREATE = """
			mutation($parent: ID!, $name: String!) {
			  createOrgUnit(input: {parentId: $parent, name: $name}) { orgUnit { id } }
			}
			""";

	private static final String MOVE = """
			mutation($id: ID!, $parent: ID!) {
			  moveOrgUnit(input: {id: $id, newParentId: $parent}) { orgUnit { id parent { name } pathNames } }
			}
			""";

	private static final String CLOSE = """
			mutation($id: ID!) { closeOrgUnit(input: {id: $id}) { orgUnit { id closed closedAt } } }
			""";

	private static final String RENAME = """
			mutation($id: ID!, $name: String!) { renameOrgUnit(input: {id: $id, name: $name}) { orgUnit { name } } }
			""";

	@Autowired
	private OrgScope orgScope;

	private HttpGraphQlTester admin;

	private String suffix;

	/** A county under Hangzhou, a township in it and an enterprise in that. */
	private long county;

	private long township;

	private long enterprise;

	@BeforeEach
	void createSubtree() {
		this.admin = as("demo-admin");
		this.suffix = UUID.randomUUID().toString().substring(0, 6);
		this.county = create(orgUnitId("杭州市总工会"), "调整测试区总工会" + this.suffix);
		this.township = create(this.county, "调整测试街道总工会");
		this.enterprise = create(this.township, "调整测试公司工会");
	}

	@Test
	void aMovedUnitTakesItsSubtreeAndOrganizerScopesFollow() {
		Caller hangzhou = organizer("demo-organizer-hangzhou");
		Caller ningbo = organizer("demo-organizer-ningbo");
		assertThat(this.orgScope.covers(hangzhou, this.enterprise)).isTrue();
		assertThat(this.orgScope.covers(ningbo, this.enterprise)).isFalse();

		this.admin.document(MOVE)
			.variable("id", this.county)
			.variable("parent", orgUnitId("宁波市总工会"))
			.execute()
			.path("moveOrgUnit.orgUnit.parent.name")
			.entity(String.class)
			.isEqualTo("宁波市总工会");

		this.graphQlTester.document("query($id: ID!) { orgUnit(id: $id) { pathNames } }")
			.variable("id", this.enterprise)
			.execute()
			.path("orgUnit.pathNames")
			.entityList(String.class)
			.containsExactly("浙江省总工会", "宁波市总工会", "调整测试区总工会" + this.suffix, "调整测试街道总工会", "调整测试公司工会");
		assertThat(
				this.jdbc.queryForObject("SELECT path::text FROM org_unit WHERE id = ?", String.class, this.enterprise))
			.isEqualTo(this.jdbc.queryForObject("SELECT path::text FROM org_unit WHERE id = ?", String.class,
					orgUnitId("宁波市总工会")) + "." + this.county + "." + this.township + "." + this.enterprise);
		assertThat(this.orgScope.covers(hangzhou, this.enterprise)).isFalse();
		assertThat(this.orgScope.covers(ningbo, this.enterprise)).isTrue();
		assertThat(this.orgScope.covers(ningbo, this.township)).isTrue();
	}

	@Test
	void aUnitCannotMoveBelowItselfNorToAnotherLevel() {
		expectBadInput(this.admin.document(MOVE).variable("id", this.county).variable("parent", this.township),
				"newParentId", "below itself");
		expectBadInput(this.admin.document(MOVE).variable("id", this.county).variable("parent", this.county),
				"newParentId", "below itself");
		expectBadInput(this.admin.document(MOVE).variable("id", this.county).variable("parent", orgUnitId("浙江省总工会")),
				"newParentId", "under a CITY");
		expectBadInput(this.admin.document(MOVE).variable("id", orgUnitId("浙江省总工会")).variable("parent", this.county),
				"id", "province");
		long sameName = create(orgUnitId("宁波市总工会"), "调整测试区总工会" + this.suffix);
		this.admin.document(MOVE)
			.variable("id", this.county)
			.variable("parent", orgUnitId("宁波市总工会"))
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("already exists"));
		assertThat(sameName).isNotEqualTo(this.county);
		this.graphQlTester.document("query($id: ID!) { orgUnit(id: $id) { parent { name } } }")
			.variable("id", this.county)
			.execute()
			.path("orgUnit.parent.name")
			.entity(String.class)
			.isEqualTo("杭州市总工会");
	}

	@Test
	void onlyAdminsReorganizeTheTree() {
		for (GraphQlTester.Request<?> request : new GraphQlTester.Request<?>[] {
				as("demo-organizer-hangzhou").document(MOVE)
					.variable("id", this.county)
					.variable("parent", orgUnitId("宁波市总工会")),
				as("demo-organizer-zhejiang").document(RENAME).variable("id", this.county).variable("name", "x"),
				as("demo-worker-1").document(CLOSE).variable("id", this.enterprise) }) {
			request.execute().errors().expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
		}
		this.graphQlTester.document(CLOSE)
			.variable("id", this.enterprise)
			.execute()
			.errors()
			.expect((error) -> "UNAUTHENTICATED".equals(error.getExtensions().get("code")));
	}

	@Test
	void renamingKeepsNamesUniqueAmongSiblings() {
		this.admin.document(RENAME)
			.variable("id", this.township)
			.variable("name", "  改名测试街道总工会 ")
			.execute()
			.path("renameOrgUnit.orgUnit.name")
			.entity(String.class)
			.isEqualTo("改名测试街道总工会");
		create(this.county, "另一街道总工会");
		this.admin.document(RENAME)
			.variable("id", this.township)
			.variable("name", "另一街道总工会")
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("already exists"));
		expectBadInput(this.admin.document(RENAME).variable("id", this.township).variable("name", " "), "name", "");
		this.admin.document(RENAME)
			.variable("id", 999999999)
			.variable("name", "无此单位")
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code")));
	}

	@Test
	void aClosedUnitIsMarkedAndTakesNoNewUnits() {
		expectBadInput(this.admin.document(CLOSE).variable("id", this.township), "id", "first");

		this.admin.document(CLOSE)
			.variable("id", this.enterprise)
			.execute()
			.path("closeOrgUnit.orgUnit.closed")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("closeOrgUnit.orgUnit.closedAt")
			.hasValue();
		this.admin.document(CLOSE)
			.variable("id", this.township)
			.execute()
			.path("closeOrgUnit.orgUnit.closed")
			.entity(Boolean.class)
			.isEqualTo(true);
		String closedAt = this.admin.document(CLOSE)
			.variable("id", this.township)
			.execute()
			.path("closeOrgUnit.orgUnit.closedAt")
			.entity(String.class)
			.get();
		assertThat(closedAt).isNotBlank();

		this.graphQlTester.document("""
				query($parent: ID!) { orgUnits(parentId: $parent) { edges { node { name closed } } } }
				""")
			.variable("parent", this.county)
			.execute()
			.path("orgUnits.edges[0].node.closed")
			.entity(Boolean.class)
			.isEqualTo(true);
		expectBadInput(this.admin.document(CREATE).variable("parent", this.township).variable("name", "新公司工会"),
				"parentId", "closed");
		long otherTownship = create(this.county, "另一调整测试街道总工会");
		long otherEnterprise = create(otherTownship, "另一调整测试公司工会");
		expectBadInput(this.admin.document(MOVE).variable("id", otherEnterprise).variable("parent", this.township),
				"newParentId", "closed");
	}

	private long create(long parent, String name) {
		return Long.parseLong(this.admin.document(CREATE)
			.variable("parent", parent)
			.variable("name", name)
			.execute()
			.path("createOrgUnit.orgUnit.id")
			.entity(String.class)
			.get());
	}

	private Caller organizer(String openid) {
		return new Caller(userId(openid), Set.of(Role.WORKER, Role.ORGANIZER));
	}

	private static void expectBadInput(GraphQlTester.Request<?> request, String field, String message) {
		request.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& field.equals(error.getExtensions().get("field")) && error.getMessage().contains(message));
	}

}
