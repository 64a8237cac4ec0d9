package cn.zjgh.portal.account;

import java.util.Collection;
import java.util.Set;

import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;

import org.springframework.stereotype.Component;

/**
 * Answers "may this caller organize for that org unit?". A grant on a unit covers its
 * whole subtree; an admin covers everything. Checked against the database on every call,
 * so a revoked grant takes effect at once.
 */
@Component
public class OrgScope {

	private final OrganizerGrantMapper grants;

	OrgScope(OrganizerGrantMapper grants) {
		this.grants = grants;
	}

	public boolean covers(Caller caller, long orgUnitId) {
		return caller.isAdmin() || this.grants.coversOrgUnit(caller.userId(), orgUnitId);
	}

	/** Throws FORBIDDEN unless the caller organizes this unit or one above it. */
	/** The units among these that the caller organizes, in one query. */
	public Set<Long> coveredAmong(Caller caller, Collection<Long> orgUnitIds) {
		if (caller.isAdmin()) {
			return Set.copyOf(orgUnitIds);
		}
		if (!caller.mayOrganize() || orgUnitIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.grants.coveredAmong(caller.userId(), orgUnitIds));
	}

	public void requireOrganizerOf(Caller caller, long orgUnitId) {
		if (caller == null) {
			throw new DomainException(ErrorCode.UNAUTHENTICATED, "Log in first");
		}
		if (!covers(caller, orgUnitId)) {
			throw DomainException.forbidden("You are not an organizer of this org unit");
		}
	}

	/**
	 * Throws FORBIDDEN unless the caller organizes the root unit (the province) or is an
	 * admin: what belongs to the whole province, such as seasons, is theirs.
	 */
	public void requireProvinceOrganizer(Caller caller) {
		if (caller == null) {
			throw new DomainException(ErrorCode.UNAUTHENTICATED, "Log in first");
		}
		if (!caller.isAdmin() && !this.grants.coversEveryRoot(caller.userId())) {
			throw DomainException.forbidden("Only organizers of the province may do this");
		}
	}

}
