package cn.zjgh.portal.story;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Takes a story through review in the tests: its writer submits, another organizer
 * publishes.
 */
final class StoryFixtures {

	private StoryFixtures() {
	}

	static String submitAndPublish(HttpGraphQlTester writer, HttpGraphQlTester reviewer, String id) {
		writer.document("mutation($id: ID!) { submitStory(input: {id: $id}) { story { status } } }")
			.variable("id", id)
			.execute()
			.path("submitStory.story.status")
			.entity(String.class)
			.isEqualTo("IN_REVIEW");
		reviewer.document("mutation($id: ID!) { publishStory(input: {id: $id}) { story { status } } }")
			.variable("id", id)
			.execute()
			.path("publishStory.story.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED");
		return id;
	}

}
