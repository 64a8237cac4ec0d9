package cn.zjgh.portal.story;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.RateLimiter;
import cn.zjgh.portal.shared.RedisGuard;
import cn.zjgh.portal.wechat.WeChatClient;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likes, favourites and comments live in PostgreSQL (one like per worker and story, by
 * primary key, so double taps change nothing). Views are counted in Redis, once per
 * worker, story and day, and flushed to PostgreSQL by a job; losing Redis loses at most
 * the unflushed views.
 */
@Service
class Engagement {

	static final int COMMENTS_PER_MINUTE = 5;

	/**
	 * Views waiting for the flush. The hash tag keeps it and its {@link #flushViews()
	 * flushing} copy in one Redis Cluster slot, as RENAME requires.
	 */
	private static final String PENDING_VIEWS = "portal:{story-views}:pending";

	private static final Log logger = LogFactory.getLog(Engagement.class);

	private final StoryMapper stories;

	private final CommentMapper comments;

	private final UserDirectory users;

	private final OrgScope orgScope;

	private final WeChatClient wechat;

	private final RateLimiter rateLimiter;

	private final StringRedisTemplate redis;

	private final RedisGuard guard;

	Engagement(StoryMapper stories, CommentMapper comments, UserDirectory users, OrgScope orgScope, WeChatClient wechat,
			RateLimiter rateLimiter, StringRedisTemplate redis, RedisGuard guard) {
		this.stories = stories;
		this.comments = comments;
		this.users = users;
		this.orgScope = orgScope;
		this.wechat = wechat;
		this.rateLimiter = rateLimiter;
		this.redis = redis;
		this.guard = guard;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Story like(Caller caller, long storyId, boolean like) {
		requirePublished(storyId);
		int changed = like ? this.stories.like(storyId, caller.userId())
				: this.stories.unlike(storyId, caller.userId());
		if (changed == 1) {
			this.stories.addToCounts(storyId, like ? 1 : -1, 0, 0);
		}
		return this.stories.find(storyId);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Story favourite(Caller caller, long storyId, boolean favourite) {
		requirePublished(storyId);
		int changed = favourite ? this.stories.favourite(storyId, caller.userId())
				: this.stories.unfavourite(storyId, caller.userId());
		if (changed == 1) {
			this.stories.addToCounts(storyId, 0, favourite ? 1 : -1, 0);
		}
		return this.stories.find(storyId);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	StoryComment comment(Caller caller, long storyId, String text) {
		this.rateLimiter.check("comment", caller.userId(), COMMENTS_PER_MINUTE, Duration.ofMinutes(1));
		requirePublished(storyId);
		String cleaned = text.strip();
		if (!this.wechat.isTextSafe(this.users.openidOf(caller.userId()), cleaned)) {
			throw new DomainException(ErrorCode.CONTENT_RISKY, "评论未通过微信内容安全检测");
		}
		long id = this.comments.insert(storyId, caller.userId(), cleaned);
		this.stories.addToCounts(storyId, 0, 0, 1);
		return this.comments.find(id);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	StoryComment hide(Caller caller, long commentId) {
		StoryComment comment = DomainException.requireFound(this.comments.find(commentId), "Comment", commentId);
		Story story = this.stories.find(comment.getStoryId());
		this.orgScope.requireOrganizerOf(caller, story.getAuthorOrgUnitId());
		if (this.comments.hide(commentId, caller.userId()) == 1) {
			this.stories.addToCounts(story.getId(), 0, 0, -1);
		}
		return this.comments.find(commentId);
	}

	/**
	 * One view per worker, story and day; the count waits in Redis for the next flush.
	 */
	void countView(long storyId, long userId, LocalDate day) {
		String seen = "portal:story-views:" + day + ":" + storyId;
		this.guard.run(() -> {
			Long added = this.redis.opsForSet().add(seen, Long.toString(userId));
			if (added != null && added == 1) {
				this.redis.expire(seen, Duration.ofDays(2));
				this.redis.opsForHash().increment(PENDING_VIEWS, Long.toString(storyId), 1);
			}
		});
	}

	/** Moves the pending view counts into PostgreSQL. */
	@Scheduled(fixedDelayString = "${portal.stories.view-flush-interval:30s}",
			initialDelayString = "${portal.stories.view-flush-interval:30s}")
	@Transactional
	public int flushViews() {
		String taken = PENDING_VIEWS + ":flushing";
		Map<Object, Object> pending = this.guard.call(() -> {
			if (Boolean.FALSE.equals(this.redis.hasKey(PENDING_VIEWS))) {
				return Map.of();
			}
			// a rename is atomic: views counted from now on go to a fresh hash
			this.redis.rename(PENDING_VIEWS, taken);
			Map<Object, Object> entries = this.redis.opsForHash().entries(taken);
			this.redis.delete(taken);
			return entries;
		}, Map.of());
		pending.forEach((story, views) -> this.stories.addViews(Long.parseLong((String) story),
				Long.parseLong((String) views)));
		if (!pending.isEmpty()) {
			logger.debug("Flushed views of " + pending.size() + " stories");
		}
		return pending.size();
	}

	private void requirePublished(long storyId) {
		Story story = this.stories.find(storyId);
		if (story == null || !story.isPublished()) {
			throw DomainException.notFound("Story", storyId);
		}
	}

}
