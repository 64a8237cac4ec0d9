package cn.zjgh.portal.membership;

import java.time.Clock;
import java.time.OffsetDateTime;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is a member of which union. A worker has at most one current membership (a partial
 * unique index); joining a union ends the membership elsewhere at the same moment, so the
 * history reads as one line. The member number comes from PostgreSQL's sequence on the
 * first approval and stays with the worker.
 */
@Service
class Memberships {

	private final MembershipMapper memberships;

	private final Clock clock;

	Memberships(MembershipMapper memberships, Clock clock) {
		this.memberships = memberships;
		this.clock = clock;
	}

	/** The worker's current membership, or null. */
	Membership current(long userId) {
		return this.memberships.findCurrent(userId);
	}

	/**
	 * Makes the worker a member of the unit from {@code now}, ending a current membership
	 * (会籍转移).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Membership admit(long userId, long orgUnitId, long applicationId, OffsetDateTime now) {
		this.memberships.endCurrent(userId, now);
		String memberNo = this.memberships.findMemberNo(userId);
		if (memberNo == null) {
			memberNo = this.memberships.issueMemberNo(userId);
		}
		Membership membership = new Membership();
		membership.setUserId(userId);
		membership.setMemberNo(memberNo);
		membership.setOrgUnitId(orgUnitId);
		membership.setApplicationId(applicationId);
		membership.setSince(now);
		this.memberships.insert(membership);
		return membership;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Membership leave(Caller caller, boolean confirm) {
		if (!confirm) {
			throw DomainException.badInput("confirm", "must be true to leave the union");
		}
		Membership ended = this.memberships.endCurrent(caller.userId(), OffsetDateTime.now(this.clock));
		if (ended == null) {
			throw DomainException.badInput("confirm", "you are not a member of any union");
		}
		return ended;
	}

	/** Ends the worker's current membership, if any (the account is being deleted). */
	@Transactional(propagation = Propagation.MANDATORY)
	void endFor(long userId, OffsetDateTime now) {
		this.memberships.endCurrent(userId, now);
	}

}
