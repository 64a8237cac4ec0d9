package cn.zjgh.portal.readingroom;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Repeated no-shows bar a worker from booking: {@code noShowsForBan} of them within
 * {@code noShowWindow} start a ban of {@code banLength} from the latest one.
 */
@Component
class BookingBans {

	private final BookingMapper bookings;

	private final ReadingRoomProperties rules;

	private final Clock clock;

	BookingBans(BookingMapper bookings, ReadingRoomProperties rules, Clock clock) {
		this.bookings = bookings;
		this.rules = rules;
		this.clock = clock;
	}

	/** The end of the user's ban, or null when they may book. */
	OffsetDateTime until(long userId) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		List<OffsetDateTime> noShows = this.bookings.noShowsSince(userId, now.minus(this.rules.noShowWindow()));
		if (noShows.size() < this.rules.noShowsForBan()) {
			return null;
		}
		OffsetDateTime until = noShows.get(0).plus(this.rules.banLength());
		return until.isAfter(now) ? until : null;
	}

}
