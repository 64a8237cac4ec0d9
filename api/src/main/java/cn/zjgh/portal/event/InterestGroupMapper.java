package cn.zjgh.portal.event;

import java.util.Collection;
import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InterestGroupMapper extends BaseMapper<InterestGroup> {

	List<InterestGroup> findPage(@Param("orgUnitId") Long orgUnitId, @Param("category") EventCategory category,
			@Param("afterId") Long afterId, @Param("limit") int limit);

	/** Adds the member unless already in; returns 1 when added. */
	int addMember(@Param("groupId") long groupId, @Param("userId") long userId);

	int removeMember(@Param("groupId") long groupId, @Param("userId") long userId);

	int changeMemberCount(@Param("groupId") long groupId, @Param("delta") int delta);

	List<Long> joinedAmong(@Param("userId") long userId, @Param("groupIds") Collection<Long> groupIds);

}
