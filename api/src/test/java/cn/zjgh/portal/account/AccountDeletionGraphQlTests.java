package cn.zjgh.portal.account;

import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Deleting an account erases what other features keep of the person, and no count. */
class AccountDeletionGraphQlTests extends PortalGraphQlTests {

	@Test
	void signUpAnswersAndCommentTextGoWithTheAccountWhileTheRowsStay() {
		String code = "demo-leaving-" + UUID.randomUUID().toString().substring(0, 8);
		HttpGraphQlTester leaving = as(code);
		long user = userId(code);
		long event = this.jdbc.queryForObject("SELECT id FROM event ORDER BY id LIMIT 1", Long.class);
		long story = this.jdbc.queryForObject("SELECT id FROM story WHERE published_revision_id IS NOT NULL LIMIT 1",
				Long.class);
		this.jdbc.update("""
				INSERT INTO registration (event_id, user_id, status, check_in_code, registered_at, answers)
				VALUES (?, ?, 'CANCELLED', ?, now(), '[{"questionId": "q1", "value": "张三 13900000000"}]')
				""", event, user, UUID.randomUUID().toString().substring(0, 10).toUpperCase());
		this.jdbc.update("INSERT INTO story_comment (story_id, user_id, text) VALUES (?, ?, '我是张三，电话 13900000000')",
				story, user);
		int comments = this.jdbc.queryForObject("SELECT count(*) FROM story_comment WHERE story_id = ?", Integer.class,
				story);

		leaving.document("mutation { deleteMyAccount(input: {confirm: true}) { deleted } }")
			.execute()
			.path("deleteMyAccount.deleted")
			.entity(Boolean.class)
			.isEqualTo(true);

		assertThat(this.jdbc.queryForObject("SELECT answers::text FROM registration WHERE user_id = ?", String.class,
				user))
			.isEqualTo("[]");
		assertThat(this.jdbc.queryForObject("SELECT text FROM story_comment WHERE user_id = ?", String.class, user))
			.doesNotContain("张三")
			.doesNotContain("13900000000");
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM story_comment WHERE story_id = ?", Integer.class, story))
			.isEqualTo(comments);
	}

}
