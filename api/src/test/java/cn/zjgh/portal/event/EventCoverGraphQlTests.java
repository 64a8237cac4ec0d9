package cn.zjgh.portal.event;

import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** An event's cover is an https:// URL or nothing. */
class EventCoverGraphQlTests extends PortalGraphQlTests {

	private HttpGraphQlTester organizer;

	@BeforeEach
	void organizer() {
		this.organizer = as("demo-organizer-hangzhou");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://img.example.com/cover.jpg", "javascript:alert(1)", "data:image/png;base64,AAAA",
			"HTTPS//img.example.com/cover.jpg" })
	void aCoverThatIsNoHttpsUrlIsBadInputOnCreateAndUpdate(String coverUrl) {
		Map<String, Object> input = EventFixtures.input(orgUnitId("杭州市总工会"), EventFixtures.freshCity(), "封面测试");
		String id = this.organizer.document(EventFixtures.CREATE)
			.variable("input", withCover(input, "HTTPS://img.example.com/cover.jpg"))
			.execute()
			.path("createEvent.event.id")
			.entity(String.class)
			.get();

		assertBadCover(
				this.organizer.document(EventFixtures.CREATE).variable("input", withCover(input, coverUrl)).execute());
		assertBadCover(this.organizer.document(
				"mutation($id: ID!, $c: String) { updateEvent(input: {id: $id, version: 0, coverUrl: $c}) { event { id } } }")
			.variable("id", id)
			.variable("c", coverUrl)
			.execute());
		assertThat(
				this.jdbc.queryForObject("SELECT cover_url FROM event WHERE id = ?", String.class, Long.parseLong(id)))
			.isEqualTo("HTTPS://img.example.com/cover.jpg");
	}

	private static Map<String, Object> withCover(Map<String, Object> input, String coverUrl) {
		input.put("coverUrl", coverUrl);
		return input;
	}

	private static void assertBadCover(GraphQlTester.Response response) {
		response.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("field", "coverUrl")));
	}

}
