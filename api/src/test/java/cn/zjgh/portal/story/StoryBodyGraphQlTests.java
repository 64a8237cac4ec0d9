package cn.zjgh.portal.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a writer stores in a story's body and cover reaches workers only as safe Markdown
 * and an https:// URL.
 */
class StoryBodyGraphQlTests extends PortalGraphQlTests {

	private static final String CREATE = """
			mutation($input: CreateStoryInput!) { createStory(input: $input) { story { id coverUrl } } }
			""";

	private static final String BODY = "query($id: ID!) { story(id: $id) { body coverUrl } }";

	/** Writes for the Hangzhou union; the Zhejiang organizer (a unit above) reviews. */
	private HttpGraphQlTester writer;

	private HttpGraphQlTester reviewer;

	private long craftsman;

	@BeforeEach
	void organizers() {
		this.writer = as("demo-organizer-hangzhou");
		this.reviewer = as("demo-organizer-zhejiang");
		this.craftsman = this.jdbc.queryForObject("SELECT id FROM craftsman WHERE name = '赵敏'", Long.class);
	}

	@Test
	void referenceLinksAutolinksAndRawHtmlAreServedSafe() {
		String body = """
				[点我][x] ![图][y] <javascript:alert(3)>

				<img src=x onerror=alert(4)> [官网](https://www.zjgh.org) [活动](/pages/events/list/list)

				[x]: JavaScript&#58;alert(1)
				[y]: data:image/svg+xml;base64,PHN2Zz4=
				""";
		String id = publish(create(body, "https://img.example.com/cover.jpg"));

		GraphQlTester.Response response = this.graphQlTester.document(BODY).variable("id", id).execute();

		response.path("story.body").entity(String.class).isEqualTo("""
				[点我](#blocked:) ![图](#blocked:) [javascript:alert(3)](#blocked:)

				&lt;img src=x onerror=alert(4)&gt; [官网](https://www.zjgh.org) [活动](/pages/events/list/list)
				""");
		response.path("story.coverUrl").entity(String.class).isEqualTo("https://img.example.com/cover.jpg");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://img.example.com/cover.jpg", "javascript:alert(1)", "data:image/png;base64,AAAA",
			"//img.example.com/cover.jpg", "https://", "https:///cover.jpg", "https://user@img.example.com/cover.jpg",
			"https://img.example.com/a cover.jpg" })
	void aCoverThatIsNoHttpsUrlIsBadInput(String coverUrl) {
		this.writer.document(CREATE)
			.variable("input", input("坏封面", coverUrl))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("field", "coverUrl");
				assertThat(error.getMessage()).contains("coverUrl");
			}));

		String id = create("正文", null);
		this.writer
			.document("mutation($id: ID!, $c: String) { updateStory(input: {id: $id, coverUrl: $c}) { story { id } } }")
			.variable("id", id)
			.variable("c", coverUrl)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("field", "coverUrl")));
	}

	private Map<String, Object> input(String body, String coverUrl) {
		Map<String, Object> input = new HashMap<>(Map.of("authorOrgUnitId", orgUnitId("杭州市总工会"), "title",
				"正文测试 " + UUID.randomUUID().toString().substring(0, 6), "summary", "摘要", "body", body, "craftsmanIds",
				List.of(this.craftsman), "tags", List.of("测试")));
		input.put("coverUrl", coverUrl);
		return input;
	}

	private String create(String body, String coverUrl) {
		return this.writer.document(CREATE)
			.variable("input", input(body, coverUrl))
			.execute()
			.path("createStory.story.id")
			.entity(String.class)
			.get();
	}

	private String publish(String id) {
		return StoryFixtures.submitAndPublish(this.writer, this.reviewer, id);
	}

}
