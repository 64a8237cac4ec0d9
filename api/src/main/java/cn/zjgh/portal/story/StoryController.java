package cn.zjgh.portal.story;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.story.StoryInputs.CreateStoryInput;
import cn.zjgh.portal.story.StoryInputs.IdInput;
import cn.zjgh.portal.story.StoryInputs.RejectStoryInput;
import cn.zjgh.portal.story.StoryInputs.StoryFilter;
import cn.zjgh.portal.story.StoryInputs.StoryPayload;
import cn.zjgh.portal.story.StoryInputs.UpdateStoryInput;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class StoryController {

	private final StoryReading reading;

	private final Stories workflow;

	StoryController(StoryReading reading, Stories workflow) {
		this.reading = reading;
		this.workflow = workflow;
	}

	@QueryMapping
	Connection<Story> stories(@Argument @Valid StoryFilter filter, @Argument StoryOrder orderBy,
			@Argument Integer first, @Argument String after) {
		return this.reading.page(filter, orderBy, PageRequest.of(first, after));
	}

	@QueryMapping
	Story story(@Argument long id, @AuthenticationPrincipal Caller caller) {
		return this.reading.find(caller, id);
	}

	@QueryMapping
	Connection<Story> popularStories(@Argument Integer first) {
		return this.reading.popular(PageRequest.of(first, null));
	}

	@QueryMapping
	Connection<Story> storyReviewQueue(@Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.reading.reviewQueue(caller, PageRequest.of(first, after));
	}

	@QueryMapping
	Connection<Story> organizerStories(@Argument StoryStatus status, @Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.reading.forOrganizer(caller, status, PageRequest.of(first, after));
	}

	@MutationMapping
	StoryPayload createStory(@Argument @Valid CreateStoryInput input, @AuthenticationPrincipal Caller caller) {
		return new StoryPayload(this.workflow.create(caller, input));
	}

	@MutationMapping
	StoryPayload updateStory(@Argument @Valid UpdateStoryInput input, @AuthenticationPrincipal Caller caller) {
		return new StoryPayload(this.workflow.update(caller, input));
	}

	@MutationMapping
	StoryPayload submitStory(@Argument @Valid IdInput input, @AuthenticationPrincipal Caller caller) {
		return new StoryPayload(this.workflow.submit(caller, input.id()));
	}

	@MutationMapping
	StoryPayload publishStory(@Argument @Valid IdInput input, @AuthenticationPrincipal Caller caller) {
		return new StoryPayload(this.workflow.publish(caller, input.id()));
	}

	@MutationMapping
	StoryPayload rejectStory(@Argument @Valid RejectStoryInput input, @AuthenticationPrincipal Caller caller) {
		return new StoryPayload(this.workflow.reject(caller, input.id(), input.reason()));
	}

}
