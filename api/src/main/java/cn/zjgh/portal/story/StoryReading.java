package cn.zjgh.portal.story;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.LikePattern;
import cn.zjgh.portal.shared.ListingCache;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.shared.ReadsFromReplica;
import cn.zjgh.portal.story.StoryInputs.StoryFilter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What workers read: published stories only, listed, found, favourited, liked; and what
 * organizers who may write or review a story see besides: the story before publication,
 * its pending revision, the review queue.
 */
@Service
class StoryReading {

	static final Duration POPULAR_STALENESS = Duration.ofSeconds(30);

	private static final int CRAFTSMAN_STORIES = 10;

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
			return maySeeUnpublished(caller, story) ? story : null;
		}
		if (caller != null) {
			this.engagement.countView(id, caller.userId(), LocalDate.now(this.clock));
		}
		return story;
	}

	/**
	 * The revision being edited or reviewed, for organizers who may write or review the
	 * story; null for everyone else and when the latest revision is the published one.
	 */
	StoryRevision pendingRevisionFor(Caller caller, Story story) {
		boolean nothingPending = story.isPublished()
				&& story.getLatestRevisionId().equals(story.getPublishedRevisionId());
		if (nothingPending || !maySeeUnpublished(caller, story)) {
			return null;
		}
		return this.stories.findRevision(story.getLatestRevisionId());
	}

	@ReadsFromReplica
	Connection<Story> page(StoryFilter filter, StoryOrder order, PageRequest page) {
		StoryOrder sort = (order != null) ? order : StoryOrder.LATEST;
		boolean latest = sort == StoryOrder.LATEST;
		String keyword = (filter != null) ? LikePattern.containing(filter.keyword()) : null;
		StoryQuery query = new StoryQuery((filter != null) ? filter.craftsmanId() : null,
				(filter != null) ? filter.tag() : null, keyword, (filter != null) ? filter.orgUnitId() : null, sort,
				OffsetDateTime.now(this.clock), latest ? page.afterTime(0) : null, latest ? null : page.afterDouble(0),
				page.afterLong(1), page.fetchSize());
		return Connection.of(this.stories.findPublished(query), page,
				(story) -> latest
						? Cursor.of(story.getPublishedAt().withOffsetSameInstant(ZoneOffset.UTC), story.getId())
						: Cursor.of(story.getScore(), story.getId()));
	}

	/**
	 * From the primary: a fill of the shared cache must not bring back what was just
	 * taken off.
	 */
	Connection<Story> popular(PageRequest page) {
		if (page.hasCursor()) {
			throw DomainException.badInput("after", "the popular list has one page");
		}
		List<Story> top = this.cache.get(Stories.LISTINGS, "popular", POPULAR_STALENESS, this.cache.listOf(Story.class),
				() -> this.stories.findPublished(new StoryQuery(null, null, null, null, StoryOrder.POPULAR,
						OffsetDateTime.now(this.clock), null, null, null, PageRequest.MAX_SIZE)));
		return Connection.of(top.stream().limit(page.size()).toList(), page, (story) -> Cursor.of(story.getId()));
	}

	/**
	 * Most recently favourited first; the cursor holds the time favourited in
	 * microseconds since the epoch.
	 */
	@PreAuthorize("isAuthenticated()")
	Connection<Story> favourites(Caller caller, PageRequest page) {
		Double micros = page.afterDouble(0);
		OffsetDateTime afterAt = (micros != null)
				? OffsetDateTime.ofInstant(Instant.EPOCH.plus(micros.longValue(), ChronoUnit.MICROS), ZoneOffset.UTC)
				: null;
		return Connection.of(this.stories.findFavourites(caller.userId(), afterAt, page.afterLong(1), page.fetchSize()),
				page, (story) -> Cursor.of(story.getScore(), story.getId()));
	}

	@PreAuthorize("isAuthenticated()")
	Connection<Story> reviewQueue(Caller caller, PageRequest page) {
		return Connection.of(
				this.stories.findInReview(caller.userId(), caller.isAdmin(), page.afterId(), page.fetchSize()), page,
				(story) -> Cursor.of(story.getId()));
	}

	/** The stories of the caller's units and those below, newest first. */
	@PreAuthorize("isAuthenticated()")
	Connection<Story> forOrganizer(Caller caller, StoryStatus status, PageRequest page) {
		return Connection.of(this.stories.findForOrganizer(caller.userId(), caller.isAdmin(), status, page.afterId(),
				page.fetchSize()), page, (story) -> Cursor.of(story.getId()));
	}

	/** Published stories about a craftsman, newest first. */
	@ReadsFromReplica
	List<Story> about(long craftsmanId, Integer first) {
		int limit = (first != null) ? first : CRAFTSMAN_STORIES;
		if (limit < 1 || limit > PageRequest.MAX_SIZE) {
			throw DomainException.badInput("first", "must be between 1 and " + PageRequest.MAX_SIZE);
		}
		return this.stories.publishedAbout(craftsmanId, limit);
	}

	/** Whether the caller likes each story; false for everyone when anonymous. */
	Map<Story, Boolean> likedBy(Caller caller, List<Story> stories) {
		return marked(caller, stories, this.stories::likedAmong);
	}

	/**
	 * Whether the caller has favourited each story; false for everyone when anonymous.
	 */
	Map<Story, Boolean> favouritedBy(Caller caller, List<Story> stories) {
		return marked(caller, stories, this.stories::favouritedAmong);
	}

	private boolean maySeeUnpublished(Caller caller, Story story) {
		return this.workflow.mayWrite(caller, story) || this.workflow.mayReview(caller, story);
	}

	private static Map<Story, Boolean> marked(Caller caller, List<Story> stories,
			BiFunction<Long, List<Long>, List<Long>> markedAmong) {
		List<Long> ids = stories.stream().map(Story::getId).distinct().toList();
		Set<Long> marked = (caller == null || ids.isEmpty()) ? Set.of()
				: Set.copyOf(markedAmong.apply(caller.userId(), ids));
		return Batches.map(stories, (story) -> marked.contains(story.getId()));
	}

}
