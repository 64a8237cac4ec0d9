package cn.zjgh.portal.story;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.story.StoryInputs.StoryPayload;
import cn.zjgh.portal.story.StoryInputs.StoryRef;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class StoryEngagementController {

	private final StoryReading reading;

	private final Engagement engagement;

	StoryEngagementController(StoryReading reading, Engagement engagement) {
		this.reading = reading;
		this.engagement = engagement;
	}

	@QueryMapping
	Connection<Story> myFavourites(@Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.reading.favourites(caller, PageRequest.of(first, after));
	}

	@MutationMapping
	StoryPayload likeStory(@Argument @Valid StoryRef input, @AuthenticationPrincipal Caller caller) {
		return new StoryPayload(this.engagement.like(caller, input.storyId(), true));
	}

	@MutationMapping
	StoryPayload unlikeStory(@Argument @Valid StoryRef input, @AuthenticationPrincipal Caller caller) {
		return new StoryPayload(this.engagement.like(caller, input.storyId(), false));
	}

	@MutationMapping
	StoryPayload favouriteStory(@Argument @Valid StoryRef input, @AuthenticationPrincipal Caller caller) {
		return new StoryPayload(this.engagement.favourite(caller, input.storyId(), true));
	}

	@MutationMapping
	StoryPayload unfavouriteStory(@Argument @Valid StoryRef input, @AuthenticationPrincipal Caller caller) {
		return new StoryPayload(this.engagement.favourite(caller, input.storyId(), false));
	}

	@BatchMapping(typeName = "Story")
	Map<Story, Boolean> likedByMe(List<Story> stories, Principal principal) {
		return this.reading.likedBy(Caller.of(principal), stories);
	}

	@BatchMapping(typeName = "Story")
	Map<Story, Boolean> favouritedByMe(List<Story> stories, Principal principal) {
		return this.reading.favouritedBy(Caller.of(principal), stories);
	}

}
