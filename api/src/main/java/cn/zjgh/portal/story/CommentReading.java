package cn.zjgh.portal.story;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.account.UserDirectory.UserSummary;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.PageRequest;

import org.springframework.stereotype.Service;

/**
 * The comments workers read under a story: the visible ones only, newest first, each with
 * its author's nickname.
 */
@Service
class CommentReading {

	private final CommentMapper comments;

	private final UserDirectory users;

	CommentReading(CommentMapper comments, UserDirectory users) {
		this.comments = comments;
		this.users = users;
	}

	Connection<StoryComment> visible(long storyId, PageRequest page) {
		return Connection.of(this.comments.findVisible(storyId, page.afterId(), page.fetchSize()), page,
				(comment) -> Cursor.of(comment.getId()));
	}

	/** Each comment's author's nickname; left out when the author has none. */
	Map<StoryComment, String> authorNicknames(List<StoryComment> comments) {
		Map<Long, UserSummary> people = this.users
			.summaries(comments.stream().map(StoryComment::getUserId).distinct().toList());
		return Batches.map(comments, (comment) -> {
			UserSummary person = people.get(comment.getUserId());
			return (person != null) ? person.nickname() : null;
		});
	}

}
