package cn.zjgh.portal.shared;

import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class GraphQlLimitsGraphQlTests extends PortalGraphQlTests {

	@Autowired
	private SqlStatementCounter sqlStatements;

	/**
	 * 6 KB that ran a thousand SQL statements for one anonymous request: 99 pages of 50
	 * lectures, one field each.
	 */
	static String aliasAttack() {
		return IntStream.rangeClosed(1, 99)
			.mapToObj((i) -> "a" + i + ": lectures(first: 50) { edges { node { checkInCode } } }")
			.collect(Collectors.joining(" ", "{ ", " }"));
	}

	@Test
	void aDeeplyNestedQueryIsRejectedBeforeItRuns() {
		String nested = "{ orgUnit(id: 1) { " + "parent { ".repeat(13) + "name" + " }".repeat(13) + " } }";
		this.graphQlTester.document(nested)
			.execute()
			.errors()
			.expect((error) -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("depth"));
	}

	@Test
	void aQuerySelectingTooManyFieldsIsRejected() {
		String wide = "{ " + "a%d: orgUnits(first: 1) { totalCount } ".repeat(250)
			.formatted(java.util.stream.IntStream.range(0, 250).boxed().toArray()) + "}";
		this.graphQlTester.document(wide)
			.execute()
			.errors()
			.expect((error) -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code")));
	}

	@Test
	void documentsThatDoNotParseOrValidateCarryACode() {
		this.graphQlTester.document("{ orgUnits(first: 1) { nonsense } }")
			.execute()
			.errors()
			.expect((error) -> "GRAPHQL_VALIDATION_FAILED".equals(error.getExtensions().get("code")));
		this.graphQlTester.document("{ orgUnits(first: ")
			.execute()
			.errors()
			.expect((error) -> "GRAPHQL_VALIDATION_FAILED".equals(error.getExtensions().get("code")));
	}

	@Test
	void anOversizedRequestBodyIsRefusedUnread() throws Exception {
		String padding = " ".repeat(70_000);
		HttpResponse<String> response = httpPost("/graphql", "{\"query\":\"{ me { id } }" + padding + "\"}", null);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("BAD_USER_INPUT");
	}

	@Test
	void theAliasAttackIsRefusedWithItsCostBeforeItReadsAnything() {
		long before = this.sqlStatements.count();

		this.graphQlTester.document(aliasAttack())
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX")
					.containsEntry("cost", 99 * (10 + 3 + 50 * (3 + 1)))
					.containsEntry("limit", 2000)));

		// the portal's own timers may run a statement meanwhile
		assertThat(this.sqlStatements.count() - before).isLessThanOrEqualTo(1);
	}

	@Test
	void twoFiftyRowListingsWithNestedObjectsRun() {
		as("demo-worker-1")
			.document(
					"""
							{
							  lectures(first: 50) {
							    edges { node { id topic startsAt durationMinutes status remindMe classroom { name mode } lecturers { name } } }
							    pageInfo { hasNextPage endCursor }
							  }
							  events(first: 50) {
							    edges { node { id title startsAt remainingSeats category distanceMeters venue { name } } }
							    pageInfo { hasNextPage endCursor }
							  }
							}
							""")
			.execute()
			.path("lectures.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(0)
			.path("events.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
	}

	@Test
	void introspectionInADocumentDoesNotExemptItsDataFieldsFromTheDepthLimit() {
		String nested = "{ __schema { queryType { name } } orgUnit(id: 1) { " + "parent { ".repeat(13) + "name"
				+ " }".repeat(13) + " } }";
		this.graphQlTester.document(nested)
			.execute()
			.errors()
			.expect((error) -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code"))
					&& Integer.valueOf(15).equals(error.getExtensions().get("depth")));
	}

	@Test
	void theAliasAttackCostsAsMuchThroughAFragment() {
		String throughFragment = IntStream.rangeClosed(1, 99)
			.mapToObj((i) -> "a" + i + ": lectures(first: 50) { ...Codes }")
			.collect(Collectors.joining(" ", "{ ", " }"))
				+ " fragment Codes on LectureConnection { edges { node { checkInCode } } }";

		this.graphQlTester.document(throughFragment)
			.execute()
			.errors()
			.expect((error) -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code"))
					&& Integer.valueOf(99 * (10 + 3 + 50 * (3 + 1))).equals(error.getExtensions().get("cost")));
	}

	@Test
	void fragmentsThatMultiplyFieldsAreRefusedWithoutBeingExpandedInFull() {
		StringBuilder document = new StringBuilder("{ orgUnit(id: 1) { ...F5 } } fragment F0 on OrgUnit { id }");
		for (int level = 1; level <= 5; level++) {
			document.append(" fragment F").append(level).append(" on OrgUnit {");
			for (int i = 0; i < 10; i++) {
				document.append(" p").append(i).append(": parent { ...F").append(level - 1).append(" }");
			}
			document.append(" }");
		}

		this.graphQlTester.document(document.toString())
			.execute()
			.errors()
			.expect((error) -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("fields"));
	}

}
