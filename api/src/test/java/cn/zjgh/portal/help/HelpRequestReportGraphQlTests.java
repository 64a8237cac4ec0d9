package cn.zjgh.portal.help;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class HelpRequestReportGraphQlTests extends HelpRequestTestSupport {

	private static final String REPORT = """
			query($unit: ID!, $from: Date!, $to: Date!) {
			  helpRequestReport(orgUnitId: $unit, from: $from, to: $to) {
			    total byCategory { category count } byStatus { status count }
			    medianMinutesToAccept medianMinutesToClose averageRating ratings
			  }
			}
			""";

	@Test
	void countsPerCategoryAndStatusMediansAndTheAverageRatingOfAKnownMonth() {
		HttpGraphQlTester province = as("demo-organizer-zhejiang");
		HttpGraphQlTester workerA = as(newWorker());
		HttpGraphQlTester workerB = as(newWorker());
		String a = inWenzhou(workerA, "WAGE_ARREARS");
		String b = inWenzhou(workerB, "WAGE_ARREARS");
		String c = inWenzhou(as(newWorker()), "WORK_INJURY");
		String d = inWenzhou(as(newWorker()), "OTHER");
		String e = inWenzhou(as(newWorker()), "OTHER");
		for (String id : List.of(a, b, c)) {
			accept(province, id);
		}
		close(province, a, "已追回欠薪");
		close(province, b, "已调解");
		rate(workerA, a, 5, null);
		rate(workerB, b, 2, "太慢了");
		times(a, "2021-03-01T08:00:00+08:00", 60, 1440);
		times(b, "2021-03-03T08:00:00+08:00", 30, 720);
		times(c, "2021-03-05T08:00:00+08:00", 120, null);
		times(d, "2021-03-31T23:30:00+08:00", null, null);
		times(e, "2021-04-01T00:10:00+08:00", null, null);

		GraphQlTester.Response report = report(province, orgUnitId("温州市总工会"), "2021-03-01", "2021-03-31");
		report.path("helpRequestReport.total").entity(Integer.class).isEqualTo(4);
		assertThat(report.path("helpRequestReport.byCategory").entityList(Map.class).get()).containsExactly(
				Map.of("category", "WAGE_ARREARS", "count", 2), Map.of("category", "WORK_INJURY", "count", 1),
				Map.of("category", "OTHER", "count", 1));
		assertThat(report.path("helpRequestReport.byStatus").entityList(Map.class).get()).containsExactly(
				Map.of("status", "SUBMITTED", "count", 1), Map.of("status", "ACCEPTED", "count", 1),
				Map.of("status", "CLOSED", "count", 2));
		report.path("helpRequestReport.medianMinutesToAccept")
			.entity(Double.class)
			.isEqualTo(60.0)
			.path("helpRequestReport.medianMinutesToClose")
			.entity(Double.class)
			.isEqualTo(1080.0)
			.path("helpRequestReport.averageRating")
			.entity(Double.class)
			.isEqualTo(3.5)
			.path("helpRequestReport.ratings")
			.entity(Integer.class)
			.isEqualTo(2);

		report(province, orgUnitId("温州市总工会"), "2021-04-01", "2021-04-01").path("helpRequestReport.total")
			.entity(Integer.class)
			.isEqualTo(1);
		report(province, orgUnitId("鹿城区总工会"), "2021-03-01", "2021-03-31").path("helpRequestReport.total")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("helpRequestReport.byCategory")
			.entityList(Map.class)
			.hasSize(0)
			.path("helpRequestReport.medianMinutesToAccept")
			.valueIsNull()
			.path("helpRequestReport.averageRating")
			.valueIsNull();
	}

	@Test
	void onlyOrganizersOfTheUnitGetAReportOfASensiblePeriod() {
		long wenzhou = orgUnitId("温州市总工会");
		expectError(report(as("demo-organizer-hangzhou"), wenzhou, "2021-03-01", "2021-03-31"), "FORBIDDEN");
		expectError(report(as("demo-worker-1"), wenzhou, "2021-03-01", "2021-03-31"), "FORBIDDEN");
		HttpGraphQlTester province = as("demo-organizer-zhejiang");
		expectBadInput(report(province, wenzhou, "2021-03-31", "2021-03-01"), "to");
		expectBadInput(report(province, wenzhou, "2020-01-01", "2021-03-01"), "to");
		expectError(report(province, 99_999_999L, "2021-03-01", "2021-03-31"), "NOT_FOUND");
	}

	private static String inWenzhou(HttpGraphQlTester worker, String category) {
		return submitted(worker, Map.of("category", category, "description", "温州的诉求", "cityCode", "330300"));
	}

	private void times(String id, String created, Integer acceptedAfter, Integer closedAfter) {
		OffsetDateTime at = OffsetDateTime.parse(created);
		this.jdbc.update("""
				UPDATE help_request SET created_at = ?, accepted_at = ?, closed_at = ?,
				       rated_at = CASE WHEN rated_at IS NULL THEN NULL ELSE ? END
				WHERE id = ?
				""", at, (acceptedAfter != null) ? at.plusMinutes(acceptedAfter) : null,
				(closedAfter != null) ? at.plusMinutes(closedAfter) : null, at.plusDays(5), Long.valueOf(id));
	}

	private static GraphQlTester.Response report(HttpGraphQlTester organizer, long unit, String from, String to) {
		return organizer.document(REPORT).variable("unit", unit).variable("from", from).variable("to", to).execute();
	}

}
