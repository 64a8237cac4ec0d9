package cn.zjgh.portal.story;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.LikePattern;
import cn.zjgh.portal.shared.LikePattern;
import cn.zjgh.portal.shared.ListingCache;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.story.StoryInputs.StoryFilter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What workers read: published stories only, listed, found, favourited; and the review
 * queue.
 */
@Service
class StoryReading {

	static final Duration POPULAR_STALENESS = Duration.ofSeconds(30);

	private final StoryMapper stories;

	private final Stories workflow;

	private final Engagement engagement;

	private final ListingCache cache;

	private final Clock clock;

	StoryReading(StoryMapper stories, Stories workflow, Engagement engagement, ListingCache cache, Clock clock) {
		this.stories = stories;
		this.workflow = workflow;
		this.engagement = engagement;
		this.cache = cache;
		this.clock = clock;
	}

	/**
	 * A story a worker may see; unpublished ones only for organizers who may write or
	 * review them.
	 */
	Story find(Caller caller, long id) {
		Story story = this.stories.find(id);
		if (story == null) {
			return null;
		}
		if (!story.isPublished()) {
			return (this.workflow.mayWrite(caller, story) || this.workflow.mayReview(caller, story)) ? story : null;
		}
		if (caller != null) {
			this.engagement.countView(id, caller.userId(), LocalDate.now(this.clock));
		}
		return story;
	}

	Connection<Story> page(StoryFilter filter, StoryOrder order, PageRequest page) {
		StoryOrder sort = (order != null) ? order : StoryOrder.LATEST;
		OffsetDateTime afterAt = null;
		Double afterScore = null;
		Long afterId = null;
		if (page.hasCursor()) {
			afterId = page.after().longKey(1);
			if (sort == StoryOrder.LATEST) {
				afterAt = page.after().timeKey(0);
			}
			else {
				afterScore = page.after().doubleKey(0);
			}
		}
		String keyword = (filter != null) ? LikePattern.containing(filter.keyword()) : null;
		StoryQuery query = new StoryQuery((filter != null) ? filter.craftsmanId() : null,
				(filter != null) ? filter.tag() : null, keyword, (filter != null) ? filter.orgUnitId() : null, sort,
				OffsetDateTime.now(this.clock), afterAt, afterScore, afterId, page.fetchSize());
		return Connection.of(this.stories.findPublished(query), page,
				(story) -> (sort == StoryOrder.LATEST)
						? Cursor.of(story.getPublishedAt().withOffsetSameInstant(ZoneOffset.UTC), story.getId())
						: Cursor.of(story.getScore(), story.getId()));
	}

	Connection<Story> popular(PageRequest page) {
		if (page.hasCursor()) {
			throw DomainException.badInput("after", "the popular list has one page");
		}
		List<Story> top = this.cache.get(Stories.LISTINGS, "popular", POPULAR_STALENESS, this.cache.listOf(Story.class),
				() -> this.stories.findPublished(new StoryQuery(null, null, null, null, StoryOrder.POPULAR,
						OffsetDateTime.now(this.clock), null, null, null, PageRequest.MAX_SIZE)));
		return Connection.of(top.stream().limit(page.size()).toList(), page, (story) -> Cursor.of(story.getId()));
	}

	@PreAuthorize("isAuthenticated()")
	Connection<Story> favourites(Caller caller, PageRequest page) {
		OffsetDateTime afterAt = null;
		Long afterId = null;
		if (page.hasCursor()) {
			long micros = (long) page.after().doubleKey(0);
			afterAt = OffsetDateTime.ofInstant(java.time.Instant.EPOCH.plusNanos(micros * 1000), ZoneOffset.UTC);
			afterId = page.after().longKey(1);
		}
		return Connection.of(this.stories.findFavourites(caller.userId(), afterAt, afterId, page.fetchSize()), page,
				(story) -> Cursor.of(story.getScore(), story.getId()));
	}

	@PreAuthorize("isAuthenticated()")
	Connection<Story> reviewQueue(Caller caller, PageRequest page) {
		Long afterId = page.afterId();
		return Connection.of(this.stories.findInReview(caller.userId(), caller.isAdmin(), afterId, page.fetchSize()),
				page, (story) -> Cursor.of(story.getId()));
	}

	List<Story> about(long craftsmanId, Integer first) {
		int limit = (first != null) ? first : 10;
		if (limit < 1 || limit > PageRequest.MAX_SIZE) {
			throw DomainException.badInput("first", "must be between 1 and " + PageRequest.MAX_SIZE);
		}
		return this.stories.publishedAbout(craftsmanId, limit);
	}

}
