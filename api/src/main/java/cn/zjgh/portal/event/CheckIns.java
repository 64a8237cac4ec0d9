package cn.zjgh.portal.event;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.RateLimiter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizers check attendees in at the door with the code the registrant shows, from an
 * hour before the start until the end.
 */
@Service
class CheckIns {

	static final Duration OPENS_BEFORE_START = Duration.ofHours(1);

	/** One scan a second at a busy door, sustained; far too few to guess a code. */
	static final int CHECK_IN_LIMIT = 600;

	static final Duration CHECK_IN_WINDOW = Duration.ofMinutes(10);

	private final RegistrationMapper registrations;

	private final EventMapper events;

	private final OrgScope orgScope;

	private final RateLimiter rateLimiter;

	private final Clock clock;

	CheckIns(RegistrationMapper registrations, EventMapper events, OrgScope orgScope, RateLimiter rateLimiter,
			Clock clock) {
		this.registrations = registrations;
		this.events = events;
		this.orgScope = orgScope;
		this.rateLimiter = rateLimiter;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Registration checkIn(Caller caller, String code) {
		this.rateLimiter.check("event-check-in", caller.userId(), CHECK_IN_LIMIT, CHECK_IN_WINDOW);
		String normalized = code.strip().toUpperCase();
		Registration registration = this.registrations.findByCode(normalized);
		Event event = (registration != null) ? this.events.selectById(registration.getEventId()) : null;
		if (event == null || !this.orgScope.covers(caller, event.getOrgUnitId())) {
			// the same answer for an unknown code and for another unit's code: codes
			// cannot be probed
			throw new DomainException(ErrorCode.NOT_FOUND, "签到码无效");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (now.isBefore(event.getStartsAt().minus(OPENS_BEFORE_START)) || !now.isBefore(event.getEndsAt())) {
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
	}

}
