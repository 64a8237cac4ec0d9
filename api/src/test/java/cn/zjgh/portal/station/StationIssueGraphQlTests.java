package cn.zjgh.portal.station;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static cn.zjgh.portal.station.StationFixtures.code;
import static org.assertj.core.api.Assertions.assertThat;

class StationIssueGraphQlTests extends PortalGraphQlTests {

	private static final String REPORT = """
			mutation($station: ID!, $kind: StationIssueKind!, $note: String) {
			  reportStationIssue(input: {stationId: $station, kind: $kind, note: $note}) {
			    issue { id kind note status reportedAt station { id } }
			  }
			}
			""";

	private static final String RESOLVE = """
			mutation($id: ID!) { resolveStationIssue(input: {id: $id, resolution: "已派人开门"}) { issue { id status resolution resolvedAt } } }
			""";

	private static final String ISSUES = """
			query($unit: ID!, $station: ID, $status: StationIssueStatus, $first: Int, $after: String) {
			  stationIssues(orgUnitId: $unit, stationId: $station, status: $status, first: $first, after: $after) {
			    edges { node { id kind note status station { id name } } }
			    pageInfo { hasNextPage endCursor }
			  }
			}
			""";

	private static final String FLAG = "query($id: ID!) { serviceStation(id: $id) { reportedClosed } }";

	@Test
	void aClosedReportFlagsTheStationUntilAnOrganizerOfItsUnitResolvesIt() {
		double[] spot = StationFixtures.freshSpot();
		long station = StationFixtures.create(as("demo-organizer-hangzhou"),
				StationFixtures.allDay(orgUnitId("长河街道总工会"), spot[0], spot[1]));
		HttpGraphQlTester rider = as(StationFixtures.newWorker());

		GraphQlTester.Response reported = report(rider, station, "CLOSED", "  门锁着  ");
		String id = reported.path("reportStationIssue.issue.id").entity(String.class).get();
		reported.path("reportStationIssue.issue.status")
			.entity(String.class)
			.isEqualTo("OPEN")
			.path("reportStationIssue.issue.note")
			.entity(String.class)
			.isEqualTo("门锁着");
		report(rider, station, "CLOSED", "又来了一次").path("reportStationIssue.issue.id")
			.entity(String.class)
			.isEqualTo(id);
		assertThat(flagged(station)).isTrue();
		this.graphQlTester
			.document(
					"""
							query($near: GeoPointInput) { serviceStations(near: $near, radiusKm: 2) { edges { node { id reportedClosed } } } }
							""")
			.variable("near", Map.of("lat", spot[0], "lng", spot[1]))
			.execute()
			.path("serviceStations.edges[0].node.reportedClosed")
			.entity(Boolean.class)
			.isEqualTo(true);
		report(rider, station, "NO_WATER", null).path("reportStationIssue.issue.id")
			.entity(String.class)
			.isNotEqualTo(id);

		as("demo-organizer-ningbo").document(RESOLVE)
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(code(error)));
		rider.document(RESOLVE)
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(code(error)));
		assertThat(flagged(station)).isTrue();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		organizer.document(RESOLVE)
			.variable("id", id)
			.execute()
			.path("resolveStationIssue.issue.status")
			.entity(String.class)
			.isEqualTo("RESOLVED")
			.path("resolveStationIssue.issue.resolvedAt")
			.hasValue();
		assertThat(flagged(station)).isFalse();
		organizer.document(RESOLVE)
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(code(error)));
		organizer.document(RESOLVE)
			.variable("id", 9_999_999L)
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(code(error)));
		String again = report(rider, station, "CLOSED", null).path("reportStationIssue.issue.id")
			.entity(String.class)
			.get();
		assertThat(again).isNotEqualTo(id);
		assertThat(flagged(station)).isTrue();
	}

	@Test
	void reportsAreListedToTheStationsOrganizersOnlyPageByPage() {
		double[] spot = StationFixtures.freshSpot();
		long unit = orgUnitId("西溪街道总工会");
		long station = StationFixtures.create(as("demo-organizer-hangzhou"),
				StationFixtures.input(unit, spot[0], spot[1]));
		HttpGraphQlTester rider = as(StationFixtures.newWorker());
		for (String kind : List.of("CLOSED", "NO_WATER", "CHARGER_BROKEN", "UNCLEAN", "OTHER")) {
			report(rider, station, kind, "备注 " + kind);
		}

		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		List<String> kinds = new java.util.ArrayList<>();
		String after = null;
		do {
			GraphQlTester.Response page = organizer.document(ISSUES)
				.variable("unit", orgUnitId("杭州市总工会"))
				.variable("station", station)
				.variable("first", 2)
				.variable("after", after)
				.execute();
			kinds.addAll(page.path("stationIssues.edges[*].node.kind").entityList(String.class).get());
			after = page.path("stationIssues.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("stationIssues.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(kinds).containsExactly("OTHER", "UNCLEAN", "CHARGER_BROKEN", "NO_WATER", "CLOSED");
		organizer.document(ISSUES)
			.variable("unit", unit)
			.variable("status", "RESOLVED")
			.execute()
			.path("stationIssues.edges[*].node.station.id")
			.entityList(Long.class)
			.satisfies((ids) -> assertThat(ids).doesNotContain(station));

		as("demo-organizer-ningbo").document(ISSUES)
			.variable("unit", unit)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(code(error)));
		as("demo-organizer-ningbo").document(ISSUES)
			.variable("unit", orgUnitId("宁波市总工会"))
			.variable("station", station)
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(code(error)));
		rider.document(ISSUES)
			.variable("unit", unit)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(code(error)));
		this.graphQlTester.document(ISSUES)
			.variable("unit", unit)
			.execute()
			.errors()
			.expect((error) -> "UNAUTHENTICATED".equals(code(error)));
		organizer.document(ISSUES)
			.variable("unit", unit)
			.variable("first", 51)
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(code(error)));
	}

	@Test
	void aReportOnNoStationOrAClosedDownOneChangesNothing() {
		double[] spot = StationFixtures.freshSpot();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long station = StationFixtures.create(organizer, StationFixtures.input(orgUnitId("杭州市总工会"), spot[0], spot[1]));
		organizer.document(
				"mutation($id: ID!) { closeServiceStation(input: {stationId: $id, reason: \"撤站\"}) { station { id } } }")
			.variable("id", station)
			.execute()
			.path("closeServiceStation.station.id")
			.hasValue();
		HttpGraphQlTester rider = as(StationFixtures.newWorker());
		int before = this.jdbc.queryForObject("SELECT count(*) FROM station_issue", Integer.class);

		report(rider, 9_999_999L, "CLOSED", null).errors().expect((error) -> "NOT_FOUND".equals(code(error)));
		report(rider, station, "CLOSED", null).errors()
			.expect((error) -> "BAD_USER_INPUT".equals(code(error))
					&& "stationId".equals(error.getExtensions().get("field")));
		report(rider, station, "NO_WATER", "长".repeat(201)).errors()
			.expect((error) -> "BAD_USER_INPUT".equals(code(error)));
		report(this.graphQlTester, station, "CLOSED", null).errors()
			.expect((error) -> "UNAUTHENTICATED".equals(code(error)));

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM station_issue", Integer.class)).isEqualTo(before);
	}

	private GraphQlTester.Response report(GraphQlTester tester, long station, String kind, String note) {
		return tester.document(REPORT)
			.variable("station", station)
			.variable("kind", kind)
			.variable("note", note)
			.execute();
	}

	private boolean flagged(long station) {
		return this.graphQlTester.document(FLAG)
			.variable("id", station)
			.execute()
			.path("serviceStation.reportedClosed")
			.entity(Boolean.class)
			.get();
	}

}
