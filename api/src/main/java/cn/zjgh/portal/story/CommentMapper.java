package cn.zjgh.portal.story;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CommentMapper {

	Long insert(@Param("storyId") long storyId, @Param("userId") long userId, @Param("text") String text);

	StoryComment find(@Param("id") long id);

	List<StoryComment> findVisible(@Param("storyId") long storyId, @Param("afterId") Long afterId,
			@Param("limit") int limit);

	int hide(@Param("id") long id, @Param("by") long by);

	/**
	 * A deleted account's comments keep their place (and the counts) but say nothing of
	 * the person.
	 */
	int eraseOf(@Param("userId") long userId);

}
