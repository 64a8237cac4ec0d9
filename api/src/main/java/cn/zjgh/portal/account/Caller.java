package cn.zjgh.portal.account;

import java.security.Principal;
import java.util.Set;

import org.springframework.security.core.Authentication;

/**
 * Who is calling, as the token says. Roles here gate coarse access; whether an organizer
 * may touch a given org unit is always checked against the database by {@link OrgScope}.
 */
public record Caller(long userId, Set<Role> roles) {

	/**
	 * The caller behind a principal, for batch loaders (which receive the principal, not
	 * the resolved caller); null when anonymous.
	 */
	public static Caller of(Principal principal) {
		return (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof Caller caller) ? caller : null;
	}

	public boolean isAdmin() {
		return this.roles.contains(Role.ADMIN);
	}

	/**
	 * Whether the caller organizes anything at all: a cheap first test before asking
	 * {@link OrgScope} about a given unit, so that workers cost no query for fields only
	 * organizers see.
	 */
	public boolean mayOrganize() {
		return this.roles.contains(Role.ORGANIZER) || this.roles.contains(Role.ADMIN);
	}

}
