package cn.zjgh.portal.event;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.zjgh.portal.PortalGraphQlTests;
import cn.zjgh.portal.wechat.WeChatStandIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class SignUpAndExportGraphQlTests extends PortalGraphQlTests {

	private static final String REGISTER = """
			mutation($id: ID!, $answers: [SignUpAnswerInput!]) {
			  registerForEvent(input: {eventId: $id, answers: $answers}) {
			    registration { status answers { label value } checkInCode checkInQrCode }
			  }
			}
			""";

	@Autowired
	private WeChatStandIn standIn;

	@Autowired
	private StringRedisTemplate redis;

	@Test
	void answersAreValidatedAtRegistrationAndShownToTheRegistrant() {
		long id = eventWithQuestions();

		as("demo-worker-1").document(REGISTER)
			.variable("id", id)
			.variable("answers", List.of())
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& "answers".equals(error.getExtensions().get("field")) && error.getMessage().contains("所在单位"));
		as("demo-worker-1").document(REGISTER)
			.variable("id", id)
			.variable("answers",
					List.of(Map.of("questionId", "q1", "value", "西溪数字"), Map.of("questionId", "q2", "value", "XXXL")))
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("请从选项中选择"));

		as("demo-worker-1").document(REGISTER)
			.variable("id", id)
			.variable("answers",
					List.of(Map.of("questionId", "q1", "value", "西溪数字"), Map.of("questionId", "q2", "value", "L")))
			.execute()
			.path("registerForEvent.registration.answers[*].value")
			.entityList(String.class)
			.containsExactly("西溪数字", "L")
			.path("registerForEvent.registration.checkInQrCode")
			.entity(String.class)
			.satisfies((url) -> assertThat(url).startsWith("data:image/png;base64,"));
		assertThat(this.standIn.wxaCodes())
			.anySatisfy((code) -> assertThat(code).containsEntry("page", "pages/events/checkin"));
		String code = this.jdbc.queryForObject(
				"SELECT rtrim(check_in_code) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'",
				String.class, id);
		assertThat(this.redis.getExpire("portal:wxacode:pages/events/checkin?c=" + code, TimeUnit.SECONDS))
			.as("the door's code is kept two days, not a month")
			.isBetween(Duration.ofDays(2).minusMinutes(1).toSeconds(), Duration.ofDays(2).toSeconds());
	}

	@Test
	void organizersExportTheAttendeeListAsCsvWithAnswersAndMaskedPhones() throws Exception {
		long id = eventWithQuestions();
		as("demo-worker-2").document(REGISTER)
			.variable("id", id)
			.variable("answers",
					List.of(Map.of("questionId", "q1", "value", "=HYPERLINK(\"x\"), 西溪"),
							Map.of("questionId", "q2", "value", "M")))
			.execute()
			.path("registerForEvent.registration.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED");

		HttpResponse<String> csv = httpGet("/api/events/" + id + "/attendees.csv", login("demo-organizer-hangzhou"));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFF序号,姓名,手机,所属工会,状态,报名时间,签到时间,所在单位,服装尺码");
		assertThat(lines.get(1)).startsWith("1,李秀英,138****0002,杭州西溪数字科技有限公司工会,已确认,")
			.endsWith(",\"'=HYPERLINK(\"\"x\"\"), 西溪\",M");

		assertThat(httpGet("/api/events/" + id + "/attendees.csv", login("demo-organizer-ningbo")).statusCode())
			.isEqualTo(403);
		assertThat(httpGet("/api/events/" + id + "/attendees.csv", null).statusCode()).isEqualTo(401);
	}

	private long eventWithQuestions() {
		Map<String, Object> input = EventFixtures.input(orgUnitId("杭州市总工会"), EventFixtures.freshCity(), "带报名问题的活动");
		input.put("questions", List.of(Map.of("label", "所在单位", "kind", "TEXT", "required", true),
				Map.of("label", "服装尺码", "kind", "CHOICE", "required", true, "options", List.of("S", "M", "L", "XL"))));
		return EventFixtures.createAndPublish(as("demo-organizer-hangzhou"), input);
	}

}
