package cn.zjgh.portal.event;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RegistrationMapper extends BaseMapper<Registration> {

	/**
	 * A deleted account's sign-up answers (names, phone numbers, sizes) go; its
	 * registrations stay.
	 */
	int eraseAnswersOf(@Param("userId") long userId);

	/** The worker's registration for the event; null when there is none. */
	Registration findByWorker(@Param("eventId") long eventId, @Param("userId") long userId);

	/** The worker's registration for the event, locked until the transaction ends. */
	Registration lockMine(@Param("eventId") long eventId, @Param("userId") long userId);

	/**
	 * Takes a seat of the registration's event and inserts the registration as CONFIRMED,
	 * in one statement: the event row stays locked only while PostgreSQL runs it, never
	 * across a round trip to the application. Null when no seat is free; a worker who
	 * already has a registration for the event makes it fail with a duplicate key, taking
	 * no seat.
	 */
	SeatClaim claimSeatFor(@Param("registration") Registration registration);

	/**
	 * @param filled whether that seat was the last one
	 */
	record SeatClaim(long registrationId, boolean filled) {
	}

	/**
	 * The next waitlisted registrations in order, locked; rows another transaction holds
	 * are skipped rather than waited for, which keeps cancellations free of deadlocks.
	 */
	List<Registration> lockNextWaitlisted(@Param("eventId") long eventId, @Param("count") int count);

	long nextWaitlistSeq();

	List<WaitlistPosition> waitlistPositions(@Param("ids") Collection<Long> registrationIds);

	List<Registration> findMine(@Param("userId") long userId, @Param("status") RegistrationStatus status,
			@Param("afterId") Long afterId, @Param("limit") int limit);

	List<Registration> findByEvent(@Param("eventId") long eventId, @Param("status") RegistrationStatus status,
			@Param("afterId") Long afterId, @Param("limit") int limit);

	default List<Registration> findMineFor(long userId, Collection<Long> eventIds) {
		return selectList(new LambdaQueryWrapper<Registration>().eq(Registration::getUserId, userId)
			.in(Registration::getEventId, eventIds));
	}

	default Registration findByCode(String code) {
		return selectOne(new LambdaQueryWrapper<Registration>().eq(Registration::getCheckInCode, code));
	}

	/**
	 * CONFIRMED → ATTENDED for this code; null when there is no confirmed registration
	 * with it.
	 */
	Registration checkIn(@Param("code") String code, @Param("now") OffsetDateTime now);

	/**
	 * Cancels every active registration of a cancelled event; returns the registrants'
	 * user ids.
	 */
	List<Long> cancelAllFor(@Param("eventId") long eventId, @Param("now") OffsetDateTime now);

	int markNoShows(@Param("eventIds") Collection<Long> eventIds);

	record WaitlistPosition(long registrationId, int position) {
	}

}
