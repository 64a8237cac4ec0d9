package cn.zjgh.portal.help;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class HelpRequestGraphQlTests extends HelpRequestTestSupport {

	@Test
	void aMembersRequestGoesToTheirUnionAndANonMembersToTheCityUnionTheyChose() {
		HttpGraphQlTester member = member(newWorker(), "杭州龙井茶业集团有限公司工会");
		submit(member, Map.of("category", "WAGE_ARREARS", "description", "车间三个月没发工资", "cityCode", "330200"))
			.path("submitHelpRequest.helpRequest.status")
			.entity(String.class)
			.isEqualTo("SUBMITTED")
			.path("submitHelpRequest.helpRequest.orgUnit.name")
			.entity(String.class)
			.isEqualTo("杭州龙井茶业集团有限公司工会");

		HttpGraphQlTester rider = as(newWorker());
		expectBadInput(submit(rider, Map.of("category", "LEGAL_CONSULTATION", "description", "被撞了想咨询")), "cityCode");
		expectBadInput(
				submit(rider, Map.of("category", "LEGAL_CONSULTATION", "description", "被撞了想咨询", "cityCode", "339999")),
				"cityCode");
		submit(rider, Map.of("category", "LEGAL_CONSULTATION", "description", "被撞了想咨询", "cityCode", "330200"))
			.path("submitHelpRequest.helpRequest.orgUnit.name")
			.entity(String.class)
			.isEqualTo("宁波市总工会");
	}

	@Test
	void badInputAndRiskyTextGetACodeAndChangeNothing() {
		HttpGraphQlTester worker = member(newWorker(), "杭州西溪数字科技有限公司工会");
		int before = requestCount();
		expectError(submit(worker, Map.of("category", "OTHER", "description", "有人拉我去赌博")), "CONTENT_RISKY");
		expectError(submit(worker, Map.of("category", "OTHER", "description", "   ")), "BAD_USER_INPUT");
		expectError(submit(worker, Map.of("category", "OTHER", "description", "字".repeat(1001))), "BAD_USER_INPUT");
		expectError(submit(worker,
				Map.of("category", "OTHER", "description", "照片", "photoUrls", List.of("http://example.com/a.jpg"))),
				"BAD_USER_INPUT");
		expectError(submit(worker, Map.of("category", "OTHER", "description", "电话", "contactPhone", "12345")),
				"BAD_USER_INPUT");
		expectBadInput(submit(worker, Map.of("category", "OTHER", "description", "请回电", "callBack", true)),
				"contactPhone");
		expectError(submit(this.graphQlTester.mutate().build(), Map.of("category", "OTHER", "description", "匿名")),
				"UNAUTHENTICATED");
		assertThat(requestCount()).isEqualTo(before);

		submit(worker,
				Map.of("category", "OTHER", "description", "请回电", "callBack", true, "contactPhone", "13912345678",
						"photoUrls", List.of("https://example.com/a.jpg")))
			.path("submitHelpRequest.helpRequest.callBack")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("submitHelpRequest.helpRequest.contactPhone")
			.entity(String.class)
			.isEqualTo("13912345678");
	}

	@Test
	void aHandlerAcceptsAnswersAndClosesAndTheWorkerFollowsEachStep() {
		String openid = newWorker();
		HttpGraphQlTester worker = member(openid, "杭州西溪数字科技有限公司工会");
		bindPhone(worker, "13912300001");
		String id = submitted(worker, "WORK_INJURY", "装配时扭伤手腕，想做工伤认定");
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");

		expectError(accept(as("demo-organizer-ningbo"), id), "FORBIDDEN");
		expectError(accept(as("demo-worker-2"), id), "FORBIDDEN");
		expectError(accept(hangzhou, "99999999"), "NOT_FOUND");
		expectBadInput(reply(hangzhou, id, "请准备材料"), "id");
		expectBadInput(close(hangzhou, id, "已办结"), "id");
		accept(hangzhou, id).path("acceptHelpRequest.helpRequest.status").entity(String.class).isEqualTo("ACCEPTED");
		expectBadInput(accept(hangzhou, id), "id");
		expectBadInput(accept(as("demo-organizer-zhejiang"), id), "id");
		reply(hangzhou, id, "请准备诊断证明和劳动合同").path("replyToHelpRequest.helpRequest.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
		expectError(reply(as("demo-organizer-ningbo"), id, "越权答复"), "FORBIDDEN");
		close(hangzhou, id, "已协助提交工伤认定申请").path("closeHelpRequest.helpRequest.status")
			.entity(String.class)
			.isEqualTo("CLOSED");
		expectBadInput(close(hangzhou, id, "再次办结"), "id");
		expectBadInput(transfer(hangzhou, id, orgUnitId("西湖区总工会"), "办结后转办"), "id");

		assertThat(timeline(worker, id)).containsExactly("SUBMITTED", "ACCEPTED", "REPLIED", "CLOSED");
		List<Map<String, Object>> steps = timelineSteps(worker, id);
		assertThat(steps.get(2).get("note")).isEqualTo("请准备诊断证明和劳动合同");
		assertThat(steps.get(3).get("note")).isEqualTo("已协助提交工伤认定申请");
		detail(worker, id).path("helpRequest.outcome").entity(String.class).isEqualTo("已协助提交工伤认定申请");

		assertThat(messagesFor(id)).isEqualTo(3);
		assertThat(this.jdbc.queryForList("SELECT data->>'phrase2' FROM subscribe_message WHERE page = ? ORDER BY id",
				String.class, "pages/help/detail?id=" + id))
			.containsExactly("已受理", "已答复", "已办结");
		sendQueuedSubscribeMessages();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM subscribe_message WHERE page = ? AND status = 'SENT' AND user_id = ?",
				Integer.class, "pages/help/detail?id=" + id, userId(openid)))
			.isEqualTo(3);
	}

	@Test
	void aTransferStaysInTheCallersPartOfTheTreeOrGoesUpAndTheUnitsItPassedStillSeeIt() {
		HttpGraphQlTester worker = member(newWorker(), "杭州西溪数字科技有限公司工会");
		String id = submitted(worker, "LABOUR_CONTRACT", "公司不肯签劳动合同");
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		HttpGraphQlTester ningbo = as("demo-organizer-ningbo");
		int before = requestCount();

		expectBadInput(transfer(hangzhou, id, orgUnitId("宁波市总工会"), "转宁波"), "orgUnitId");
		expectError(transfer(hangzhou, id, 99_999_999L, "不存在"), "NOT_FOUND");
		expectBadInput(transfer(hangzhou, id, orgUnitId("杭州西溪数字科技有限公司工会"), "原地"), "orgUnitId");
		expectError(transfer(ningbo, id, orgUnitId("宁波市总工会"), "越权"), "FORBIDDEN");
		expectError(transfer(hangzhou, id, orgUnitId("西湖区总工会"), " "), "BAD_USER_INPUT");
		assertThat(requestCount()).isEqualTo(before);
		detail(ningbo, id).errors().expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code"))).verify();

		accept(hangzhou, id).path("acceptHelpRequest.helpRequest.status").entity(String.class).isEqualTo("ACCEPTED");
		transfer(hangzhou, id, orgUnitId("西湖区总工会"), "由区总工会法律援助站办理").path("transferHelpRequest.helpRequest.status")
			.entity(String.class)
			.isEqualTo("SUBMITTED")
			.path("transferHelpRequest.helpRequest.orgUnit.name")
			.entity(String.class)
			.isEqualTo("西湖区总工会");
		HttpGraphQlTester province = as("demo-organizer-zhejiang");
		transfer(hangzhou, id, orgUnitId("浙江省总工会"), "职工实际在宁波工作，请省总分流")
			.path("transferHelpRequest.helpRequest.orgUnit.name")
			.entity(String.class)
			.isEqualTo("浙江省总工会");
		expectError(accept(hangzhou, id), "FORBIDDEN");
		transfer(province, id, orgUnitId("宁波市总工会"), "转宁波市总工会办理").path("transferHelpRequest.helpRequest.orgUnit.name")
			.entity(String.class)
			.isEqualTo("宁波市总工会");
		accept(ningbo, id).path("acceptHelpRequest.helpRequest.status").entity(String.class).isEqualTo("ACCEPTED");

		List<Map<String, Object>> steps = timelineSteps(worker, id);
		assertThat(steps).extracting((step) -> step.get("kind"))
			.containsExactly("SUBMITTED", "ACCEPTED", "TRANSFERRED", "TRANSFERRED", "TRANSFERRED", "ACCEPTED");
		assertThat(steps.get(2).get("note")).isEqualTo("由区总工会法律援助站办理");
		assertThat(steps.get(2).get("orgUnit")).isEqualTo(Map.of("name", "杭州西溪数字科技有限公司工会"));
		assertThat(steps.get(2).get("toOrgUnit")).isEqualTo(Map.of("name", "西湖区总工会"));
		assertThat(steps.get(5).get("orgUnit")).isEqualTo(Map.of("name", "宁波市总工会"));
		assertThat(timeline(hangzhou, id)).hasSize(6);
		assertThat(timeline(ningbo, id)).hasSize(6);
		detail(as("demo-worker-3"), id).errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code")))
			.verify();
		assertThat(messagesFor(id)).isEqualTo(5);
	}

	@Test
	void phonesAreMaskedForAllButTheWorkerAndTheOrganizerHandlingTheRequest() {
		HttpGraphQlTester worker = member(newWorker(), "杭州长河智能装备股份有限公司工会");
		bindPhone(worker, "13912300002");
		String id = submitted(worker, Map.of("category", "HARDSHIP", "description", "家人重病", "callBack", true));
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		HttpGraphQlTester province = as("demo-organizer-zhejiang");

		detail(worker, id).path("helpRequest.contactPhone").entity(String.class).isEqualTo("13912300002");
		detail(hangzhou, id).path("helpRequest.contactPhone").entity(String.class).isEqualTo("139****0002");
		accept(hangzhou, id).path("acceptHelpRequest.helpRequest.contactPhone")
			.entity(String.class)
			.isEqualTo("13912300002");
		detail(hangzhou, id).path("helpRequest.contactPhone").entity(String.class).isEqualTo("13912300002");
		detail(province, id).path("helpRequest.contactPhone").entity(String.class).isEqualTo("139****0002");
		assertThat(phoneInQueue(hangzhou, id)).isEqualTo("13912300002");
		assertThat(phoneInQueue(province, id)).isEqualTo("139****0002");
	}

	/**
	 * The request's phone as the organizer sees it in the queue of accepted requests at
	 * 长河.
	 */
	private String phoneInQueue(HttpGraphQlTester organizer, String id) {
		List<String> phones = organizer.document("""
				query($unit: ID!) {
				  helpRequestQueue(orgUnitId: $unit, status: ACCEPTED, first: 50) { edges { node { id contactPhone } } }
				}
				""")
			.variable("unit", orgUnitId("长河街道总工会"))
			.execute()
			.path("helpRequestQueue.edges[?(@.node.id == '" + id + "')].node.contactPhone")
			.entityList(String.class)
			.get();
		assertThat(phones).hasSize(1);
		return phones.get(0);
	}

	@Test
	void theWorkerRatesTheirOwnClosedRequestOnce() {
		HttpGraphQlTester worker = member(newWorker(), "杭州蒋村智慧物流有限公司工会");
		String id = submitted(worker, "SOCIAL_INSURANCE", "公司没交社保");
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		HttpGraphQlTester other = as("demo-worker-2");
		int before = requestCount();

		expectBadInput(rate(worker, id, 5, null), "id");
		accept(hangzhou, id);
		expectBadInput(rate(worker, id, 5, null), "id");
		close(hangzhou, id, "已协调补缴");
		before = requestCount();
		expectError(rate(other, id, 5, null), "FORBIDDEN");
		expectError(rate(hangzhou, id, 5, null), "FORBIDDEN");
		expectError(rate(worker, "99999999", 5, null), "NOT_FOUND");
		expectError(rate(worker, id, 0, null), "BAD_USER_INPUT");
		expectError(rate(worker, id, 6, null), "BAD_USER_INPUT");
		expectError(rate(worker, id, 4, "这是赌博"), "CONTENT_RISKY");
		expectError(rate(worker, id, 4, "好".repeat(501)), "BAD_USER_INPUT");
		assertThat(requestCount()).isEqualTo(before);

		rate(worker, id, 4, "办得很快").path("rateHelpRequest.helpRequest.stars")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("rateHelpRequest.helpRequest.ratingComment")
			.entity(String.class)
			.isEqualTo("办得很快");
		expectBadInput(rate(worker, id, 1, "改评价"), "id");
		detail(worker, id).path("helpRequest.stars").entity(Integer.class).isEqualTo(4);
		assertThat(timeline(worker, id)).endsWith("CLOSED", "RATED");
	}

	@Test
	void anOrganizerNeverHandlesTheirOwnRequest() {
		HttpGraphQlTester organizer = as("demo-organizer-ningbo");
		String id = submitted(organizer, "LEGAL_CONSULTATION", "想咨询劳动仲裁的流程");
		detail(organizer, id).path("helpRequest.orgUnit.name").entity(String.class).isEqualTo("宁波市总工会");
		expectError(accept(organizer, id), "FORBIDDEN");
		accept(as("demo-organizer-zhejiang"), id).path("acceptHelpRequest.helpRequest.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
		expectError(close(organizer, id, "自己办结"), "FORBIDDEN");
	}

	@Test
	void deletingTheAccountErasesWhatTheWorkerWroteAndKeepsTheCounts() {
		String openid = newWorker();
		HttpGraphQlTester worker = member(openid, "杭州西溪数字科技有限公司工会");
		bindPhone(worker, "13912300003");
		String id = submitted(worker, Map.of("category", "HARDSHIP", "description", "家里的情况", "callBack", true));
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		accept(hangzhou, id);
		close(hangzhou, id, "已发放帮扶金");
		rate(worker, id, 5, "谢谢工会");

		worker.document("mutation { deleteMyAccount(input: {confirm: true}) { deleted } }")
			.execute()
			.path("deleteMyAccount.deleted")
			.entity(Boolean.class)
			.isEqualTo(true);

		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT description, contact_phone, call_back, stars, rating_comment, status FROM help_request WHERE id = ?",
				Long.valueOf(id));
		assertThat(row.get("description")).isEqualTo("");
		assertThat(row.get("contact_phone")).isNull();
		assertThat(row.get("rating_comment")).isNull();
		assertThat(((Number) row.get("stars")).intValue()).isEqualTo(5);
		assertThat(row.get("status")).isEqualTo("CLOSED");
		assertThat(this.jdbc.queryForList("SELECT note FROM help_request_step WHERE request_id = ? AND kind = 'RATED'",
				String.class, Long.valueOf(id)))
			.containsExactly((String) null);
		assertThat(timeline(hangzhou, id)).containsExactly("SUBMITTED", "ACCEPTED", "CLOSED", "RATED");
	}

	@Test
	void listsArePagedAndCapped() {
		String openid = newWorker();
		HttpGraphQlTester worker = member(openid, "杭州龙井茶业集团有限公司工会");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(submitted(worker, "OTHER", "第 " + i + " 件诉求"));
		}
		List<String> seen = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 5; page++) {
			GraphQlTester.Response response = worker.document("""
					query($after: String) {
					  myHelpRequests(first: 2, after: $after) {
					    edges { node { id } } pageInfo { hasNextPage endCursor }
					  }
					}
					""").variable("after", after).execute();
			seen.addAll(response.path("myHelpRequests.edges[*].node.id").entityList(String.class).get());
			boolean next = response.path("myHelpRequests.pageInfo.hasNextPage").entity(Boolean.class).get();
			if (!next) {
				break;
			}
			after = response.path("myHelpRequests.pageInfo.endCursor").entity(String.class).get();
		}
		Collections.reverse(ids);
		assertThat(seen).containsExactlyElementsOf(ids);

		expectError(worker.document("{ myHelpRequests(first: 51) { edges { node { id } } } }").execute(),
				"BAD_USER_INPUT");
		expectError(worker.document("{ myHelpRequests(after: \"garbage\") { edges { node { id } } } }").execute(),
				"BAD_USER_INPUT");
		HttpGraphQlTester hangzhou = as("demo-organizer-hangzhou");
		List<String> queued = new ArrayList<>();
		after = null;
		for (int page = 0; page < 100; page++) {
			GraphQlTester.Response response = hangzhou.document("""
					query($unit: ID!, $after: String) {
					  helpRequestQueue(orgUnitId: $unit, status: SUBMITTED, first: 3, after: $after) {
					    edges { node { id status } } pageInfo { hasNextPage endCursor }
					  }
					}
					""").variable("unit", orgUnitId("杭州龙井茶业集团有限公司工会")).variable("after", after).execute();
			queued.addAll(response.path("helpRequestQueue.edges[*].node.id").entityList(String.class).get());
			if (!response.path("helpRequestQueue.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				break;
			}
			after = response.path("helpRequestQueue.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(queued).containsAll(ids).doesNotHaveDuplicates();
		assertThat(queued.stream().map(Long::valueOf).toList()).isSorted();
		expectError(as("demo-organizer-ningbo").document("""
				query($unit: ID!) { helpRequestQueue(orgUnitId: $unit) { edges { node { id } } } }
				""").variable("unit", orgUnitId("杭州市总工会")).execute(), "FORBIDDEN");
		expectError(worker.document("""
				query($unit: ID!) { helpRequestQueue(orgUnitId: $unit) { edges { node { id } } } }
				""").variable("unit", orgUnitId("杭州龙井茶业集团有限公司工会")).execute(), "FORBIDDEN");
	}

}
