package cn.zjgh.portal.event;

import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** A check-in code says nothing to someone who may not use it. */
class CheckInProbingGraphQlTests extends PortalGraphQlTests {

	private static final String CHECK_IN = """
			mutation($code: String!) { checkInAttendee(input: {code: $code}) { registration { status } } }
			""";

	@Test
	void anotherUnitsRealCodeAndAnUnknownCodeGetTheSameAnswer() {
		long event = EventFixtures.createAndPublish(as("demo-organizer-hangzhou"),
				EventFixtures.input(orgUnitId("杭州市总工会"), EventFixtures.freshCity(), "签到码探测"));
		String code = as("demo-probe-" + UUID.randomUUID().toString().substring(0, 8))
			.document("mutation($id: ID!) { registerForEvent(input: {eventId: $id}) { registration { checkInCode } } }")
			.variable("id", event)
			.execute()
			.path("registerForEvent.registration.checkInCode")
			.entity(String.class)
			.get();
		HttpGraphQlTester ningbo = as("demo-organizer-ningbo");

		ResponseError real = firstError(ningbo, code);
		ResponseError unknown = firstError(ningbo, "ZZZZZZZZZZ");

		assertThat(real.getExtensions().get("code")).isEqualTo("NOT_FOUND");
		assertThat(unknown.getExtensions()).isEqualTo(real.getExtensions());
		assertThat(unknown.getMessage()).isEqualTo(real.getMessage());
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM registration WHERE check_in_code = ?", String.class, code))
			.isEqualTo("CONFIRMED");
	}

	private static ResponseError firstError(HttpGraphQlTester tester, String code) {
		return tester.document(CHECK_IN).variable("code", code).execute().returnResponse().getErrors().get(0);
	}

}
