package cn.zjgh.portal.event;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.event.EventInputs.SignUpAnswerInput;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.RateLimiter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workers register for events and cancel. A registration attempt is read and checked
 * once, then handed to {@link Seats}: the rush's one-statement path when a seat looked
 * free, the locked path otherwise.
 */
@Service
class Registrations {

	/** Far above a person pressing a button, well below a script hammering it. */
	static final int REGISTER_LIMIT = 10;

	static final Duration REGISTER_WINDOW = Duration.ofSeconds(10);

	private final EventMapper events;

	private final RegistrationMapper registrations;

	private final RegistrationEligibility eligibility;

	private final Seats seats;

	private final RateLimiter rateLimiter;

	private final Clock clock;

	Registrations(EventMapper events, RegistrationMapper registrations, RegistrationEligibility eligibility,
			Seats seats, RateLimiter rateLimiter, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.eligibility = eligibility;
		this.seats = seats;
		this.rateLimiter = rateLimiter;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	Registration register(Caller caller, long eventId, List<SignUpAnswerInput> answers) {
		this.rateLimiter.check("register", caller.userId(), REGISTER_LIMIT, REGISTER_WINDOW);
		Event event = this.events.selectById(eventId);
		if (event == null || event.getStatus() == EventStatus.DRAFT) {
			throw DomainException.notFound("Event", eventId);
		}
		Registration mine = this.registrations.findByWorker(eventId, caller.userId());
		if (mine != null && mine.getStatus().isActive()) {
			return mine;
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		RegistrationAttempt attempt = RegistrationAttempt.of(caller.userId(), event, mine,
				this.eligibility.check(caller.userId(), event, now), now, answers);
		if (attempt.mayClaimFreeSeat()) {
			Registration confirmed = this.seats.claim(attempt);
			if (confirmed != null) {
				return confirmed;
			}
		}
		return this.seats.takeOrWait(attempt);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Registration cancel(Caller caller, long eventId) {
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
		this.seats.release(event, mine);
		mine.setStatus(RegistrationStatus.CANCELLED);
		mine.setWaitlistSeq(null);
		mine.setCancelledAt(now);
		this.registrations.updateById(mine);
		return mine;
	}

}
