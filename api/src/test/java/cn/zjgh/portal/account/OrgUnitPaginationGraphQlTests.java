package cn.zjgh.portal.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;
import cn.zjgh.portal.shared.SqlStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class OrgUnitPaginationGraphQlTests extends PortalGraphQlTests {

	private static final String PAGE = """
			query($parent: ID, $first: Int, $after: String) {
			  orgUnits(parentId: $parent, first: $first, after: $after) {
			    totalCount
			    edges { cursor node { id name } }
			    pageInfo { hasNextPage endCursor }
			  }
			}
			""";

	@Autowired
	private SqlStatementCounter sqlStatements;

	private long county;

	private final List<String> townships = List.of("东街道", "南街道", "西街道", "北街道", "中街道", "新街道", "老街道");

	/**
	 * A fresh county with seven townships, so the test owns every row it pages through.
	 */
	@BeforeEach
	void createCounty() {
		HttpGraphQlTester admin = as("demo-admin");
		String name = "分页测试区总工会" + UUID.randomUUID().toString().substring(0, 6);
		this.county = Long.parseLong(admin
			.document(
					"""
							mutation($parent: ID!, $name: String!) { createOrgUnit(input: {parentId: $parent, name: $name}) { orgUnit { id } } }
							""")
			.variable("parent", orgUnitId("温州市总工会"))
			.variable("name", name)
			.execute()
			.path("createOrgUnit.orgUnit.id")
			.entity(String.class)
			.get());
		for (String township : this.townships) {
			admin
				.document(
						"""
								mutation($parent: ID!, $name: String!) { createOrgUnit(input: {parentId: $parent, name: $name}) { orgUnit { id } } }
								""")
				.variable("parent", this.county)
				.variable("name", township)
				.execute()
				.path("createOrgUnit.orgUnit.id")
				.hasValue();
		}
	}

	@Test
	void pagingThroughSmallPagesVisitsEveryUnitOnceInOrder() {
		List<String> all = page(50, null).path("orgUnits.edges[*].node.name").entityList(String.class).get();
		assertThat(all).hasSize(7).isSorted();

		List<String> visited = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		while (hasNext) {
			GraphQlTester.Response page = page(3, after);
			visited.addAll(page.path("orgUnits.edges[*].node.name").entityList(String.class).get());
			page.path("orgUnits.totalCount").entity(Integer.class).isEqualTo(7);
			hasNext = page.path("orgUnits.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("orgUnits.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(visited).isEqualTo(all);
	}

	@Test
	void aCursorKeepsItsPlaceWhenRowsAreAddedBeforeIt() {
		GraphQlTester.Response first = page(2, null);
		List<String> firstNames = first.path("orgUnits.edges[*].node.name").entityList(String.class).get();
		String cursor = first.path("orgUnits.pageInfo.endCursor").entity(String.class).get();
		List<String> nextBefore = page(2, cursor).path("orgUnits.edges[*].node.name").entityList(String.class).get();

		as("demo-admin").document("""
				mutation($parent: ID!) { createOrgUnit(input: {parentId: $parent, name: "一号街道"}) { orgUnit { id } } }
				""").variable("parent", this.county).execute().path("createOrgUnit.orgUnit.id").hasValue();

		assertThat(page(2, null).path("orgUnits.edges[0].cursor").entity(String.class).get())
			.isNotEqualTo(first.path("orgUnits.edges[0].cursor").entity(String.class).get());
		assertThat(page(2, cursor).path("orgUnits.edges[*].node.name").entityList(String.class).get())
			.isEqualTo(nextBefore)
			.doesNotContainAnyElementsOf(firstNames);
	}

	@Test
	void pageSizeIsCappedAtFiftyAndCursorsMustBeOurs() {
		expectBadInput(page(51, null), "first");
		expectBadInput(page(0, null), "first");
		expectBadInput(page(10, "bm90LWEtY3Vyc29y"), "after");
		expectBadInput(page(10, "%%%"), "after");
	}

	@Test
	void nestedFieldsLoadInBatchesWhateverThePageSize() {
		String document = """
				query($parent: ID, $first: Int) {
				  orgUnits(parentId: $parent, first: $first) {
				    edges { node { name parent { name } pathNames childCount } }
				  }
				}
				""";
		long small = statementsFor(document, 1);
		long large = statementsFor(document, 7);

		assertThat(large).isEqualTo(small);
		assertThat(large).isLessThanOrEqualTo(6);
	}

	/**
	 * The statements one request makes: the fewest of three, since the counter also
	 * counts what the portal's own timers run meanwhile.
	 */
	private long statementsFor(String document, int first) {
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long before = this.sqlStatements.count();
			this.graphQlTester.document(document)
				.variable("parent", this.county)
				.variable("first", first)
				.execute()
				.path("orgUnits.edges")
				.entityList(Object.class)
				.hasSize(first);
			fewest = Math.min(fewest, this.sqlStatements.count() - before);
		}
		return fewest;
	}

	private GraphQlTester.Response page(int first, String after) {
		return this.graphQlTester.document(PAGE)
			.variable("parent", this.county)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

	private static void expectBadInput(GraphQlTester.Response response, String field) {
		response.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& field.equals(error.getExtensions().get("field")));
	}

}
