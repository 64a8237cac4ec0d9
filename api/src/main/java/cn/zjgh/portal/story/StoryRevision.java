package cn.zjgh.portal.story;

/** One version of a story's content, with its place in the editorial workflow. */
public class StoryRevision {

	private Long id;

	private Long storyId;

	private String title;

	private String summary;

	private String body;

	private String coverUrl;

	private String[] tags;

	private Long[] craftsmanIds;

	private StoryStatus status;

	private String rejectReason;

	private Long reviewedBy;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getStoryId() {
		return this.storyId;
	}

	public void setStoryId(Long storyId) {
		this.storyId = storyId;
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

	public String getRejectReason() {
		return this.rejectReason;
	}

	public void setRejectReason(String rejectReason) {
		this.rejectReason = rejectReason;
	}

	public Long getReviewedBy() {
		return this.reviewedBy;
	}

	public void setReviewedBy(Long reviewedBy) {
		this.reviewedBy = reviewedBy;
	}

}
