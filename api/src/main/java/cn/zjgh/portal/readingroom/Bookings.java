package cn.zjgh.portal.readingroom;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.BookSeatInput;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.RateLimiter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seat bookings. That a seat is never held twice for overlapping time is PostgreSQL's
 * job: an exclusion constraint over (room, seat, time range) of active bookings, which
 * the insert meets with {@code ON CONFLICT DO NOTHING}. Everything else — hours, horizon,
 * limits, bans — is checked here, with the worker's bookings serialized by an advisory
 * lock.
 */
@Service
class Bookings {

	/** Far above a person tapping "book", well below a seat-grabbing script. */
	static final int BOOK_LIMIT = 10;

	static final Duration BOOK_WINDOW = Duration.ofSeconds(10);

	/**
	 * A worker scans a desk code a few times a day; guessing one takes millions of tries.
	 */
	static final int CHECK_IN_LIMIT = 10;

	static final Duration CHECK_IN_WINDOW = Duration.ofMinutes(10);

	private final BookingMapper bookings;

	private final RoomDirectory rooms;

	private final Seating seating;

	private final BookingBans bans;

	private final DeskCodes deskCodes;

	private final OrgScope orgScope;

	private final RateLimiter rateLimiter;

	private final ReadingRoomProperties rules;

	private final Clock clock;

	Bookings(BookingMapper bookings, RoomDirectory rooms, Seating seating, BookingBans bans, DeskCodes deskCodes,
			OrgScope orgScope, RateLimiter rateLimiter, ReadingRoomProperties rules, Clock clock) {
		this.bookings = bookings;
		this.rooms = rooms;
		this.seating = seating;
		this.bans = bans;
		this.deskCodes = deskCodes;
		this.orgScope = orgScope;
		this.rateLimiter = rateLimiter;
		this.rules = rules;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public Booking book(Caller caller, BookSeatInput input) {
		this.rateLimiter.check("book-seat", caller.userId(), BOOK_LIMIT, BOOK_WINDOW);
		ReadingRoom room = this.rooms.require(input.roomId());
		LocalTime from = BookingRules.parseTime("from", input.from());
		LocalTime to = BookingRules.parseTime("to", input.to());
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		OpeningDay day = this.rooms.dayOf(room.getId(), input.date());
		BookingRules.check(room, day.hours(), day.closed(), input.date(), from, to, now);

		this.bookings.lockWorker(caller.userId());
		OffsetDateTime bannedUntil = this.bans.until(caller.userId());
		if (bannedUntil != null) {
			throw new DomainException(ErrorCode.BOOKING_BANNED,
					"多次预约未到，" + bannedUntil.atZoneSameInstant(this.clock.getZone()).toLocalDate() + " 前暂停预约");
		}
		if (this.bookings.countActive(caller.userId(), now.toOffsetDateTime()) >= this.rules.maxActiveBookings()) {
			throw new DomainException(ErrorCode.BOOKING_LIMIT, "最多同时保留 " + this.rules.maxActiveBookings() + " 个预约");
		}
		long minutes = Duration.between(from, to).toMinutes();
		if (this.bookings.minutesOnDay(caller.userId(), input.date()) + minutes > this.rules.maxMinutesPerDay()) {
			throw new DomainException(ErrorCode.BOOKING_LIMIT, "每天最多预约 " + this.rules.maxMinutesPerDay() / 60 + " 小时");
		}

		Booking booking = new Booking();
		booking.setRoomId(room.getId());
		booking.setUserId(caller.userId());
		booking.setDay(input.date());
		booking.setStartsAt(input.date().atTime(from).atZone(this.clock.getZone()).toOffsetDateTime());
		booking.setEndsAt(input.date().atTime(to).atZone(this.clock.getZone()).toOffsetDateTime());
		List<Integer> candidates = (input.seatNo() != null) ? List.of(input.seatNo())
				: this.seating.freeSeats(room.getId(), booking.getStartsAt(), booking.getEndsAt());
		for (int seatNo : candidates) {
			booking.setSeatNo(seatNo);
			if (input.seatNo() != null) {
				requireBookableSeat(room.getId(), seatNo);
			}
			Long id = this.bookings.insertIfFree(booking);
			if (id != null) {
				return this.bookings.find(id);
			}
		}
		throw new DomainException(ErrorCode.SEAT_TAKEN, (input.seatNo() != null) ? "该座位此时段已被预约" : "此时段已无空座");
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public Booking cancel(Caller caller, long id) {
		Booking booking = requireVisible(caller, id);
		if (booking.getStatus() != BookingStatus.BOOKED
				|| !booking.getStartsAt().isAfter(OffsetDateTime.now(this.clock))) {
			throw DomainException.badInput("id", "only a booking that has not started can be cancelled");
		}
		this.bookings.changeStatus(id, BookingStatus.BOOKED, BookingStatus.CANCELLED, OffsetDateTime.now(this.clock));
		return this.bookings.find(id);
	}

	/**
	 * Scanning the desk code: checks in within the window, or comes back from stepping
	 * away.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public Booking checkIn(Caller caller, String code) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = now.atZoneSameInstant(this.clock.getZone()).toLocalDate();
		this.rateLimiter.check("room-check-in", caller.userId(), CHECK_IN_LIMIT, CHECK_IN_WINDOW);
		Long roomId = this.deskCodes.roomOf(code, today);
		if (roomId == null) {
			throw new DomainException(ErrorCode.NOT_FOUND, "签到码无效或已过期，请扫描书屋前台今日的二维码");
		}
		Booking booking = this.bookings.findForCheckIn(caller.userId(), roomId, now.minus(this.rules.checkInAfter()),
				now.plus(this.rules.checkInBefore()), now);
		if (booking == null) {
			throw new DomainException(ErrorCode.CHECK_IN_CLOSED,
					"没有可签到的预约（开始前 " + this.rules.checkInBefore().toMinutes() + " 分钟至开始后 "
							+ this.rules.checkInAfter().toMinutes() + " 分钟内签到）");
		}
		if (booking.getStatus() == BookingStatus.BOOKED || booking.getStatus() == BookingStatus.AWAY) {
			this.bookings.changeStatus(booking.getId(), booking.getStatus(), BookingStatus.CHECKED_IN, now);
		}
		return this.bookings.find(booking.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public Booking stepAway(Caller caller, long id) {
		Booking booking = requireOwn(caller, id);
		if (this.bookings.stepAway(id, OffsetDateTime.now(this.clock)) == 0) {
			throw DomainException.badInput("id", booking.isAwayUsed() ? "每次预约只能暂离一次" : "签到后才能暂离");
		}
		return this.bookings.find(id);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public Booking checkOut(Caller caller, long id) {
		requireOwn(caller, id);
		if (this.bookings.checkOut(id, OffsetDateTime.now(this.clock)) == 0) {
			throw DomainException.badInput("id", "签到后才能签退");
		}
		return this.bookings.find(id);
	}

	private void requireBookableSeat(long roomId, int seatNo) {
		Seat seat = this.seating.seat(roomId, seatNo);
		if (seat == null) {
			throw DomainException.badInput("seatNo", "the room has no seat " + seatNo);
		}
		if (!seat.inService()) {
			throw DomainException.badInput("seatNo", "seat " + seatNo + " is out of service");
		}
	}

	/** The caller's own booking; someone else's is reported as not found, never shown. */
	private Booking requireOwn(Caller caller, long id) {
		Booking booking = this.bookings.find(id);
		if (booking == null || booking.getUserId() != caller.userId()) {
			throw DomainException.notFound("Booking", id);
		}
		return booking;
	}

	/** The caller's own booking, or one in a room they organize. */
	private Booking requireVisible(Caller caller, long id) {
		Booking booking = DomainException.requireFound(this.bookings.find(id), "Booking", id);
		if (booking.getUserId() != caller.userId()
				&& !this.orgScope.covers(caller, this.rooms.require(booking.getRoomId()).getOrgUnitId())) {
			throw DomainException.notFound("Booking", id);
		}
		return booking;
	}

}
