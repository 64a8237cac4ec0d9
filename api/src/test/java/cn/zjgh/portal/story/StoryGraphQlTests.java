package cn.zjgh.portal.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class StoryGraphQlTests extends PortalGraphQlTests {

	private static final String CREATE = """
			mutation($input: CreateStoryInput!) { createStory(input: $input) { story { id status } } }
			""";

	private static final String STORY = "query($id: ID!) { story(id: $id) { id title status body likeCount viewCount } }";

	@Autowired
	private Engagement engagement;

	/**
	 * Writes for the Xixi street union; the Hangzhou organizer (a unit above) reviews.
	 */
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
	void draftToReviewToPublishedWithTheRightPeopleAtEachStep() {
		String id = create("工匠故事 " + UUID.randomUUID().toString().substring(0, 6), "正文");
		String submit = "mutation($id: ID!) { submitStory(input: {id: $id}) { story { status } } }";
		String publish = "mutation($id: ID!) { publishStory(input: {id: $id}) { story { status publishedAt } } }";

		this.graphQlTester.document(STORY).variable("id", id).execute().path("story").valueIsNull();
		as("demo-worker-1").document(submit)
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
		this.writer.document(submit)
			.variable("id", id)
			.execute()
			.path("submitStory.story.status")
			.entity(String.class)
			.isEqualTo("IN_REVIEW");
		this.writer.document(publish)
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
		this.reviewer.document("{ storyReviewQueue { edges { node { id } } } }")
			.execute()
			.path("storyReviewQueue.edges[*].node.id")
			.entityList(String.class)
			.contains(id);
		this.reviewer.document(publish)
			.variable("id", id)
			.execute()
			.path("publishStory.story.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED");

		this.graphQlTester.document(STORY)
			.variable("id", id)
			.execute()
			.path("story.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED");
	}

	@Test
	void organizersListTheirUnitsStoriesInEveryStatusAndNobodyElseSeesThem() {
		String id = create("草稿 " + UUID.randomUUID().toString().substring(0, 6), "正文");
		String mine = """
				query($status: StoryStatus) {
				  organizerStories(status: $status, first: 50) { edges { node { id status } } }
				}
				""";

		this.writer.document(mine)
			.variable("status", "DRAFT")
			.execute()
			.path("organizerStories.edges[*].node.id")
			.entityList(String.class)
			.contains(id);
		this.writer.document(mine)
			.variable("status", "PUBLISHED")
			.execute()
			.path("organizerStories.edges[*].node.id")
			.entityList(String.class)
			.doesNotContain(id);
		// the province organizes the unit above
		this.reviewer.document(mine)
			.execute()
			.path("organizerStories.edges[*].node.id")
			.entityList(String.class)
			.contains(id);
		as("demo-organizer-ningbo").document(mine)
			.execute()
			.path("organizerStories.edges[*].node.id")
			.entityList(String.class)
			.doesNotContain(id);
		as("demo-worker-1").document(mine).execute().path("organizerStories.edges").entityList(Object.class).hasSize(0);
		this.graphQlTester.document(mine)
			.execute()
			.errors()
			.expect((error) -> "UNAUTHENTICATED".equals(error.getExtensions().get("code")));
	}

	@Test
	void unpublishedStoriesStayHiddenFromWorkersEverywhere() {
		String title = "未发表 " + UUID.randomUUID().toString().substring(0, 6);
		String id = create(title, "草稿正文");

		as("demo-worker-2").document(STORY).variable("id", id).execute().path("story").valueIsNull();
		this.graphQlTester.document("query($k: String) { stories(filter: {keyword: $k}) { edges { node { id } } } }")
			.variable("k", title)
			.execute()
			.path("stories.edges")
			.entityList(Object.class)
			.hasSize(0);
		this.graphQlTester.document("query($c: ID!) { craftsman(id: $c) { stories(first: 50) { id } } }")
			.variable("c", this.craftsman)
			.execute()
			.path("craftsman.stories[*].id")
			.entityList(String.class)
			.doesNotContain(id);
		this.writer.document(STORY)
			.variable("id", id)
			.execute()
			.path("story.status")
			.entity(String.class)
			.isEqualTo("DRAFT");
	}

	@Test
	void editingAPublishedStoryKeepsItVisibleUntilTheNewRevisionIsPublished() {
		String id = publish(create("原标题 " + UUID.randomUUID().toString().substring(0, 6), "原正文"));
		this.writer.document(
				"mutation($id: ID!) { updateStory(input: {id: $id, title: \"新标题\"}) { story { title pendingRevision { title status } } } }")
			.variable("id", id)
			.execute()
			.path("updateStory.story.pendingRevision.title")
			.entity(String.class)
			.isEqualTo("新标题")
			.path("updateStory.story.title")
			.entity(String.class)
			.satisfies((title) -> assertThat(title).startsWith("原标题"));

		this.graphQlTester.document(STORY)
			.variable("id", id)
			.execute()
			.path("story.title")
			.entity(String.class)
			.satisfies((title) -> assertThat(title).startsWith("原标题"));
		this.writer.document("mutation($id: ID!) { submitStory(input: {id: $id}) { story { status } } }")
			.variable("id", id)
			.execute();
		this.reviewer.document(
				"mutation($id: ID!) { rejectStory(input: {id: $id, reason: \"标题过短\"}) { story { pendingRevision { status rejectReason } } } }")
			.variable("id", id)
			.execute()
			.path("rejectStory.story.pendingRevision.rejectReason")
			.entity(String.class)
			.isEqualTo("标题过短");
		this.graphQlTester.document(STORY)
			.variable("id", id)
			.execute()
			.path("story.title")
			.entity(String.class)
			.satisfies((title) -> assertThat(title).startsWith("原标题"));
	}

	@Test
	void aRevisionShowsItsOwnCoverTagsAndCraftsmenWhileThePublishedOnesStay() {
		String id = publish(create("封面修订 " + UUID.randomUUID().toString().substring(0, 6), "正文"));
		long another = this.jdbc.queryForObject("SELECT id FROM craftsman WHERE name <> '赵敏' ORDER BY id LIMIT 1",
				Long.class);
		String fields = "coverUrl tags craftsmen { id }";
		GraphQlTester.Response edited = this.writer
			.document("mutation($input: UpdateStoryInput!) { updateStory(input: $input) { story { " + fields
					+ " pendingRevision { " + fields + " status } } } }")
			.variable("input",
					Map.of("id", id, "coverUrl", "https://img.example.com/new-cover.jpg", "tags",
							List.of("新标签", "工匠精神"), "craftsmanIds", List.of(another, this.craftsman)))
			.execute();
		edited.path("updateStory.story.pendingRevision.coverUrl")
			.entity(String.class)
			.isEqualTo("https://img.example.com/new-cover.jpg")
			.path("updateStory.story.pendingRevision.tags")
			.entityList(String.class)
			.containsExactly("新标签", "工匠精神")
			.path("updateStory.story.pendingRevision.craftsmen[*].id")
			.entityList(Long.class)
			.containsExactly(another, this.craftsman)
			.path("updateStory.story.pendingRevision.status")
			.entity(String.class)
			.isEqualTo("DRAFT");
		edited.path("updateStory.story.coverUrl")
			.valueIsNull()
			.path("updateStory.story.tags")
			.entityList(String.class)
			.containsExactly("测试")
			.path("updateStory.story.craftsmen[*].id")
			.entityList(Long.class)
			.containsExactly(this.craftsman);

		this.graphQlTester.document("query($id: ID!) { story(id: $id) { " + fields + " pendingRevision { id } } }")
			.variable("id", id)
			.execute()
			.path("story.tags")
			.entityList(String.class)
			.containsExactly("测试")
			.path("story.pendingRevision")
			.valueIsNull();
	}

	@Test
	void bodiesAreSanitisedAndRiskyTextIsNotPublished() {
		String id = publish(create("标记测试 " + UUID.randomUUID().toString().substring(0, 6),
				"<script>alert(1)</script> [点我](javascript:alert(2)) **加粗**"));
		this.graphQlTester.document(STORY)
			.variable("id", id)
			.execute()
			.path("story.body")
			.entity(String.class)
			.satisfies((body) -> assertThat(body).doesNotContain("<script", "javascript:")
				.contains("&lt;script&gt;", "[点我](#blocked:", "**加粗**"));

		String risky = create("风险测试", "欢迎参与网络赌博");
		this.writer.document("mutation($id: ID!) { submitStory(input: {id: $id}) { story { status } } }")
			.variable("id", risky)
			.execute();
		this.reviewer.document("mutation($id: ID!) { publishStory(input: {id: $id}) { story { status } } }")
			.variable("id", risky)
			.execute()
			.errors()
			.expect((error) -> "CONTENT_RISKY".equals(error.getExtensions().get("code")));
	}

	@Test
	void doubleTapsOnLikeCountOnceAndUnlikeUndoesIt() throws Exception {
		String id = publish(create("点赞测试 " + UUID.randomUUID().toString().substring(0, 6), "正文"));
		HttpGraphQlTester worker = as("demo-like-" + UUID.randomUUID().toString().substring(0, 8));
		String like = "mutation($id: ID!) { likeStory(input: {storyId: $id}) { story { likeCount likedByMe } } }";
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> taps = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				taps.add(() -> worker.document(like)
					.variable("id", id)
					.execute()
					.path("likeStory.story.likeCount")
					.entity(Integer.class)
					.get());
			}
			for (Future<Integer> tap : pool.invokeAll(taps)) {
				assertThat(tap.get()).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
		worker.document("mutation($id: ID!) { unlikeStory(input: {storyId: $id}) { story { likeCount likedByMe } } }")
			.variable("id", id)
			.execute()
			.path("unlikeStory.story.likeCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("unlikeStory.story.likedByMe")
			.entity(Boolean.class)
			.isEqualTo(false);
		worker.document("mutation($id: ID!) { favouriteStory(input: {storyId: $id}) { story { favouriteCount } } }")
			.variable("id", id)
			.execute()
			.path("favouriteStory.story.favouriteCount")
			.entity(Integer.class)
			.isEqualTo(1);
		worker.document("{ myFavourites { edges { node { id } } } }")
			.execute()
			.path("myFavourites.edges[0].node.id")
			.entity(String.class)
			.isEqualTo(id);
	}

	@Test
	void viewsCountOncePerWorkerPerDayAndReachPostgresOnFlush() {
		String id = publish(create("浏览测试 " + UUID.randomUUID().toString().substring(0, 6), "正文"));
		HttpGraphQlTester reader = as("demo-reader-" + UUID.randomUUID().toString().substring(0, 8));
		reader.document(STORY).variable("id", id).execute().path("story.id").hasValue();
		reader.document(STORY).variable("id", id).execute().path("story.id").hasValue();
		as("demo-worker-3").document(STORY).variable("id", id).execute().path("story.id").hasValue();

		this.engagement.flushViews();

		assertThat(
				this.jdbc.queryForObject("SELECT view_count FROM story WHERE id = ?", Long.class, Long.parseLong(id)))
			.isEqualTo(2L);
	}

	@Test
	void commentsAreCheckedRateLimitedAndHiddenByOrganizers() {
		String id = publish(create("评论测试 " + UUID.randomUUID().toString().substring(0, 6), "正文"));
		HttpGraphQlTester commenter = as("demo-commenter-" + UUID.randomUUID().toString().substring(0, 8));
		String comment = "mutation($id: ID!, $text: String!) { commentOnStory(input: {storyId: $id, text: $text}) { comment { id text } } }";

		commenter.document(comment)
			.variable("id", id)
			.variable("text", "代开发票找我")
			.execute()
			.errors()
			.expect((error) -> "CONTENT_RISKY".equals(error.getExtensions().get("code")));
		String first = commenter.document(comment)
			.variable("id", id)
			.variable("text", "向工匠学习！")
			.execute()
			.path("commentOnStory.comment.id")
			.entity(String.class)
			.get();
		for (int i = 0; i < Engagement.COMMENTS_PER_MINUTE - 2; i++) {
			commenter.document(comment)
				.variable("id", id)
				.variable("text", "第 " + i + " 条")
				.execute()
				.path("commentOnStory.comment.id")
				.hasValue();
		}
		commenter.document(comment)
			.variable("id", id)
			.variable("text", "太快了")
			.execute()
			.errors()
			.expect((error) -> "RATE_LIMITED".equals(error.getExtensions().get("code")));

		as("demo-worker-1").document("mutation($id: ID!) { hideComment(input: {id: $id}) { comment { hidden } } }")
			.variable("id", first)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
		this.writer.document("mutation($id: ID!) { hideComment(input: {id: $id}) { comment { hidden } } }")
			.variable("id", first)
			.execute()
			.path("hideComment.comment.hidden")
			.entity(Boolean.class)
			.isEqualTo(true);
		GraphQlTester.Response visible = this.graphQlTester.document(
				"query($id: ID!) { storyComments(storyId: $id, first: 2) { edges { node { id text authorNickname } } pageInfo { hasNextPage } } story(id: $id) { commentCount } }")
			.variable("id", id)
			.execute();
		visible.path("storyComments.edges[*].node.id").entityList(String.class).doesNotContain(first).hasSize(2);
		visible.path("storyComments.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		visible.path("story.commentCount").entity(Integer.class).isEqualTo(Engagement.COMMENTS_PER_MINUTE - 2);
	}

	@Test
	void nobodyPublishesTheirOwnStoryEvenWhenTheyOrganizeTheUnitAbove() {
		String id = this.writer.document(CREATE)
			.variable("input",
					Map.of("authorOrgUnitId", orgUnitId("西湖区总工会"), "title", "自己审自己", "summary", "摘要", "body", "正文",
							"craftsmanIds", List.of(this.craftsman), "tags", List.of("测试")))
			.execute()
			.path("createStory.story.id")
			.entity(String.class)
			.get();
		this.writer.document("mutation($id: ID!) { submitStory(input: {id: $id}) { story { status } } }")
			.variable("id", id)
			.execute()
			.path("submitStory.story.status")
			.entity(String.class)
			.isEqualTo("IN_REVIEW");

		for (String decision : List.of("publishStory(input: {id: $id})",
				"rejectStory(input: {id: $id, reason: \"自己\"})")) {
			this.writer.document("mutation($id: ID!) { " + decision + " { story { status } } }")
				.variable("id", id)
				.execute()
				.errors()
				.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")))
				.verify();
		}

		this.reviewer.document("mutation($id: ID!) { publishStory(input: {id: $id}) { story { status } } }")
			.variable("id", id)
			.execute()
			.path("publishStory.story.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED");
	}

	private String create(String title, String body) {
		return this.writer.document(CREATE)
			.variable("input",
					Map.of("authorOrgUnitId", orgUnitId("杭州市总工会"), "title", title, "summary", "摘要", "body", body,
							"craftsmanIds", List.of(this.craftsman), "tags", List.of("测试")))
			.execute()
			.path("createStory.story.id")
			.entity(String.class)
			.get();
	}

	private String publish(String id) {
		return StoryFixtures.submitAndPublish(this.writer, this.reviewer, id);
	}

}
