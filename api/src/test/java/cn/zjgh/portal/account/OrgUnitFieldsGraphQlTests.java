package cn.zjgh.portal.account;

import java.util.List;

import cn.zjgh.portal.PortalGraphQlTests;
import cn.zjgh.portal.shared.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The org unit of rows of every kind, read in batches ({@link OrgUnitFields}). */
class OrgUnitFieldsGraphQlTests extends PortalGraphQlTests {

	private static final String UNITS = """
			query($unit: ID!, $first: Int) {
			  events(filter: {orgUnitId: $unit}, first: $first) { edges { node { organizer { name pathNames } } } }
			  readingRooms(orgUnitId: $unit, first: $first) { edges { node { orgUnit { name pathNames } } } }
			  interestGroups(orgUnitId: $unit, first: $first) { edges { node { orgUnit { name pathNames } } } }
			}
			""";

	@Autowired
	private SqlStatementCounter sqlStatements;

	@Test
	void eachRowHasItsOwnUnitWithinTheUnitAskedFor() {
		GraphQlTester.Response response = units(20);
		for (String path : List.of("events.edges[*].node.organizer", "readingRooms.edges[*].node.orgUnit",
				"interestGroups.edges[*].node.orgUnit")) {
			List<List<String>> pathNames = response.path(path + ".pathNames")
				.entity(new ParameterizedTypeReference<List<List<String>>>() {
				})
				.get();
			assertThat(pathNames).as(path).isNotEmpty().allSatisfy((names) -> assertThat(names).contains("杭州市总工会"));
			assertThat(response.path(path + ".name").entityList(String.class).get()).as(path).doesNotContainNull();
		}
	}

	@Test
	void unitsOfAPageOfAnySizeAreReadInOneBatch() {
		long small = fewestStatements(1);
		long large = fewestStatements(20);

		assertThat(large).isEqualTo(small);
	}

	private GraphQlTester.Response units(int first) {
		return this.graphQlTester.document(UNITS)
			.variable("unit", orgUnitId("杭州市总工会"))
			.variable("first", first)
			.execute();
	}

	/**
	 * The fewest of three, since the counter also counts what the portal's own timers run
	 * meanwhile.
	 */
	private long fewestStatements(int first) {
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long before = this.sqlStatements.count();
			units(first).path("events.edges").entityList(Object.class).hasSizeGreaterThan(0);
			fewest = Math.min(fewest, this.sqlStatements.count() - before);
		}
		return fewest;
	}

}
