package cn.zjgh.portal.story;

import java.time.OffsetDateTime;

/**
 * A story as workers see it: the story's counters with the content of its published
 * revision (or, before publication, of its latest one).
 */
public class Story extends StoryContent {

	private Long authorOrgUnitId;

	private Long publishedRevisionId;

	private Long latestRevisionId;

	private OffsetDateTime publishedAt;

	private long viewCount;

	private int likeCount;

	private int favouriteCount;

	private int commentCount;

	private Double score;

	public Long getAuthorOrgUnitId() {
		return this.authorOrgUnitId;
	}

	public void setAuthorOrgUnitId(Long authorOrgUnitId) {
		this.authorOrgUnitId = authorOrgUnitId;
	}

	public Long getPublishedRevisionId() {
		return this.publishedRevisionId;
	}

	public void setPublishedRevisionId(Long publishedRevisionId) {
		this.publishedRevisionId = publishedRevisionId;
	}

	public Long getLatestRevisionId() {
		return this.latestRevisionId;
	}

	public void setLatestRevisionId(Long latestRevisionId) {
		this.latestRevisionId = latestRevisionId;
	}

	public OffsetDateTime getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(OffsetDateTime publishedAt) {
		this.publishedAt = publishedAt;
	}

	public long getViewCount() {
		return this.viewCount;
	}

	public void setViewCount(long viewCount) {
		this.viewCount = viewCount;
	}

	public int getLikeCount() {
		return this.likeCount;
	}

	public void setLikeCount(int likeCount) {
		this.likeCount = likeCount;
	}

	public int getFavouriteCount() {
		return this.favouriteCount;
	}

	public void setFavouriteCount(int favouriteCount) {
		this.favouriteCount = favouriteCount;
	}

	public int getCommentCount() {
		return this.commentCount;
	}

	public void setCommentCount(int commentCount) {
		this.commentCount = commentCount;
	}

	public Double getScore() {
		return this.score;
	}

	public void setScore(Double score) {
		this.score = score;
	}

	public boolean isPublished() {
		return this.publishedRevisionId != null;
	}

}
