package cn.zjgh.portal.help;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Submitting and handling help requests through the API, for the tests of this feature.
 */
abstract class HelpRequestTestSupport extends PortalGraphQlTests {

	static final String SUBMIT = """
			mutation($input: SubmitHelpRequestInput!) {
			  submitHelpRequest(input: $input) {
			    helpRequest { id status contactPhone callBack orgUnit { name } }
			  }
			}
			""";

	static final String DETAIL = """
			query($id: ID!) {
			  helpRequest(id: $id) {
			    id status contactPhone overdue outcome stars ratingComment orgUnit { name }
			    timeline(first: 50) { edges { node { kind note orgUnit { name } toOrgUnit { name } } } }
			  }
			}
			""";

	static final String ACCEPT = """
			mutation($id: ID!) { acceptHelpRequest(input: {id: $id}) { helpRequest { id status contactPhone } } }
			""";

	static final String REPLY = """
			mutation($id: ID!, $text: String!) {
			  replyToHelpRequest(input: {id: $id, text: $text}) { helpRequest { id status } }
			}
			""";

	static final String TRANSFER = """
			mutation($id: ID!, $unit: ID!, $reason: String!) {
			  transferHelpRequest(input: {id: $id, orgUnitId: $unit, reason: $reason}) {
			    helpRequest { id status orgUnit { name } }
			  }
			}
			""";

	static final String CLOSE = """
			mutation($id: ID!, $outcome: String!) {
			  closeHelpRequest(input: {id: $id, outcome: $outcome}) { helpRequest { id status outcome } }
			}
			""";

	static final String RATE = """
			mutation($id: ID!, $stars: Int!, $comment: String) {
			  rateHelpRequest(input: {id: $id, stars: $stars, comment: $comment}) { helpRequest { id stars ratingComment } }
			}
			""";

	static String newWorker() {
		return "demo-help-" + UUID.randomUUID().toString().substring(0, 10);
	}

	/**
	 * Logs the worker in once and makes them a member of the union, as an approval would.
	 */
	HttpGraphQlTester member(String openid, String unit) {
		HttpGraphQlTester tester = as(openid);
		long userId = userId(openid);
		this.jdbc.update("INSERT INTO member_number (user_id) VALUES (?)", userId);
		this.jdbc.update("""
				INSERT INTO membership (user_id, member_no, org_unit_id, since)
				SELECT user_id, member_no, ?, now() FROM member_number WHERE user_id = ?
				""", orgUnitId(unit), userId);
		return tester;
	}

	static void bindPhone(HttpGraphQlTester worker, String phone) {
		worker.document("mutation($code: String!) { bindPhone(input: {code: $code}) { user { id } } }")
			.variable("code", "demo-phone-" + phone)
			.execute()
			.path("bindPhone.user.id")
			.hasValue();
	}

	static GraphQlTester.Response submit(HttpGraphQlTester worker, Map<String, Object> input) {
		return worker.document(SUBMIT).variable("input", input).execute();
	}

	static String submitted(HttpGraphQlTester worker, Map<String, Object> input) {
		return submit(worker, input).path("submitHelpRequest.helpRequest.id").entity(String.class).get();
	}

	static String submitted(HttpGraphQlTester worker, String category, String description) {
		return submitted(worker, Map.of("category", category, "description", description));
	}

	static GraphQlTester.Response accept(HttpGraphQlTester organizer, String id) {
		return organizer.document(ACCEPT).variable("id", id).execute();
	}

	static GraphQlTester.Response reply(HttpGraphQlTester organizer, String id, String text) {
		return organizer.document(REPLY).variable("id", id).variable("text", text).execute();
	}

	static GraphQlTester.Response transfer(HttpGraphQlTester organizer, String id, long unit, String reason) {
		return organizer.document(TRANSFER)
			.variable("id", id)
			.variable("unit", unit)
			.variable("reason", reason)
			.execute();
	}

	static GraphQlTester.Response close(HttpGraphQlTester organizer, String id, String outcome) {
		return organizer.document(CLOSE).variable("id", id).variable("outcome", outcome).execute();
	}

	static GraphQlTester.Response rate(HttpGraphQlTester worker, String id, int stars, String comment) {
		return worker.document(RATE).variable("id", id).variable("stars", stars).variable("comment", comment).execute();
	}

	static GraphQlTester.Response detail(HttpGraphQlTester caller, String id) {
		return caller.document(DETAIL).variable("id", id).execute();
	}

	/** The kinds of the request's timeline, oldest first, as the caller sees them. */
	static List<String> timeline(HttpGraphQlTester caller, String id) {
		return detail(caller, id).path("helpRequest.timeline.edges[*].node.kind").entityList(String.class).get();
	}

	static List<Map<String, Object>> timelineSteps(HttpGraphQlTester caller, String id) {
		return detail(caller, id).path("helpRequest.timeline.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	/** Expects exactly one error, with this code. */
	static void expectError(GraphQlTester.Response response, String code) {
		response.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions().get("code")).as(error.getMessage())
					.isEqualTo(code)));
	}

	/** Expects BAD_USER_INPUT naming the field. */
	static void expectBadInput(GraphQlTester.Response response, String field) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions().get("code")).as(error.getMessage()).isEqualTo("BAD_USER_INPUT");
			assertThat(error.getExtensions().get("field")).as(error.getMessage()).isEqualTo(field);
		}));
	}

	int requestCount() {
		return this.jdbc.queryForObject("SELECT count(*) FROM help_request", Integer.class)
				+ this.jdbc.queryForObject("SELECT count(*) FROM help_request_step", Integer.class);
	}

	int messagesFor(String requestId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM subscribe_message WHERE template = ? AND page = ?",
				Integer.class, HelpRequestNotices.TEMPLATE, "pages/help/detail?id=" + requestId);
	}

}
