package cn.zjgh.portal.account;

import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UserMapper extends BaseMapper<PortalUser> {

	default PortalUser findByOpenid(String openid) {
		return selectOne(new LambdaQueryWrapper<PortalUser>().eq(PortalUser::getOpenid, openid));
	}

	/**
	 * Creates the user on first login, or records the login; one statement, so two logins
	 * of a new user racing each other end with one row.
	 */
	PortalUser upsertOnLogin(@Param("openid") String openid, @Param("unionid") String unionid);

	/**
	 * Erases what identifies the user: nickname, phone, unionid, and the openid (replaced
	 * by a tombstone, so the same WeChat user logging in again starts a new account).
	 */
	int erase(@Param("userId") long userId, @Param("now") OffsetDateTime now);

	int makeAdmin(@Param("userId") long userId);

	/**
	 * Whether the user is an admin and organizes any unit, in one statement; null when
	 * deleted or unknown.
	 */
	RoleFlags findRoleFlags(@Param("userId") long userId);

	record RoleFlags(boolean admin, boolean organizer) {
	}

}
