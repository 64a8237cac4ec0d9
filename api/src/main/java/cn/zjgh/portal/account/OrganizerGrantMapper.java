package cn.zjgh.portal.account;

import java.util.Collection;
import java.util.List;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OrganizerGrantMapper extends BaseMapper<OrganizerGrant> {

	default List<OrganizerGrant> findByUsers(Collection<Long> userIds) {
		return selectList(new LambdaQueryWrapper<OrganizerGrant>().in(OrganizerGrant::getUserId, userIds));
	}

	default boolean exists(long userId) {
		return exists(new LambdaQueryWrapper<OrganizerGrant>().eq(OrganizerGrant::getUserId, userId));
	}

	default int delete(long userId, long orgUnitId) {
		return delete(new LambdaQueryWrapper<OrganizerGrant>().eq(OrganizerGrant::getUserId, userId)
			.eq(OrganizerGrant::getOrgUnitId, orgUnitId));
	}

	default int deleteAll(long userId) {
		return delete(new LambdaQueryWrapper<OrganizerGrant>().eq(OrganizerGrant::getUserId, userId));
	}

	/** Inserts the grant unless it exists; granting twice is not an error. */
	int grant(@Param("userId") long userId, @Param("orgUnitId") long orgUnitId, @Param("grantedBy") long grantedBy);

	/** Whether the user organizes the root unit (the province), every root if several. */
	boolean coversEveryRoot(@Param("userId") long userId);

	/** Whether the user organizes this unit or one of its ancestors. */
	boolean coversOrgUnit(@Param("userId") long userId, @Param("orgUnitId") long orgUnitId);

	List<Long> coveredAmong(@Param("userId") long userId, @Param("orgUnitIds") Collection<Long> orgUnitIds);

}
