package cn.zjgh.portal.help;

import java.util.List;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface HelpRequestStepMapper extends BaseMapper<HelpRequestStep> {

	/** One page of a request's timeline, oldest first. */
	default List<HelpRequestStep> findTimeline(long requestId, Long afterId, int limit) {
		return selectList(new LambdaQueryWrapper<HelpRequestStep>().eq(HelpRequestStep::getRequestId, requestId)
			.gt(afterId != null, HelpRequestStep::getId, afterId)
			.orderByAsc(HelpRequestStep::getId)
			.last("LIMIT " + limit));
	}

	/** Every unit the request has been at: where it was submitted and sent since. */
	List<Long> unitsOf(@Param("requestId") long requestId);

	/** Erases the notes the worker wrote (rating comments). */
	int eraseOf(@Param("userId") long userId);

}
