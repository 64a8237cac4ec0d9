package cn.zjgh.portal.story;

import cn.zjgh.portal.shared.BaseEntity;

/** What a revision of a story says, and where it stands in the editorial workflow. */
public abstract class StoryContent extends BaseEntity {

	private String title;

	private String summary;

	private String body;

	private String coverUrl;

	private String[] tags;

	private Long[] craftsmanIds;

	private StoryStatus status;

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

}
