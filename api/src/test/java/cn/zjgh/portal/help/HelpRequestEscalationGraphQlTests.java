package cn.zjgh.portal.help;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class HelpRequestEscalationGraphQlTests extends HelpRequestTestSupport {

	private static final String OVERDUE = """
			query($unit: ID!) {
			  helpRequestQueue(orgUnitId: $unit, overdue: true, first: 50) { edges { node { id overdue } } }
			}
			""";

	@Autowired
	private HelpRequestEscalation escalation;

	@Autowired
	private HelpRequestProperties properties;

	@Test
	void twoSchedulersAtOnceEscalateEachOverdueRequestOnceToTheUnitAbove() throws Exception {
		HttpGraphQlTester worker = member(newWorker(), "杭州龙井茶业集团有限公司工会");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ids.add(submitted(worker, "WAGE_ARREARS", "十月工资未发 " + i));
		}
		String accepted = ids.remove(5);
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		accept(hangzhou, accepted);
		long enterprise = orgUnitId("杭州龙井茶业集团有限公司工会");
		long street = orgUnitId("西溪街道总工会");
		assertThat(overdue(hangzhou, enterprise)).doesNotContainAnyElementsOf(ids);

		this.clock.advance(this.properties.acceptWithin().plusMinutes(1));
		assertThat(overdue(hangzhou, enterprise)).containsAll(ids).doesNotContain(accepted);
		detail(worker, ids.get(0)).path("helpRequest.overdue").entity(Boolean.class).isEqualTo(true);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			Callable<Integer> scheduler = () -> {
				start.await(10, TimeUnit.SECONDS);
				return this.escalation.escalate();
			};
			List<Future<Integer>> runs = List.of(pool.submit(scheduler), pool.submit(scheduler));
			for (Future<Integer> run : runs) {
				assertThat(run.get(30, TimeUnit.SECONDS)).isNotNegative();
			}
		}
		finally {
			pool.shutdownNow();
		}

		for (String id : ids) {
			assertThat(this.jdbc.queryForList(
					"""
							SELECT org_unit_id, to_org_unit_id FROM help_request_step WHERE request_id = ? AND kind = 'ESCALATED'
							""",
					Long.valueOf(id)))
				.as("escalations of request " + id)
				.containsExactly(Map.of("org_unit_id", enterprise, "to_org_unit_id", street));
			assertThat(this.jdbc.queryForObject("SELECT org_unit_id FROM help_request WHERE id = ?", Long.class,
					Long.valueOf(id)))
				.isEqualTo(street);
			assertThat(messagesFor(id)).as("messages about request " + id).isEqualTo(1);
			assertThat(timeline(worker, id)).containsExactly("SUBMITTED", "ESCALATED");
		}
		assertThat(timelineSteps(worker, ids.get(0)).get(1).get("toOrgUnit")).isEqualTo(Map.of("name", "西溪街道总工会"));
		assertThat(this.jdbc.queryForObject("SELECT data->>'phrase2' FROM subscribe_message WHERE page = ?",
				String.class, "pages/help/detail?id=" + ids.get(0)))
			.isEqualTo("已上报");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM help_request_step WHERE request_id = ? AND kind = 'ESCALATED'", Integer.class,
				Long.valueOf(accepted)))
			.isZero();
		assertThat(overdue(hangzhou, enterprise)).doesNotContainAnyElementsOf(ids);

		this.clock.advance(this.properties.acceptWithin().plus(Duration.ofHours(1)));
		this.escalation.escalate();
		this.escalation.escalate();
		assertThat(overdue(hangzhou, street)).as("overdue again at the street union, escalated no further")
			.containsAll(ids);
		for (String id : ids) {
			assertThat(timeline(worker, id)).containsExactly("SUBMITTED", "ESCALATED");
			assertThat(messagesFor(id)).isEqualTo(1);
		}
		sendQueuedSubscribeMessages();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM subscribe_message WHERE page = ? AND status = 'SENT'",
				Integer.class, "pages/help/detail?id=" + ids.get(0)))
			.isEqualTo(1);
	}

	@Test
	void anEscalatedRequestIsAcceptedAboveAndATransferGivesAFreshDeadlineButNothingEscalatesAboveTheProvince() {
		HttpGraphQlTester worker = member(newWorker(), "杭州蒋村智慧物流有限公司工会");
		String id = submitted(worker, "HARDSHIP", "家里遭了火灾");
		HttpGraphQlTester provinceMember = as("demo-organizer-zhejiang");
		String atTheTop = submitted(provinceMember, "OTHER", "省总工会会员的诉求");
		this.clock.advance(this.properties.acceptWithin().plusMinutes(5));
		this.escalation.escalate();
		assertThat(timeline(provinceMember, atTheTop)).as("nothing above the province").containsExactly("SUBMITTED");
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		detail(hangzhou, id).path("helpRequest.orgUnit.name")
			.entity(String.class)
			.isEqualTo("蒋村街道总工会")
			.path("helpRequest.overdue")
			.entity(Boolean.class)
			.isEqualTo(false);
		transfer(hangzhou, id, orgUnitId("西湖区总工会"), "区总工会有帮扶资金");
		this.clock.advance(this.properties.acceptWithin().plusMinutes(5));
		detail(hangzhou, id).path("helpRequest.overdue").entity(Boolean.class).isEqualTo(true);
		this.escalation.escalate();
		detail(hangzhou, id).path("helpRequest.orgUnit.name").entity(String.class).isEqualTo("西湖区总工会");
		accept(hangzhou, id).path("acceptHelpRequest.helpRequest.status").entity(String.class).isEqualTo("ACCEPTED");
		detail(worker, id).path("helpRequest.overdue").entity(Boolean.class).isEqualTo(false);
	}

	private static List<String> overdue(HttpGraphQlTester organizer, long unit) {
		return organizer.document(OVERDUE)
			.variable("unit", unit)
			.execute()
			.path("helpRequestQueue.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

}
