package cn.zjgh.portal.account;

import java.util.Set;

/**
 * Who is calling, as the token says. Roles here gate coarse access; whether an organizer
 * may touch a given org unit is always checked against the database by {@link OrgScope}.
 */
public record Caller(long userId, Set<Role> roles) {

	public boolean isAdmin() {
		return this.roles.contains(Role.ADMIN);
	}

}
