package cn.zjgh.portal.readingroom;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import cn.zjgh.portal.shared.NearbySearch;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ReadingRoomMapper extends BaseMapper<ReadingRoom> {

	/**
	 * One keyset page of rooms: nearest first when {@code nearby} is given, else by name.
	 * A room is open at {@code openAt} when its hours for that weekday contain the time
	 * and the day is not closed.
	 */
	List<ReadingRoom> findPage(@Param("nearby") NearbySearch nearby, @Param("orgUnitId") Long orgUnitId,
			@Param("district") String district, @Param("openDay") LocalDate openDay,
			@Param("openWeekday") Integer openWeekday, @Param("openTime") LocalTime openTime,
			@Param("afterName") String afterName, @Param("afterId") Long afterId, @Param("limit") int limit);

	List<OpeningHours> hoursOf(@Param("roomIds") Collection<Long> roomIds);

	List<RoomClosure> closuresOf(@Param("roomIds") Collection<Long> roomIds, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/**
	 * The hours of the date's weekday (null times when the room does not open then) and
	 * whether the date is closed.
	 */
	DayRow dayOf(@Param("roomId") long roomId, @Param("date") LocalDate date, @Param("weekday") int weekday);

	List<Seat> seatsOf(@Param("roomId") long roomId);

	List<SeatCount> seatCounts(@Param("roomIds") Collection<Long> roomIds);

	void insertHours(@Param("roomId") long roomId, @Param("weekday") int weekday, @Param("opens") LocalTime opens,
			@Param("closes") LocalTime closes);

	void insertSeats(@Param("roomId") long roomId, @Param("count") int count,
			@Param("powerSocket") Collection<Integer> powerSocket, @Param("accessible") Collection<Integer> accessible);

	/**
	 * Seats 1…count: new ones added, retired ones among them back in service.
	 */
	void addSeats(@Param("roomId") long roomId, @Param("count") int count);

	/**
	 * Retires the seats above {@code count}, locking them in seat order as bookings try
	 * them, so the two never wait on each other in a circle.
	 */
	int retireSeatsAbove(@Param("roomId") long roomId, @Param("count") int count);

	/** Seats above {@code count} held by a booking that has not ended at {@code now}. */
	List<Integer> heldSeatsAbove(@Param("roomId") long roomId, @Param("count") int count,
			@Param("now") OffsetDateTime now);

	int deleteHours(@Param("roomId") long roomId);

	int close(@Param("roomId") long roomId, @Param("day") LocalDate day, @Param("reason") String reason);

	int setInService(@Param("roomId") long roomId, @Param("seatNo") int seatNo, @Param("inService") boolean inService);

	/** Seats in service with no active booking overlapping [from, to), by number. */
	List<Integer> freeSeats(@Param("roomId") long roomId, @Param("from") OffsetDateTime from,
			@Param("to") OffsetDateTime to);

	/** For each slot [from, to) of the day, the seats in service that are free. */
	List<SlotRow> freeSeatsBySlot(@Param("roomId") long roomId, @Param("from") OffsetDateTime from,
			@Param("to") OffsetDateTime to, @Param("slotMinutes") int slotMinutes);

	Occupancy occupancy(@Param("roomId") long roomId, @Param("now") OffsetDateTime now);

	record SeatCount(long roomId, int seats) {
	}

	record DayRow(LocalTime opens, LocalTime closes, boolean closed) {
	}

	record SlotRow(OffsetDateTime slotStart, Integer seatNo) {
	}

	record Occupancy(int seats, int inService, int bookedNow, int checkedInNow) {
	}

}
