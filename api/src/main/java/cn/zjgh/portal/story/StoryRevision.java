package cn.zjgh.portal.story;

/** One version of a story's content, with its place in the editorial workflow. */
public class StoryRevision extends StoryContent {

	private Long storyId;

	private String rejectReason;

	private Long reviewedBy;

	public Long getStoryId() {
		return this.storyId;
	}

	public void setStoryId(Long storyId) {
		this.storyId = storyId;
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
