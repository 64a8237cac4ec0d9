package cn.zjgh.portal.membership;

import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface MembershipMapper extends BaseMapper<Membership> {

	default Membership findCurrent(long userId) {
		return selectOne(
				new LambdaQueryWrapper<Membership>().eq(Membership::getUserId, userId).isNull(Membership::getUntil));
	}

	/** The worker's member number, or null before the first approval. */
	String findMemberNo(@Param("userId") long userId);

	/**
	 * Issues the worker's member number from the sequence (or returns the one issued by a
	 * concurrent call).
	 */
	String issueMemberNo(@Param("userId") long userId);

	/** Ends the worker's current membership at {@code now}; returns it, or null. */
	Membership endCurrent(@Param("userId") long userId, @Param("now") OffsetDateTime now);

}
