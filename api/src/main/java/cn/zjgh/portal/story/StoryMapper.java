package cn.zjgh.portal.story;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface StoryMapper {

	/**
	 * The story with the content workers see: the published revision, else the latest.
	 */
	Story find(@Param("id") long id);

	List<Story> findPublished(@Param("f") StoryQuery query);

	List<Story> findFavourites(@Param("userId") long userId, @Param("afterAt") OffsetDateTime afterAt,
			@Param("afterId") Long afterId, @Param("limit") int limit);

	List<Story> findInReview(@Param("userId") long userId, @Param("admin") boolean admin,
			@Param("afterId") Long afterId, @Param("limit") int limit);

	List<Story> findForOrganizer(@Param("userId") long userId, @Param("admin") boolean admin,
			@Param("status") StoryStatus status, @Param("afterId") Long afterId, @Param("limit") int limit);

	Long insertStory(@Param("authorOrgUnitId") long authorOrgUnitId, @Param("createdBy") long createdBy);

	Long insertRevision(@Param("r") StoryRevision revision);

	StoryRevision findRevision(@Param("id") long id);

	void updateRevision(@Param("r") StoryRevision revision);

	int setRevisionStatus(@Param("id") long id, @Param("from") StoryStatus from, @Param("to") StoryStatus to,
			@Param("reason") String reason, @Param("reviewer") Long reviewer);

	int submitRevision(@Param("id") long id, @Param("submitter") long submitter);

	/** Whether the user created the story or submitted this revision of it. */
	boolean isAuthorOf(@Param("revisionId") long revisionId, @Param("userId") long userId);

	void setLatest(@Param("storyId") long storyId, @Param("revisionId") long revisionId);

	void retirePublished(@Param("storyId") long storyId);

	void publish(@Param("storyId") long storyId, @Param("revisionId") long revisionId,
			@Param("now") OffsetDateTime now);

	int like(@Param("storyId") long storyId, @Param("userId") long userId);

	int unlike(@Param("storyId") long storyId, @Param("userId") long userId);

	int favourite(@Param("storyId") long storyId, @Param("userId") long userId);

	int unfavourite(@Param("storyId") long storyId, @Param("userId") long userId);

	void addToCounts(@Param("storyId") long storyId, @Param("likes") int likes, @Param("favourites") int favourites,
			@Param("comments") int comments);

	void addViews(@Param("storyId") long storyId, @Param("views") long views);

	List<Long> likedAmong(@Param("userId") long userId, @Param("ids") Collection<Long> storyIds);

	List<Long> favouritedAmong(@Param("userId") long userId, @Param("ids") Collection<Long> storyIds);

	List<Story> publishedAbout(@Param("craftsmanId") long craftsmanId, @Param("limit") int limit);

}
