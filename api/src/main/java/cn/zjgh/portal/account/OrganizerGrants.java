package cn.zjgh.portal.account;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins make users organizers of an org unit (and its subtree), and take that back. */
@Service
class OrganizerGrants {

	private final OrganizerGrantMapper grants;

	private final UserDirectory users;

	private final OrgUnitDirectory orgUnits;

	private final CurrentRoles currentRoles;

	OrganizerGrants(OrganizerGrantMapper grants, UserDirectory users, OrgUnitDirectory orgUnits,
			CurrentRoles currentRoles) {
		this.grants = grants;
		this.users = users;
		this.orgUnits = orgUnits;
		this.currentRoles = currentRoles;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	PortalUser grant(Caller admin, long userId, long orgUnitId) {
		PortalUser user = this.users.require(userId);
		this.orgUnits.require(orgUnitId);
		this.grants.grant(userId, orgUnitId, admin.userId());
		this.currentRoles.changed(userId);
		return user;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	PortalUser revoke(long userId, long orgUnitId) {
		PortalUser user = this.users.require(userId);
		this.orgUnits.require(orgUnitId);
		this.grants.delete(userId, orgUnitId);
		this.currentRoles.changed(userId);
		return user;
	}

}
