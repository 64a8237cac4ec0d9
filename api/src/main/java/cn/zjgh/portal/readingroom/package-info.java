/**
 * Reading rooms (职工书屋): rooms near a worker, seat availability per slot, bookings that
 * PostgreSQL never lets overlap, check-in at the desk, temporary leave, the no-show sweep
 * and bans, reminders. {@code RoomDirectory}, {@code Seating} and {@code BookingHistory}
 * read (and decide who sees the desk code and a ban); {@code ReadingRooms} and
 * {@code Bookings} keep the rules of every change.
 */
package cn.zjgh.portal.readingroom;
