package cn.zjgh.portal.readingroom;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import cn.zjgh.portal.wechat.SubscribeMessages;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every minute: bookings not checked in by the end of the check-in window become NO_SHOW
 * (their seat is free again), workers away too long lose the seat, and bookings about to
 * start get their reminder. Each step is one UPDATE deciding which rows it takes, so
 * replicas running the sweep at the same time never do a row twice.
 */
@Component
class BookingSweeper {

	static final String REMINDER_TEMPLATE = "booking-reminder";

	private static final Log logger = LogFactory.getLog(BookingSweeper.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final BookingMapper bookings;

	private final ReadingRoomMapper rooms;

	private final SubscribeMessages messages;

	private final ReadingRoomProperties rules;

	private final Clock clock;

	BookingSweeper(BookingMapper bookings, ReadingRoomMapper rooms, SubscribeMessages messages,
			ReadingRoomProperties rules, Clock clock) {
		this.bookings = bookings;
		this.rooms = rooms;
		this.messages = messages;
		this.rules = rules;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${portal.reading-rooms.sweep-interval:60s}",
			initialDelayString = "${portal.reading-rooms.sweep-interval:60s}")
	@Transactional
	public void sweep() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		int noShows = this.bookings.markNoShows(now.minus(this.rules.checkInAfter()));
		int released = this.bookings.releaseAway(now.minus(this.rules.awayLimit()), now);
		int reminded = 0;
		for (Booking booking : this.bookings.claimReminders(now.plus(this.rules.reminderLead()), now)) {
			ReadingRoom room = this.rooms.selectById(booking.getRoomId());
			this.messages.enqueue(booking.getUserId(), REMINDER_TEMPLATE, "pages/rooms/booking?id=" + booking.getId(),
					Map.of("thing1", SubscribeMessages.thing(room.getName()), "character_string2",
							Integer.toString(booking.getSeatNo()), "time3",
							booking.getStartsAt().atZoneSameInstant(this.clock.getZone()).format(TIME)));
			reminded++;
		}
		if (noShows + released + reminded > 0) {
			logger.info("Booking sweep: " + noShows + " no-shows, " + released + " released after leave, " + reminded
					+ " reminders queued");
		}
	}

}
