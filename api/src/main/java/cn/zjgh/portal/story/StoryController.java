package cn.zjgh.portal.story;

import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.craftsman.Craftsman;
import cn.zjgh.portal.craftsman.CraftsmanDirectory;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.story.StoryInputs.CommentOnStoryInput;
import cn.zjgh.portal.story.StoryInputs.CommentPayload;
import cn.zjgh.portal.story.StoryInputs.CreateStoryInput;
import cn.zjgh.portal.story.StoryInputs.IdInput;
import cn.zjgh.portal.story.StoryInputs.RejectStoryInput;
import cn.zjgh.portal.story.StoryInputs.StoryFilter;
import cn.zjgh.portal.story.StoryInputs.StoryPayload;
import cn.zjgh.portal.story.StoryInputs.StoryRef;
import cn.zjgh.portal.story.StoryInputs.UpdateStoryInput;
import cn.zjgh.portal.wechat.MiniProgramCodes;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class StoryController {

	private final StoryReading reading;

	private final Stories workflow;

	private final Engagement engagement;

	private final StoryMapper stories;

	private final CommentMapper comments;

	private final CraftsmanDirectory craftsmen;

	private final OrgUnitDirectory orgUnits;

	private final UserDirectory users;

	private final MiniProgramCodes codes;

	StoryController(StoryReading reading, Stories workflow, Engagement engagement, StoryMapper stories,
			CommentMapper comments, CraftsmanDirectory craftsmen, OrgUnitDirectory orgUnits, UserDirectory users,
			MiniProgramCodes codes) {
		this.reading = reading;
		this.workflow = workflow;
		this.engagement = engagement;
		this.stories = stories;
		this.comments = comments;
		this.craftsmen = craftsmen;
		this.orgUnits = orgUnits;
		this.users = users;
		this.codes = codes;
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
	Connection<Story> myFavourites(@Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.reading.favourites(caller, PageRequest.of(first, after));
	}

	@QueryMapping
	Connection<StoryComment> storyComments(@Argument long storyId, @Argument Integer first, @Argument String after) {
		PageRequest page = PageRequest.of(first, after);
		Long afterId = page.afterId();
		return Connection.of(this.comments.findVisible(storyId, afterId, page.fetchSize()), page,
				(comment) -> Cursor.of(comment.getId()));
	}

	@QueryMapping
	Connection<Story> storyReviewQueue(@Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.reading.reviewQueue(caller, PageRequest.of(first, after));
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

	@MutationMapping
	CommentPayload commentOnStory(@Argument @Valid CommentOnStoryInput input, @AuthenticationPrincipal Caller caller) {
		return new CommentPayload(this.engagement.comment(caller, input.storyId(), input.text()));
	}

	@MutationMapping
	CommentPayload hideComment(@Argument @Valid IdInput input, @AuthenticationPrincipal Caller caller) {
		return new CommentPayload(this.engagement.hide(caller, input.id()));
	}

	@SchemaMapping(typeName = "Story")
	String body(Story story) {
		return StoryText.sanitise(story.getBody());
	}

	@SchemaMapping(typeName = "Story")
	String shareQrCode(Story story) {
		return story.isPublished() ? this.codes.dataUrl("pages/stories/detail", "s=" + story.getId()) : null;
	}

	@SchemaMapping(typeName = "Story")
	StoryRevision pendingRevision(Story story, @AuthenticationPrincipal Caller caller) {
		boolean pending = story.isPublished() && !story.getLatestRevisionId().equals(story.getPublishedRevisionId());
		boolean mayLook = this.workflow.mayWrite(caller, story) || this.workflow.mayReview(caller, story);
		if (!story.isPublished() && mayLook) {
			return this.stories.findRevision(story.getLatestRevisionId());
		}
		return (pending && mayLook) ? this.stories.findRevision(story.getLatestRevisionId()) : null;
	}

	@SchemaMapping(typeName = "StoryRevision")
	String body(StoryRevision revision) {
		return StoryText.sanitise(revision.getBody());
	}

	@BatchMapping(typeName = "Story")
	Map<Story, OrgUnit> authorOrgUnit(List<Story> stories) {
		Map<Long, OrgUnit> units = this.orgUnits
			.findAll(stories.stream().map(Story::getAuthorOrgUnitId).distinct().toList());
		return Batches.map(stories, (story) -> units.get(story.getAuthorOrgUnitId()));
	}

	@BatchMapping(typeName = "Story")
	Map<Story, List<Craftsman>> craftsmen(List<Story> stories) {
		List<Long> ids = stories.stream()
			.flatMap((story) -> Arrays.stream(story.getCraftsmanIds()))
			.distinct()
			.toList();
		Map<Long, Craftsman> found = this.craftsmen.findAll(ids);
		return Batches.map(stories,
				(story) -> Arrays.stream(story.getCraftsmanIds())
					.map(found::get)
					.filter(java.util.Objects::nonNull)
					.toList());
	}

	@BatchMapping(typeName = "Story")
	Map<Story, Boolean> likedByMe(List<Story> stories, Principal principal) {
		Set<Long> liked = Set.copyOf(this.engagement.liked(Caller.of(principal), ids(stories)));
		return Batches.map(stories, (story) -> liked.contains(story.getId()));
	}

	@BatchMapping(typeName = "Story")
	Map<Story, Boolean> favouritedByMe(List<Story> stories, Principal principal) {
		Set<Long> favourited = Set.copyOf(this.engagement.favourited(Caller.of(principal), ids(stories)));
		return Batches.map(stories, (story) -> favourited.contains(story.getId()));
	}

	@BatchMapping(typeName = "StoryComment")
	Map<StoryComment, String> authorNickname(List<StoryComment> comments) {
		var people = this.users.summaries(comments.stream().map(StoryComment::getUserId).distinct().toList());
		Map<StoryComment, String> result = new LinkedHashMap<>();
		comments.forEach((comment) -> {
			var person = people.get(comment.getUserId());
			if (person != null && person.nickname() != null) {
				result.put(comment, person.nickname());
			}
		});
		return result;
	}

	@SchemaMapping(typeName = "Craftsman", field = "stories")
	List<Story> craftsmanStories(Craftsman craftsman, @Argument Integer first) {
		return this.reading.about(craftsman.getId(), first);
	}

	@SchemaMapping(typeName = "Craftsman", field = "shareQrCode")
	String craftsmanShareQrCode(Craftsman craftsman) {
		return this.codes.dataUrl("pages/craftsmen/detail", "c=" + craftsman.getId());
	}

	private static List<Long> ids(List<Story> stories) {
		return stories.stream().map(Story::getId).distinct().toList();
	}

}
