package cn.zjgh.portal.event;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.event.EventInputs.Eligibility;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.ListingCache;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.shared.RateLimiter;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration under a rush. The seat is taken by a conditional UPDATE of the event row
 * ({@code confirmed_count < capacity}) in the same statement that inserts the confirmed
 * registration, so the row is locked only while PostgreSQL runs that statement; a CHECK
 * constraint makes overselling impossible even if that ever went wrong. Whatever the
 * number of replicas and concurrent requests, an event never has more confirmed
 * registrations than seats. Waitlisting and registering again after a cancellation take
 * the locked path.
 */
@Service
class Registrations {

	/** Far above a person pressing a button, well below a script hammering it. */
	static final int REGISTER_LIMIT = 10;

	static final Duration REGISTER_WINDOW = Duration.ofSeconds(10);

	static final Duration CHECK_IN_OPENS_BEFORE_START = Duration.ofHours(1);

	private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final EventMapper events;

	private final RegistrationMapper registrations;

	private final InterestGroupMapper groups;

	private final Waitlist waitlist;

	private final UserDirectory users;

	private final OrgScope orgScope;

	private final RateLimiter rateLimiter;

	private final ListingCache cache;

	private final PopularityBoard board;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Registrations(EventMapper events, RegistrationMapper registrations, InterestGroupMapper groups, Waitlist waitlist,
			UserDirectory users, OrgScope orgScope, RateLimiter rateLimiter, ListingCache cache, PopularityBoard board,
			TransactionTemplate transaction, Clock clock) {
		this.board = board;
		this.events = events;
		this.registrations = registrations;
		this.groups = groups;
		this.waitlist = waitlist;
		this.users = users;
		this.orgScope = orgScope;
		this.rateLimiter = rateLimiter;
		this.cache = cache;
		this.transaction = transaction;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	Registration register(Caller caller, long eventId, List<EventInputs.SignUpAnswerInput> answers) {
		this.rateLimiter.check("register", caller.userId(), REGISTER_LIMIT, REGISTER_WINDOW);
		Event event = this.events.selectById(eventId);
		if (event == null || event.getStatus() == EventStatus.DRAFT) {
			throw DomainException.notFound("Event", eventId);
		}
		Registration mine = this.registrations.findByWorker(eventId, caller.userId());
		if (mine != null && mine.getStatus().isActive()) {
			return mine;
		}
		List<Long> unionPath = (event.getAudience() != Audience.PUBLIC) ? unionPath(caller.userId()) : List.of();
		boolean groupMember = event.getInterestGroupId() == null
				|| !this.groups.joinedAmong(caller.userId(), List.of(event.getInterestGroupId())).isEmpty();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Eligibility eligibility = RegistrationRules.check(event, now, unionPath, groupMember, this.clock.getZone());
		RegistrationRules.require(eligibility);
		if (!eligibility.allowed()) {
			// full without a waitlist: answered from this read, so the rush after the
			// last seat never waits for the event row
			throw new DomainException(ErrorCode.EVENT_FULL, "名额已满");
		}
		String answered = SignUpForm.toJson(SignUpForm.answer(SignUpForm.questionsOf(event), answers));
		if (mine == null && !event.isFull()) {
			Registration confirmed = claimSeat(caller.userId(), event, now, answered);
			if (confirmed != null) {
				return confirmed;
			}
		}
		try {
			return this.transaction
				.execute((status) -> registerOnce(caller.userId(), eventId, unionPath, groupMember, answers));
		}
		catch (DuplicateKeyException ex) {
			// the same worker's second request won the insert; theirs is the registration
			return this.registrations.findByWorker(eventId, caller.userId());
		}
	}

	/**
	 * The rush's path: a free seat and the confirmed registration in one statement. Null
	 * when the seat went meanwhile, or the worker's other request registered first; the
	 * locked path then decides.
	 */
	private Registration claimSeat(long userId, Event event, OffsetDateTime now, String answers) {
		Registration registration = new Registration();
		registration.setEventId(event.getId());
		registration.setUserId(userId);
		registration.setStatus(RegistrationStatus.CONFIRMED);
		registration.setRegisteredAt(now);
		registration.setAnswers(answers);
		registration.setCheckInCode(newCheckInCode());
		RegistrationMapper.SeatClaim claim;
		try {
			claim = this.registrations.claimSeatFor(registration);
		}
		catch (DuplicateKeyException ex) {
			return null;
		}
		if (claim == null) {
			return null;
		}
		registration.setId(claim.registrationId());
		this.board.moveAfterCommit(event, 1);
		if (claim.filled()) {
			this.cache.invalidate(EventPublishing.LISTINGS);
		}
		return registration;
	}

	private Registration registerOnce(long userId, long eventId, List<Long> unionPath, boolean groupMember,
			List<EventInputs.SignUpAnswerInput> answers) {
		Event event = this.events.selectById(eventId);
		if (event == null || event.getStatus() == EventStatus.DRAFT) {
			throw DomainException.notFound("Event", eventId);
		}
		Registration mine = this.registrations.lockMine(eventId, userId);
		if (mine != null && mine.getStatus().isActive()) {
			return mine;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		RegistrationRules.require(RegistrationRules.check(event, now, unionPath, groupMember, this.clock.getZone()));
		String answered = SignUpForm.toJson(SignUpForm.answer(SignUpForm.questionsOf(event), answers));

		RegistrationStatus status;
		Long waitlistSeq = null;
		if (this.events.claimSeat(eventId) == 1) {
			status = RegistrationStatus.CONFIRMED;
			if (event.getCapacity() != null && event.getConfirmedCount() + 1 >= event.getCapacity()) {
				this.cache.invalidateAfterCommit(EventPublishing.LISTINGS);
			}
		}
		else if (event.isWaitlistEnabled() && this.events.joinWaitlist(eventId) == 1) {
			status = RegistrationStatus.WAITLISTED;
			waitlistSeq = this.registrations.nextWaitlistSeq();
		}
		else if (event.isWaitlistEnabled()) {
			throw new DomainException(ErrorCode.REGISTRATION_CLOSED, "活动已不再接受报名");
		}
		else {
			throw new DomainException(ErrorCode.EVENT_FULL, "名额已满");
		}

		this.board.moveAfterCommit(event, 1);
		Registration registration = (mine != null) ? mine : new Registration();
		registration.setEventId(eventId);
		registration.setUserId(userId);
		registration.setStatus(status);
		registration.setWaitlistSeq(waitlistSeq);
		registration.setRegisteredAt(now);
		registration.setCancelledAt(null);
		registration.setAnswers(answered);
		if (mine == null) {
			registration.setCheckInCode(newCheckInCode());
			this.registrations.insert(registration);
		}
		else {
			this.registrations.updateById(registration);
		}
		return registration;
	}

	@PreAuthorize("isAuthenticated()")
	Registration cancel(Caller caller, long eventId) {
		return this.transaction.execute((status) -> {
			Registration mine = this.registrations.lockMine(eventId, caller.userId());
			if (mine == null || (mine.getStatus() != RegistrationStatus.CONFIRMED
					&& mine.getStatus() != RegistrationStatus.WAITLISTED)) {
				throw new DomainException(ErrorCode.NOT_FOUND, "没有可取消的报名");
			}
			Event event = this.events.selectById(eventId);
			OffsetDateTime now = OffsetDateTime.now(this.clock);
			if (!now.isBefore(event.getStartsAt())) {
				throw new DomainException(ErrorCode.REGISTRATION_CLOSED, "活动已开始，不能取消报名");
			}
			if (mine.getStatus() == RegistrationStatus.CONFIRMED) {
				this.events.releaseSeat(eventId);
				this.waitlist.promote(this.events.selectById(eventId), 1);
				this.cache.invalidateAfterCommit(EventPublishing.LISTINGS);
			}
			else {
				this.events.leaveWaitlist(eventId);
			}
			this.board.moveAfterCommit(event, -1);
			mine.setStatus(RegistrationStatus.CANCELLED);
			mine.setWaitlistSeq(null);
			mine.setCancelledAt(now);
			this.registrations.updateById(mine);
			return mine;
		});
	}

	@PreAuthorize("isAuthenticated()")
	Registration checkIn(Caller caller, String code) {
		String normalized = code.strip().toUpperCase();
		return this.transaction.execute((status) -> {
			Registration registration = this.registrations.findByCode(normalized);
			if (registration == null) {
				throw new DomainException(ErrorCode.NOT_FOUND, "签到码无效");
			}
			Event event = this.events.selectById(registration.getEventId());
			this.orgScope.requireOrganizerOf(caller, event.getOrgUnitId());
			OffsetDateTime now = OffsetDateTime.now(this.clock);
			if (now.isBefore(event.getStartsAt().minus(CHECK_IN_OPENS_BEFORE_START))
					|| !now.isBefore(event.getEndsAt())) {
				throw new DomainException(ErrorCode.CHECK_IN_CLOSED, "不在签到时间内（活动开始前 1 小时至结束）");
			}
			Registration checkedIn = this.registrations.checkIn(normalized, now);
			if (checkedIn == null) {
				if (registration.getStatus() == RegistrationStatus.ATTENDED) {
					throw new DomainException(ErrorCode.ALREADY_CHECKED_IN, "已签到，无需重复签到");
				}
				throw new DomainException(ErrorCode.BAD_USER_INPUT, "该报名不是已确认状态，不能签到");
			}
			this.events.countAttended(event.getId());
			return checkedIn;
		});
	}

	@PreAuthorize("isAuthenticated()")
	Connection<Registration> mine(Caller caller, RegistrationStatus status, PageRequest page) {
		Long afterId = page.afterId();
		return Connection.of(this.registrations.findMine(caller.userId(), status, afterId, page.fetchSize()), page,
				(registration) -> Cursor.of(registration.getId()));
	}

	@PreAuthorize("isAuthenticated()")
	Connection<Registration> attendees(Caller caller, long eventId, RegistrationStatus status, PageRequest page) {
		Event event = this.events.selectById(eventId);
		if (event == null) {
			throw DomainException.notFound("Event", eventId);
		}
		this.orgScope.requireOrganizerOf(caller, event.getOrgUnitId());
		Long afterId = page.afterId();
		return Connection.of(this.registrations.findByEvent(eventId, status, afterId, page.fetchSize()), page,
				(registration) -> Cursor.of(registration.getId()));
	}

	/**
	 * The ids from the province down to the caller's union; empty when the union is
	 * unknown.
	 */
	List<Long> unionPath(long userId) {
		OrgUnit union = this.users.unionOf(userId);
		return (union != null) ? union.pathIds() : List.of();
	}

	private String newCheckInCode() {
		char[] code = new char[10];
		for (int i = 0; i < code.length; i++) {
			code[i] = CODE_ALPHABET[this.random.nextInt(CODE_ALPHABET.length)];
		}
		return new String(code);
	}

}
