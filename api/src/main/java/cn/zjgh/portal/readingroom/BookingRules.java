package cn.zjgh.portal.readingroom;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.WeeklyHours;

/** When a seat may be booked: pure rules over the room, its hours and the clock. */
final class BookingRules {

	private BookingRules() {
	}

	static LocalTime parseTime(String field, String value) {
		return WeeklyHours.parseTime(field, value);
	}

	/**
	 * The last day that may be booked now: the horizon's last day, plus one more once the
	 * evening release time has passed.
	 */
	static LocalDate lastBookableDay(ReadingRoom room, ZonedDateTime now) {
		LocalDate last = now.toLocalDate().plusDays(room.getBookingHorizonDays() - 1L);
		return now.toLocalTime().isBefore(room.getReleaseTime()) ? last : last.plusDays(1);
	}

	/**
	 * Checks a booking request against the room's horizon, closed days, hours and slots.
	 * @param hours the day's hours, or null when the room does not open on that weekday
	 */
	static void check(ReadingRoom room, OpeningHours hours, boolean closedThatDay, LocalDate date, LocalTime from,
			LocalTime to, ZonedDateTime now) {
		LocalDate last = lastBookableDay(room, now);
		if (date.isBefore(now.toLocalDate()) || date.isAfter(last)) {
			throw DomainException.badInput("date", "可预约 " + now.toLocalDate() + " 至 " + last);
		}
		if (closedThatDay || hours == null) {
			throw new DomainException(ErrorCode.ROOM_CLOSED, "书屋当天闭馆");
		}
		if (!from.isBefore(to)) {
			throw DomainException.badInput("to", "must be after from");
		}
		if (from.isBefore(hours.opens()) || to.isAfter(hours.closes())) {
			throw new DomainException(ErrorCode.OUTSIDE_HOURS, "不在开放时间内（" + hours.opens() + "–" + hours.closes() + "）");
		}
		long slot = room.getSlotMinutes();
		if (Duration.between(hours.opens(), from).toMinutes() % slot != 0
				|| Duration.between(hours.opens(), to).toMinutes() % slot != 0) {
			throw DomainException.badInput("from",
					"bookings start and end on " + slot + "-minute slots from " + hours.opens());
		}
		if (!date.atTime(to).atZone(now.getZone()).isAfter(now)) {
			throw DomainException.badInput("to", "that time is already over");
		}
	}

}
