package cn.zjgh.portal.readingroom;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BookingMapper {

	/**
	 * Books the seat unless an active booking overlaps (the exclusion constraint) or the
	 * seat has been retired; returns the new id, or null when the seat is taken. The seat
	 * row is share-locked, so a booking and the retiring of its seat never both commit.
	 */
	Long insertIfFree(@Param("b") Booking booking);

	Booking find(@Param("id") long id);

	/** Serializes one worker's bookings, so two at once cannot both pass the limits. */
	int lockWorker(@Param("userId") long userId);

	int countActive(@Param("userId") long userId, @Param("now") OffsetDateTime now);

	int minutesOnDay(@Param("userId") long userId, @Param("day") LocalDate day);

	/** No-shows of the user since {@code since}, newest first. */
	List<OffsetDateTime> noShowsSince(@Param("userId") long userId, @Param("since") OffsetDateTime since);

	List<Booking> findMine(@Param("userId") long userId, @Param("status") BookingStatus status,
			@Param("afterId") Long afterId, @Param("limit") int limit);

	/**
	 * The caller's booking in the room that is checked in, away, or starts within the
	 * window.
	 */
	Booking findForCheckIn(@Param("userId") long userId, @Param("roomId") long roomId,
			@Param("earliestStart") OffsetDateTime earliestStart, @Param("latestStart") OffsetDateTime latestStart,
			@Param("now") OffsetDateTime now);

	int changeStatus(@Param("id") long id, @Param("from") BookingStatus from, @Param("to") BookingStatus to,
			@Param("now") OffsetDateTime now);

	int stepAway(@Param("id") long id, @Param("now") OffsetDateTime now);

	int checkOut(@Param("id") long id, @Param("now") OffsetDateTime now);

	int cancelDay(@Param("roomId") long roomId, @Param("day") LocalDate day);

	List<Long> cancelledUsersOfDay(@Param("roomId") long roomId, @Param("day") LocalDate day);

	int markNoShows(@Param("startedBefore") OffsetDateTime startedBefore);

	int releaseAway(@Param("awayBefore") OffsetDateTime awayBefore, @Param("now") OffsetDateTime now);

	List<Booking> claimReminders(@Param("startsBefore") OffsetDateTime startsBefore, @Param("now") OffsetDateTime now);

}
