package cn.zjgh.portal.readingroom;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.PortalUser;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A worker's bookings as they see them: latest first, times of day in the rooms' zone,
 * and their own booking ban, which nobody else sees.
 */
@Service
class BookingHistory {

	private final BookingMapper bookings;

	private final RoomDirectory rooms;

	private final BookingBans bans;

	private final Clock clock;

	BookingHistory(BookingMapper bookings, RoomDirectory rooms, BookingBans bans, Clock clock) {
		this.bookings = bookings;
		this.rooms = rooms;
		this.bans = bans;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	Connection<Booking> mine(Caller caller, BookingStatus status, PageRequest page) {
		return Connection.of(this.bookings.findMine(caller.userId(), status, page.afterId(), page.fetchSize()), page,
				(booking) -> Cursor.of(booking.getId()));
	}

	Map<Booking, ReadingRoom> roomsOf(List<Booking> bookings) {
		Map<Long, ReadingRoom> found = this.rooms
			.findAll(bookings.stream().map(Booking::getRoomId).distinct().toList());
		return Batches.map(bookings, (booking) -> found.get(booking.getRoomId()));
	}

	/** The start as HH:mm. */
	String fromOf(Booking booking) {
		return timeOfDay(booking.getStartsAt());
	}

	/** The end as HH:mm. */
	String toOf(Booking booking) {
		return timeOfDay(booking.getEndsAt());
	}

	/** The user's booking ban, shown to the user only; null for everyone else. */
	OffsetDateTime bannedUntilFor(Caller caller, PortalUser user) {
		return (caller != null && caller.userId() == user.getId()) ? this.bans.until(user.getId()) : null;
	}

	private String timeOfDay(OffsetDateTime time) {
		return time.atZoneSameInstant(this.clock.getZone()).toLocalTime().toString();
	}

}
