package cn.zjgh.portal.event;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InterestGroupMapper extends BaseMapper<InterestGroup> {

	/** Name, description and category only: the member count is the members' to move. */
	default void updateDetails(InterestGroup group) {
		update(Wrappers.<InterestGroup>lambdaUpdate()
			.set(InterestGroup::getName, group.getName())
			.set(InterestGroup::getDescription, group.getDescription())
			.set(InterestGroup::getCategory, group.getCategory())
			.eq(InterestGroup::getId, group.getId()));
	}

	List<InterestGroup> findPage(@Param("orgUnitId") Long orgUnitId, @Param("category") EventCategory category,
			@Param("afterId") Long afterId, @Param("limit") int limit);

	/** Adds the member unless already in; returns 1 when added. */
	int addMember(@Param("groupId") long groupId, @Param("userId") long userId);

	/** Members in the order they joined. */
	List<MemberRow> findMembers(@Param("groupId") long groupId, @Param("afterJoinedAt") OffsetDateTime afterJoinedAt,
			@Param("afterUserId") Long afterUserId, @Param("limit") int limit);

	int removeMember(@Param("groupId") long groupId, @Param("userId") long userId);

	int changeMemberCount(@Param("groupId") long groupId, @Param("delta") int delta);

	List<Long> joinedAmong(@Param("userId") long userId, @Param("groupIds") Collection<Long> groupIds);

	record MemberRow(long userId, OffsetDateTime joinedAt) {
	}

}
