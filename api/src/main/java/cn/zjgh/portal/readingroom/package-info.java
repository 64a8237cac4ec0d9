/**
 * Reading rooms (职工书屋): rooms near a worker, seat availability per slot, bookings that
 * PostgreSQL never lets overlap, check-in at the desk, temporary leave, the no-show sweep
 * and bans, reminders.
 */
package cn.zjgh.portal.readingroom;
