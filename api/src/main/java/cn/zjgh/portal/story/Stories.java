package cn.zjgh.portal.story;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.ListingCache;
import cn.zjgh.portal.story.StoryInputs.CreateStoryInput;
import cn.zjgh.portal.story.StoryInputs.UpdateStoryInput;
import cn.zjgh.portal.wechat.WeChatClient;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow. Organizers of the author's unit write and submit; an organizer
 * of a unit above it (or an admin) publishes or rejects. Editing a published story starts
 * a new revision that goes through review again while the published one stays visible.
 */
@Service
class Stories {

	static final String LISTINGS = "story-listings";

	/** msg_sec_check takes at most 2,500 characters at a time. */
	static final int CHECK_CHUNK = 2500;

	private final StoryMapper stories;

	private final OrgScope orgScope;

	private final OrgUnitDirectory orgUnits;

	private final UserDirectory users;

	private final WeChatClient wechat;

	private final ListingCache cache;

	private final Clock clock;

	Stories(StoryMapper stories, OrgScope orgScope, OrgUnitDirectory orgUnits, UserDirectory users, WeChatClient wechat,
			ListingCache cache, Clock clock) {
		this.stories = stories;
		this.orgScope = orgScope;
		this.orgUnits = orgUnits;
		this.users = users;
		this.wechat = wechat;
		this.cache = cache;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Story create(Caller caller, CreateStoryInput input) {
		this.orgScope.requireOrganizerOf(caller, input.authorOrgUnitId());
		long storyId = this.stories.insertStory(input.authorOrgUnitId(), caller.userId());
		StoryRevision revision = new StoryRevision();
		revision.setStoryId(storyId);
		revision.setTitle(input.title().strip());
		revision.setSummary(input.summary().strip());
		revision.setBody(input.body());
		revision.setCoverUrl(input.coverUrl());
		revision.setTags(tags(input.tags()));
		revision.setCraftsmanIds(input.craftsmanIds().stream().distinct().toArray(Long[]::new));
		revision.setStatus(StoryStatus.DRAFT);
		this.stories.setLatest(storyId, this.stories.insertRevision(revision));
		return this.stories.find(storyId);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Story update(Caller caller, UpdateStoryInput input) {
		Story story = requireWritable(caller, input.id());
		StoryRevision latest = this.stories.findRevision(story.getLatestRevisionId());
		if (latest.getStatus() == StoryStatus.IN_REVIEW) {
			throw DomainException.badInput("id", "the story is in review; wait for the decision");
		}
		boolean startNew = latest.getStatus() == StoryStatus.PUBLISHED;
		if (input.title() != null) {
			latest.setTitle(input.title().strip());
		}
		if (input.summary() != null) {
			latest.setSummary(input.summary().strip());
		}
		if (input.body() != null) {
			latest.setBody(input.body());
		}
		if (input.coverUrl() != null) {
			latest.setCoverUrl(input.coverUrl());
		}
		if (input.tags() != null) {
			latest.setTags(tags(input.tags()));
		}
		if (input.craftsmanIds() != null) {
			latest.setCraftsmanIds(input.craftsmanIds().stream().distinct().toArray(Long[]::new));
		}
		latest.setStatus(StoryStatus.DRAFT);
		if (startNew) {
			this.stories.setLatest(story.getId(), this.stories.insertRevision(latest));
		}
		else {
			this.stories.updateRevision(latest);
		}
		return this.stories.find(story.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Story submit(Caller caller, long id) {
		Story story = requireWritable(caller, id);
		if (this.stories.submitRevision(story.getLatestRevisionId(), caller.userId()) == 0) {
			throw DomainException.badInput("id", "only a draft or a rejected revision can be submitted");
		}
		return this.stories.find(id);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Story publish(Caller caller, long id) {
		Story story = requireReviewable(caller, id);
		StoryRevision revision = this.stories.findRevision(story.getLatestRevisionId());
		if (revision.getStatus() != StoryStatus.IN_REVIEW) {
			throw DomainException.badInput("id", "only a story in review can be published");
		}
		String openid = this.users.openidOf(caller.userId());
		String text = revision.getTitle() + "\n" + revision.getSummary() + "\n" + revision.getBody();
		for (int from = 0; from < text.length(); from += CHECK_CHUNK) {
			if (!this.wechat.isTextSafe(openid, text.substring(from, Math.min(text.length(), from + CHECK_CHUNK)))) {
				throw new DomainException(ErrorCode.CONTENT_RISKY, "微信内容安全检测未通过，请修改后重新提交");
			}
		}
		this.stories.setRevisionStatus(revision.getId(), StoryStatus.IN_REVIEW, StoryStatus.PUBLISHED, null,
				caller.userId());
		this.stories.retirePublished(id);
		this.stories.publish(id, revision.getId(), OffsetDateTime.now(this.clock));
		this.cache.invalidateAfterCommit(LISTINGS);
		return this.stories.find(id);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Story reject(Caller caller, long id, String reason) {
		Story story = requireReviewable(caller, id);
		if (this.stories.setRevisionStatus(story.getLatestRevisionId(), StoryStatus.IN_REVIEW, StoryStatus.REJECTED,
				reason.strip(), caller.userId()) == 0) {
			throw DomainException.badInput("id", "only a story in review can be rejected");
		}
		return this.stories.find(id);
	}

	/**
	 * Organizers of the author's unit (or above) may write; they also see unpublished
	 * stories.
	 */
	boolean mayWrite(Caller caller, Story story) {
		return caller != null && this.orgScope.covers(caller, story.getAuthorOrgUnitId());
	}

	/** An organizer of a unit strictly above the author's, or an admin. */
	boolean mayReview(Caller caller, Story story) {
		if (caller == null) {
			return false;
		}
		if (caller.isAdmin()) {
			return true;
		}
		OrgUnit author = this.orgUnits.require(story.getAuthorOrgUnitId());
		return author.getParentId() != null && this.orgScope.covers(caller, author.getParentId());
	}

	private Story requireWritable(Caller caller, long id) {
		Story story = DomainException.requireFound(this.stories.find(id), "Story", id);
		this.orgScope.requireOrganizerOf(caller, story.getAuthorOrgUnitId());
		return story;
	}

	private Story requireReviewable(Caller caller, long id) {
		Story story = DomainException.requireFound(this.stories.find(id), "Story", id);
		if (!mayReview(caller, story)) {
			throw DomainException.forbidden("Only an organizer of a unit above the author's may review this story");
		}
		if (this.stories.isAuthorOf(story.getLatestRevisionId(), caller.userId())) {
			throw DomainException.forbidden("A story is reviewed by someone other than its author");
		}
		return story;
	}

	private static String[] tags(List<String> tags) {
		return (tags != null) ? tags.stream().map(String::strip).distinct().toArray(String[]::new) : new String[0];
	}

}
