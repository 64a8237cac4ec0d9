package cn.zjgh.portal.membership;

import java.time.OffsetDateTime;
import java.util.List;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MembershipApplicationMapper extends BaseMapper<MembershipApplication> {

	/**
	 * Inserts the application unless the worker has an open one (the partial unique
	 * index); returns the new id, or null.
	 */
	Long insertIfNoneOpen(@Param("a") MembershipApplication application);

	default MembershipApplication findOpen(long userId) {
		return selectOne(new LambdaQueryWrapper<MembershipApplication>().eq(MembershipApplication::getUserId, userId)
			.eq(MembershipApplication::getStatus, ApplicationStatus.PENDING));
	}

	default MembershipApplication findLatest(long userId) {
		return selectOne(new LambdaQueryWrapper<MembershipApplication>().eq(MembershipApplication::getUserId, userId)
			.orderByDesc(MembershipApplication::getId)
			.last("LIMIT 1"));
	}

	/** Decides a pending application; 0 when it is no longer pending. */
	int decide(@Param("id") long id, @Param("status") ApplicationStatus status, @Param("reason") String reason,
			@Param("reviewerId") long reviewerId, @Param("now") OffsetDateTime now);

	/** One page of the applications to the unit and the units below it, oldest first. */
	List<MembershipApplication> findInSubtree(@Param("orgUnitId") long orgUnitId,
			@Param("status") ApplicationStatus status, @Param("afterId") Long afterId, @Param("limit") int limit);

	/** Erases the worker's real names and withdraws an open application. */
	int eraseOf(@Param("userId") long userId);

}
