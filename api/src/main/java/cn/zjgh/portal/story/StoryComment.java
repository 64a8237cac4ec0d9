package cn.zjgh.portal.story;

import java.time.OffsetDateTime;

import cn.zjgh.portal.shared.BaseEntity;

/** A worker's comment on a published story. */
public class StoryComment extends BaseEntity {

	private Long storyId;

	private Long userId;

	private String text;

	private boolean hidden;

	private OffsetDateTime createdAt;

	public Long getStoryId() {
		return this.storyId;
	}

	public void setStoryId(Long storyId) {
		this.storyId = storyId;
	}

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public boolean isHidden() {
		return this.hidden;
	}

	public void setHidden(boolean hidden) {
		this.hidden = hidden;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(OffsetDateTime createdAt) {
		this.createdAt = createdAt;
	}

}
