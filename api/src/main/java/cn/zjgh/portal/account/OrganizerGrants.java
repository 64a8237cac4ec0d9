package cn.zjgh.portal.account;

import cn.zjgh.portal.shared.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins make users organizers of an org unit (and its subtree), and take that back. */
@Service
class OrganizerGrants {

	private final OrganizerGrantMapper grants;

	private final UserMapper users;

	private final OrgUnitMapper orgUnits;

	OrganizerGrants(OrganizerGrantMapper grants, UserMapper users, OrgUnitMapper orgUnits) {
		this.grants = grants;
		this.users = users;
		this.orgUnits = orgUnits;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	PortalUser grant(Caller admin, long userId, long orgUnitId) {
		PortalUser user = requireUser(userId);
		requireOrgUnit(orgUnitId);
		this.grants.grant(userId, orgUnitId, admin.userId());
		return user;
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	PortalUser revoke(long userId, long orgUnitId) {
		PortalUser user = requireUser(userId);
		requireOrgUnit(orgUnitId);
		this.grants.delete(userId, orgUnitId);
		return user;
	}

	private PortalUser requireUser(long userId) {
		PortalUser user = this.users.selectById(userId);
		if (user == null) {
			throw DomainException.notFound("User", userId);
		}
		return user;
	}

	private void requireOrgUnit(long orgUnitId) {
		if (this.orgUnits.selectById(orgUnitId) == null) {
			throw DomainException.notFound("Org unit", orgUnitId);
		}
	}

}
