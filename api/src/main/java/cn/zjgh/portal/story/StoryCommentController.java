package cn.zjgh.portal.story;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.story.StoryInputs.CommentOnStoryInput;
import cn.zjgh.portal.story.StoryInputs.CommentPayload;
import cn.zjgh.portal.story.StoryInputs.IdInput;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class StoryCommentController {

	private final CommentReading reading;

	private final Engagement engagement;

	StoryCommentController(CommentReading reading, Engagement engagement) {
		this.reading = reading;
		this.engagement = engagement;
	}

	@QueryMapping
	Connection<StoryComment> storyComments(@Argument long storyId, @Argument Integer first, @Argument String after) {
		return this.reading.visible(storyId, PageRequest.of(first, after));
	}

	@MutationMapping
	CommentPayload commentOnStory(@Argument @Valid CommentOnStoryInput input, @AuthenticationPrincipal Caller caller) {
		return new CommentPayload(this.engagement.comment(caller, input.storyId(), input.text()));
	}

	@MutationMapping
	CommentPayload hideComment(@Argument @Valid IdInput input, @AuthenticationPrincipal Caller caller) {
		return new CommentPayload(this.engagement.hide(caller, input.id()));
	}

	@BatchMapping(typeName = "StoryComment")
	Map<StoryComment, String> authorNickname(List<StoryComment> comments) {
		return this.reading.authorNicknames(comments);
	}

}
