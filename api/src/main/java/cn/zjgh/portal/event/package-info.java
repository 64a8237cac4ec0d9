/**
 * Culture & sports season events (职工文化体育季, 韵动四季): organizers publish, workers browse
 * cached listings, register under a rush with capacity and waitlist, and check in;
 * interest groups and their activities. The read side ({@code EventListing},
 * {@code SeasonDirectory}, {@code InterestGroupDirectory}, {@code RegistrationRecords},
 * {@code AttendeeList}) pages and decides which fields a caller sees; the write side
 * ({@code EventPublishing}, {@code Registrations} with {@code Seats}, {@code CheckIns},
 * {@code InterestGroups}) keeps the rules.
 */
package cn.zjgh.portal.event;
