package cn.zjgh.portal.story;

import java.time.OffsetDateTime;

/** One page of the published stories, as the SQL in StoryMapper.xml uses it. */
record StoryQuery(Long craftsmanId, String tag, String keywordPattern, Long orgUnitId, StoryOrder order,
		OffsetDateTime now, OffsetDateTime afterPublishedAt, Double afterScore, Long afterId, int limit) {

}
