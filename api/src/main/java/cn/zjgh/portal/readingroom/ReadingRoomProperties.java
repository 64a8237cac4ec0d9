package cn.zjgh.portal.readingroom;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The booking rules of all reading rooms.
 *
 * @param checkInBefore how early before the start check-in opens
 * @param checkInAfter how late after the start check-in still works; later the booking is
 * a no-show and the seat is released
 * @param maxActiveBookings bookings a worker may hold at once
 * @param maxMinutesPerDay booked time a worker may hold on one day
 * @param noShowsForBan no-shows within {@code noShowWindow} that ban new bookings
 * @param banLength how long such a ban lasts, counted from the last no-show
 * @param awayLimit how long a worker may step away (暂离) before the seat is released
 * @param reminderLead how long before the start the subscribe-message reminder goes out
 */
@ConfigurationProperties("portal.reading-rooms")
record ReadingRoomProperties(@DefaultValue("15m") Duration checkInBefore, @DefaultValue("15m") Duration checkInAfter,
		@DefaultValue("2") int maxActiveBookings, @DefaultValue("240") int maxMinutesPerDay,
		@DefaultValue("3") int noShowsForBan, @DefaultValue("30d") Duration noShowWindow,
		@DefaultValue("7d") Duration banLength, @DefaultValue("30m") Duration awayLimit,
		@DefaultValue("30m") Duration reminderLead) {

}
