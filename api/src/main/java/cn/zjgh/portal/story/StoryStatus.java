package cn.zjgh.portal.story;

/**
 * DRAFT → IN_REVIEW → PUBLISHED or REJECTED; a published revision is REPLACED by the
 * next.
 */
public enum StoryStatus {

	DRAFT, IN_REVIEW, PUBLISHED, REJECTED, REPLACED

}
