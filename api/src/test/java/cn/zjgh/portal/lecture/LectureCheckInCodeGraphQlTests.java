package cn.zjgh.portal.lecture;

import cn.zjgh.portal.PortalGraphQlTests;
import cn.zjgh.portal.shared.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Check-in codes come back exactly as they were issued, whatever their length. */
class LectureCheckInCodeGraphQlTests extends PortalGraphQlTests {

	@Autowired
	private SqlStatementCounter sqlStatements;

	@Test
	void workersAskingForCodesCostNoQueryAndOrganizersOneBatch() {
		HttpGraphQlTester worker = as("demo-worker-1");
		HttpGraphQlTester organizer = as("demo-organizer-zhejiang");
		String withCodes = "{ lectures(first: 20) { edges { node { id checkInCode } } } }";
		String withoutCodes = "{ lectures(first: 20) { edges { node { id } } } }";
		statements(worker, withoutCodes);
		statements(organizer, withCodes);

		long workerPlain = statements(worker, withoutCodes);
		long workerWithCodes = statements(worker, withCodes);
		long organizerWithCodes = statements(organizer, withCodes);

		assertThat(workerWithCodes).isEqualTo(workerPlain);
		assertThat(organizerWithCodes - workerPlain).as("one batch of classrooms, one scope query").isEqualTo(2L);
		assertThat(worker.document(withCodes)
			.execute()
			.path("lectures.edges[*].node.checkInCode")
			.entityList(Object.class)
			.get()).containsOnlyNulls();
		assertThat(organizer.document(withCodes)
			.execute()
			.path("lectures.edges[*].node.checkInCode")
			.entityList(String.class)
			.get()).doesNotContainNull().hasSizeGreaterThan(5);
	}

	/**
	 * The statements one request makes: the fewest of three, since the counter also
	 * counts what the portal's own timers run meanwhile.
	 */
	private long statements(HttpGraphQlTester tester, String document) {
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long before = this.sqlStatements.count();
			// a page of several lectures: the demo's, and more when other tests ran first
			tester.document(document).execute().path("lectures.edges").entityList(Object.class).hasSizeGreaterThan(5);
			fewest = Math.min(fewest, this.sqlStatements.count() - before);
		}
		return fewest;
	}

	@Test
	void aShortCodeIsNotPadded() {
		long id = this.jdbc.queryForObject("SELECT id FROM lecture WHERE length(check_in_code) < 8 ORDER BY id LIMIT 1",
				Long.class);
		String stored = this.jdbc.queryForObject("SELECT check_in_code FROM lecture WHERE id = ?", String.class, id);

		String code = as("demo-organizer-zhejiang").document("query($id: ID!) { lecture(id: $id) { checkInCode } }")
			.variable("id", id)
			.execute()
			.path("lecture.checkInCode")
			.entity(String.class)
			.get();

		assertThat(stored).hasSizeLessThan(8);
		assertThat(code).isEqualTo(stored).doesNotEndWith(" ");
	}

}
