package cn.zjgh.portal.story;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.craftsman.Craftsman;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class StoryFieldsController {

	private final StoryReading reading;

	private final StoryCredits credits;

	private final ShareCodes shareCodes;

	StoryFieldsController(StoryReading reading, StoryCredits credits, ShareCodes shareCodes) {
		this.reading = reading;
		this.credits = credits;
		this.shareCodes = shareCodes;
	}

	@SchemaMapping(typeName = "Story")
	String body(Story story) {
		return StoryText.sanitise(story.getBody());
	}

	@SchemaMapping(typeName = "Story")
	String shareQrCode(Story story) {
		return this.shareCodes.of(story);
	}

	@SchemaMapping(typeName = "Story")
	StoryRevision pendingRevision(Story story, @AuthenticationPrincipal Caller caller) {
		return this.reading.pendingRevisionFor(caller, story);
	}

	@SchemaMapping(typeName = "StoryRevision")
	String body(StoryRevision revision) {
		return StoryText.sanitise(revision.getBody());
	}

	@BatchMapping(typeName = "Story")
	Map<Story, OrgUnit> authorOrgUnit(List<Story> stories) {
		return this.credits.authorOrgUnits(stories);
	}

	@BatchMapping(typeName = "Story")
	Map<Story, List<Craftsman>> craftsmen(List<Story> stories) {
		return this.credits.craftsmen(stories, Story::getCraftsmanIds);
	}

	@BatchMapping(typeName = "StoryRevision", field = "craftsmen")
	Map<StoryRevision, List<Craftsman>> revisionCraftsmen(List<StoryRevision> revisions) {
		return this.credits.craftsmen(revisions, StoryRevision::getCraftsmanIds);
	}

}
