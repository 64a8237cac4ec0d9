package cn.zjgh.portal.membership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.account.PortalUser;
import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Applications as organizers and applicants see them. Real name and phone are personal
 * information (PIPL): in full only for the applicant and for organizers who may review
 * the application, masked for anyone else.
 */
@Service
class ApplicationQueue {

	private final MembershipApplicationMapper applications;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	private final UserDirectory users;

	ApplicationQueue(MembershipApplicationMapper applications, OrgUnitDirectory orgUnits, OrgScope orgScope,
			UserDirectory users) {
		this.applications = applications;
		this.orgUnits = orgUnits;
		this.orgScope = orgScope;
		this.users = users;
	}

	/** Applications to the unit and the units below it, for organizers of the unit. */
	@PreAuthorize("isAuthenticated()")
	Connection<MembershipApplication> forUnit(Caller caller, long orgUnitId, ApplicationStatus status,
			PageRequest page) {
		this.orgUnits.require(orgUnitId);
		this.orgScope.requireOrganizerOf(caller, orgUnitId);
		return Connection.of(this.applications.findInSubtree(orgUnitId, status, page.afterId(), page.fetchSize()), page,
				(application) -> Cursor.of(application.getId()));
	}

	/** The caller's latest application, shown on the caller's own user only. */
	MembershipApplication latestFor(Caller caller, PortalUser user) {
		return isSelf(caller, user) ? this.applications.findLatest(user.getId()) : null;
	}

	Map<MembershipApplication, String> realNamesFor(Caller caller, List<MembershipApplication> applications) {
		Map<Long, Boolean> reviewer = new HashMap<>();
		return Batches.map(applications, (application) -> mayRead(caller, application, reviewer)
				? application.getRealName() : Names.mask(application.getRealName()));
	}

	Map<MembershipApplication, String> phonesFor(Caller caller, List<MembershipApplication> applications) {
		Map<Long, PortalUser> applicants = this.users
			.usersById(applications.stream().map(MembershipApplication::getUserId).distinct().toList());
		Map<Long, Boolean> reviewer = new HashMap<>();
		return Batches.map(applications, (application) -> {
			PortalUser applicant = applicants.get(application.getUserId());
			if (applicant == null) {
				return null;
			}
			return mayRead(caller, application, reviewer) ? applicant.getPhone() : applicant.maskedPhone();
		});
	}

	private boolean mayRead(Caller caller, MembershipApplication application, Map<Long, Boolean> reviewerOf) {
		if (caller == null) {
			return false;
		}
		return caller.userId() == application.getUserId()
				|| reviewerOf.computeIfAbsent(application.getOrgUnitId(), (unit) -> this.orgScope.covers(caller, unit));
	}

	private static boolean isSelf(Caller caller, PortalUser user) {
		return caller != null && user != null && caller.userId() == user.getId();
	}

}
