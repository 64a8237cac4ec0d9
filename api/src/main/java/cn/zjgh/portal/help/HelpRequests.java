package cn.zjgh.portal.help;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.account.PortalUser;
import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.help.HelpInputs.CloseHelpRequestInput;
import cn.zjgh.portal.help.HelpInputs.RateHelpRequestInput;
import cn.zjgh.portal.help.HelpInputs.ReplyToHelpRequestInput;
import cn.zjgh.portal.help.HelpInputs.SubmitHelpRequestInput;
import cn.zjgh.portal.help.HelpInputs.TransferHelpRequestInput;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.RateLimiter;
import cn.zjgh.portal.wechat.WeChatClient;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a request: a worker submits it, it is routed to a union, an organizer of
 * that union or above accepts it, answers, transfers it or closes it, and the worker
 * rates the handling once. Each step is a conditional update of the locked request plus a
 * row of its timeline, so two organizers acting at once cannot both accept or both close.
 */
@Service
class HelpRequests {

	/** A worker asks for help now and then; this only stops scripts. */
	static final int SUBMIT_LIMIT = 10;

	static final Duration SUBMIT_WINDOW = Duration.ofHours(1);

	private final HelpRequestMapper requests;

	private final HelpRequestStepMapper steps;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	private final UserDirectory users;

	private final WeChatClient wechat;

	private final HelpRequestNotices notices;

	private final RateLimiter rateLimiter;

	private final HelpRequestProperties properties;

	private final Clock clock;

	HelpRequests(HelpRequestMapper requests, HelpRequestStepMapper steps, OrgUnitDirectory orgUnits, OrgScope orgScope,
			UserDirectory users, WeChatClient wechat, HelpRequestNotices notices, RateLimiter rateLimiter,
			HelpRequestProperties properties, Clock clock) {
		this.requests = requests;
		this.steps = steps;
		this.orgUnits = orgUnits;
		this.orgScope = orgScope;
		this.users = users;
		this.wechat = wechat;
		this.notices = notices;
		this.rateLimiter = rateLimiter;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Routes the request to the union of the worker's membership, else to the city union
	 * of the city the worker chose. The contact phone is the bound one unless another is
	 * given; a call back needs one.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	HelpRequest submit(Caller caller, SubmitHelpRequestInput input) {
		this.rateLimiter.check("submit-help-request", caller.userId(), SUBMIT_LIMIT, SUBMIT_WINDOW);
		OrgUnit unit = routeFor(caller.userId(), input.cityCode());
		PortalUser worker = this.users.user(caller.userId());
		String phone = (input.contactPhone() != null) ? input.contactPhone() : worker.getPhone();
		boolean callBack = Boolean.TRUE.equals(input.callBack());
		if (callBack && phone == null) {
			throw DomainException.badInput("contactPhone", "give a phone number to be called back on, or bind yours");
		}
		String description = input.description().strip();
		requireSafe(worker.getOpenid(), description, "诉求内容未通过微信内容安全检测，请修改后重新提交");
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		HelpRequest request = new HelpRequest();
		request.setUserId(caller.userId());
		request.setCategory(input.category());
		request.setDescription(description);
		request.setPhotoUrls((input.photoUrls() != null)
				? input.photoUrls().stream().map(String::strip).toArray(String[]::new) : new String[0]);
		request.setContactPhone(phone);
		request.setCallBack(callBack);
		request.setStatus(HelpRequestStatus.SUBMITTED);
		request.setOrgUnitId(unit.getId());
		request.setAcceptDueAt(now.plus(this.properties.acceptWithin()));
		request.setCreatedAt(now);
		this.requests.insert(request);
		addStep(request, HelpRequestStepKind.SUBMITTED, null, caller.userId(), null, now);
		return this.requests.selectById(request.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	HelpRequest accept(Caller caller, long id) {
		HelpRequest request = lockForHandler(caller, id);
		if (request.getStatus() != HelpRequestStatus.SUBMITTED) {
			throw DomainException.badInput("id", "the request is already " + words(request.getStatus()));
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.requests.accept(id, request.getOrgUnitId(), caller.userId(), now);
		addStep(request, HelpRequestStepKind.ACCEPTED, null, caller.userId(), null, now);
		return this.requests.selectById(id);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	HelpRequest reply(Caller caller, ReplyToHelpRequestInput input) {
		HelpRequest request = lockForHandler(caller, input.id());
		requireAccepted(request);
		addStep(request, HelpRequestStepKind.REPLIED, null, caller.userId(), input.text().strip(),
				OffsetDateTime.now(this.clock));
		return request;
	}

	/**
	 * Sends an open request to another unit (精准分流): one in the caller's part of the tree,
	 * or one above the unit holding it. It waits there to be accepted, with a fresh
	 * deadline.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	HelpRequest transfer(Caller caller, TransferHelpRequestInput input) {
		HelpRequest request = lockForHandler(caller, input.id());
		if (request.getStatus() == HelpRequestStatus.CLOSED) {
			throw DomainException.badInput("id", "the request is closed");
		}
		OrgUnit target = this.orgUnits.requireOpen(input.orgUnitId(), "orgUnitId");
		if (target.getId().equals(request.getOrgUnitId())) {
			throw DomainException.badInput("orgUnitId", "the request is already at " + target.getName());
		}
		boolean upwards = this.orgUnits.isWithin(request.getOrgUnitId(), target.getId());
		if (!upwards && !this.orgScope.covers(caller, target.getId())) {
			throw DomainException.badInput("orgUnitId",
					"send the request to a unit in your part of the tree, or to a unit above the one holding it");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.requests.transfer(request.getId(), request.getOrgUnitId(), target.getId(),
				now.plus(this.properties.acceptWithin()));
		addStep(request, HelpRequestStepKind.TRANSFERRED, target, caller.userId(), input.reason().strip(), now);
		return this.requests.selectById(request.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	HelpRequest close(Caller caller, CloseHelpRequestInput input) {
		HelpRequest request = lockForHandler(caller, input.id());
		requireAccepted(request);
		String outcome = input.outcome().strip();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.requests.close(request.getId(), request.getOrgUnitId(), outcome, now);
		addStep(request, HelpRequestStepKind.CLOSED, null, caller.userId(), outcome, now);
		return this.requests.selectById(request.getId());
	}

	/** The worker rates the handling of their own closed request, once. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	HelpRequest rate(Caller caller, RateHelpRequestInput input) {
		HelpRequest request = DomainException.requireFound(this.requests.lock(input.id()), "Help request", input.id());
		if (request.getUserId() != caller.userId()) {
			throw DomainException.forbidden("Only the worker who asked for help rates its handling");
		}
		if (request.getStatus() != HelpRequestStatus.CLOSED) {
			throw DomainException.badInput("id", "the request is not closed yet");
		}
		if (request.getRatedAt() != null) {
			throw DomainException.badInput("id", "the request is already rated");
		}
		String comment = (input.comment() != null && !input.comment().isBlank()) ? input.comment().strip() : null;
		if (comment != null) {
			requireSafe(this.users.openidOf(caller.userId()), comment, "评价内容未通过微信内容安全检测");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.requests.rate(request.getId(), caller.userId(), input.stars(), comment, now);
		addStep(request, HelpRequestStepKind.RATED, null, caller.userId(), comment, now);
		return this.requests.selectById(request.getId());
	}

	private OrgUnit routeFor(long userId, String cityCode) {
		OrgUnit union = this.users.unionOf(userId);
		if (union != null && !union.isClosed()) {
			return union;
		}
		if (cityCode == null) {
			throw DomainException.badInput("cityCode", "you are no union's member: choose the city you work in");
		}
		OrgUnit city = this.orgUnits.findCityUnion(cityCode);
		if (city == null) {
			throw DomainException.badInput("cityCode", "there is no city union for " + cityCode);
		}
		return city;
	}

	/**
	 * The request, locked until the transaction ends; FORBIDDEN unless the caller
	 * organizes the unit holding it (or one above), and never the worker's own.
	 */
	private HelpRequest lockForHandler(Caller caller, long id) {
		HelpRequest request = DomainException.requireFound(this.requests.lock(id), "Help request", id);
		this.orgScope.requireOrganizerOf(caller, request.getOrgUnitId());
		if (request.getUserId() == caller.userId()) {
			throw DomainException.forbidden("Another organizer handles your own request");
		}
		return request;
	}

	private static void requireAccepted(HelpRequest request) {
		if (request.getStatus() != HelpRequestStatus.ACCEPTED) {
			throw DomainException.badInput("id", (request.getStatus() == HelpRequestStatus.SUBMITTED)
					? "accept the request first" : "the request is already closed");
		}
	}

	private void requireSafe(String openid, String text, String refusal) {
		if (!this.wechat.isTextSafe(openid, text)) {
			throw new DomainException(ErrorCode.CONTENT_RISKY, refusal);
		}
	}

	/**
	 * Writes the step into the timeline and tells the worker of what a handler did: that
	 * a unit accepted the request, its answer, where it went, the outcome.
	 */
	private void addStep(HelpRequest request, HelpRequestStepKind kind, OrgUnit toUnit, long actorId, String note,
			OffsetDateTime at) {
		HelpRequestStep step = new HelpRequestStep();
		step.setRequestId(request.getId());
		step.setKind(kind);
		step.setOrgUnitId(request.getOrgUnitId());
		step.setToOrgUnitId((toUnit != null) ? toUnit.getId() : null);
		step.setActorId(actorId);
		step.setNote(note);
		step.setAt(at);
		this.steps.insert(step);
		String detail = switch (kind) {
			case SUBMITTED, RATED, ESCALATED -> null;
			case ACCEPTED -> this.orgUnits.require(request.getOrgUnitId()).getName();
			case TRANSFERRED -> HelpRequestNotices.movedTo(toUnit);
			case REPLIED, CLOSED -> note;
		};
		if (detail != null) {
			this.notices.tell(request.getUserId(), request.getId(), request.getCategory(), kind, detail);
		}
	}

	private static String words(HelpRequestStatus status) {
		return (status == HelpRequestStatus.ACCEPTED) ? "accepted" : "closed";
	}

}
