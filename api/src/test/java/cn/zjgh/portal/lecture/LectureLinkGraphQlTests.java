package cn.zjgh.portal.lecture;

import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Live streams and replays are https:// URLs. */
class LectureLinkGraphQlTests extends PortalGraphQlTests {

	private HttpGraphQlTester organizer;

	@BeforeEach
	void organizer() {
		this.organizer = as("demo-organizer-hangzhou");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "http://live.example.com/1", "javascript:alert(1)", "data:text/html,x", "live.example.com" })
	void aLinkThatIsNoHttpsUrlIsBadInput(String url) {
		assertBad(this.organizer.document("""
				mutation($input: CreateClassroomInput!) { createClassroom(input: $input) { classroom { id } } }
				""")
			.variable("input",
					Map.of("orgUnitId", orgUnitId("西溪街道总工会"), "name", "云课堂链接测试", "mode", "ONLINE", "liveUrl", url))
			.execute(), "liveUrl");
		assertBad(this.organizer
			.document("mutation($u: String) { updateClassroom(input: {id: 1, liveUrl: $u}) { classroom { id } } }")
			.variable("u", url)
			.execute(), "liveUrl");
		assertBad(this.organizer
			.document("mutation($u: String) { updateLecture(input: {id: 1, liveUrl: $u}) { lecture { id } } }")
			.variable("u", url)
			.execute(), "liveUrl");
		assertBad(this.organizer
			.document("mutation($u: String) { updateLecture(input: {id: 1, replayUrl: $u}) { lecture { id } } }")
			.variable("u", url)
			.execute(), "replayUrl");
	}

	private static void assertBad(GraphQlTester.Response response, String field) {
		response.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("field", field)));
	}

}
