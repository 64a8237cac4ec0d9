package cn.zjgh.portal.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.account.OrgUnitLevel;
import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.membership.MembershipInputs.ApplyForMembershipInput;
import cn.zjgh.portal.membership.MembershipInputs.ReviewMembershipApplicationInput;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.RateLimiter;
import cn.zjgh.portal.wechat.SubscribeMessages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying to join a union and deciding an application. One open application per worker
 * (a partial unique index); a decision is a conditional update of a pending application,
 * so two organizers deciding at once cannot both win.
 */
@Service
class MembershipApplications {

	static final String APPROVED_TEMPLATE = "membership-approved";

	static final String REJECTED_TEMPLATE = "membership-rejected";

	/** A worker applies once in a while; this only stops scripts. */
	static final int APPLY_LIMIT = 10;

	static final Duration APPLY_WINDOW = Duration.ofMinutes(1);

	private final MembershipApplicationMapper applications;

	private final Memberships memberships;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	private final UserDirectory users;

	private final SubscribeMessages messages;

	private final RateLimiter rateLimiter;

	private final Clock clock;

	MembershipApplications(MembershipApplicationMapper applications, Memberships memberships, OrgUnitDirectory orgUnits,
			OrgScope orgScope, UserDirectory users, SubscribeMessages messages, RateLimiter rateLimiter, Clock clock) {
		this.applications = applications;
		this.memberships = memberships;
		this.orgUnits = orgUnits;
		this.orgScope = orgScope;
		this.users = users;
		this.messages = messages;
		this.rateLimiter = rateLimiter;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	MembershipApplication apply(Caller caller, ApplyForMembershipInput input) {
		this.rateLimiter.check("apply-membership", caller.userId(), APPLY_LIMIT, APPLY_WINDOW);
		OrgUnit unit = this.orgUnits.requireOpen(input.orgUnitId(), "orgUnitId");
		if (unit.getLevel() != OrgUnitLevel.ENTERPRISE && unit.getLevel() != OrgUnitLevel.TOWNSHIP) {
			throw DomainException.badInput("orgUnitId", "apply to an enterprise union or a township (street) union");
		}
		if (this.users.user(caller.userId()).getPhone() == null) {
			throw new DomainException(ErrorCode.PHONE_REQUIRED, "请先绑定手机号再申请入会");
		}
		Membership current = this.memberships.current(caller.userId());
		if (current != null && current.getOrgUnitId() == unit.getId().longValue()) {
			throw DomainException.badInput("orgUnitId", "you are already a member of this union");
		}
		MembershipApplication application = new MembershipApplication();
		application.setUserId(caller.userId());
		application.setOrgUnitId(unit.getId());
		application.setRealName(input.realName().strip());
		application.setEmployer(input.employer().strip());
		Long id = this.applications.insertIfNoneOpen(application);
		return (id != null) ? this.applications.selectById(id) : this.applications.findOpen(caller.userId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	MembershipApplication review(Caller caller, ReviewMembershipApplicationInput input) {
		MembershipApplication application = DomainException.requireFound(this.applications.selectById(input.id()),
				"Membership application", input.id());
		this.orgScope.requireOrganizerOf(caller, application.getOrgUnitId());
		if (application.getUserId() == caller.userId()) {
			throw DomainException.forbidden("Another organizer reviews your own application");
		}
		boolean approve = input.approve();
		String reason = (input.reason() != null && !input.reason().isBlank()) ? input.reason().strip() : null;
		if (!approve && reason == null) {
			throw DomainException.badInput("reason", "tell the worker why the application is rejected");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		ApplicationStatus decision = approve ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
		if (this.applications.decide(application.getId(), decision, reason, caller.userId(), now) == 0) {
			throw DomainException.badInput("id", "the application is already "
					+ this.applications.selectById(application.getId()).getStatus().name().toLowerCase());
		}
		OrgUnit unit = this.orgUnits.require(application.getOrgUnitId());
		if (approve) {
			this.memberships.admit(application.getUserId(), unit.getId(), application.getId(), now);
			this.messages.enqueue(application.getUserId(), APPROVED_TEMPLATE, "pages/member/card",
					Map.of("thing1", SubscribeMessages.thing(unit.getName()), "phrase2", "已通过"));
		}
		else {
			this.messages.enqueue(application.getUserId(), REJECTED_TEMPLATE, "pages/member/apply",
					Map.of("thing1", SubscribeMessages.thing(unit.getName()), "phrase2", "未通过", "thing3",
							SubscribeMessages.thing(reason)));
		}
		return this.applications.selectById(application.getId());
	}

}
