package cn.zjgh.portal.story;

import java.time.OffsetDateTime;

/**
 * A story as workers see it: the story's counters with the content of its published
 * revision (or, before publication, of its latest one).
 */
public class Story {

	private Long id;

	private Long authorOrgUnitId;

	private Long publishedRevisionId;

	private Long latestRevisionId;

	private OffsetDateTime publishedAt;

	private long viewCount;

	private int likeCount;

	private int favouriteCount;

	private int commentCount;

	private String title;

	private String summary;

	private String body;

	private String coverUrl;

	private String[] tags;

	private Long[] craftsmanIds;

	private StoryStatus status;

	private Double score;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

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

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getCoverUrl() {
		return this.coverUrl;
	}

	public void setCoverUrl(String coverUrl) {
		this.coverUrl = coverUrl;
	}

	public String[] getTags() {
		return this.tags;
	}

	public void setTags(String[] tags) {
		this.tags = tags;
	}

	public Long[] getCraftsmanIds() {
		return this.craftsmanIds;
	}

	public void setCraftsmanIds(Long[] craftsmanIds) {
		this.craftsmanIds = craftsmanIds;
	}

	public StoryStatus getStatus() {
		return this.status;
	}

	public void setStatus(StoryStatus status) {
		this.status = status;
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
