package cn.zjgh.portal.readingroom;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CloseReadingRoomInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CloseReadingRoomPayload;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CreateReadingRoomInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.SetSeatInServiceInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.UpdateReadingRoomInput;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.WeeklyHours;
import cn.zjgh.portal.shared.WeeklyHours.OpeningHoursInput;
import cn.zjgh.portal.wechat.SubscribeMessages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizers managing their rooms: opening, changing, closing for a day, seats out of
 * service. Each change is checked against the unit the room belongs to, which no change
 * can move. New hours and a new slot length apply to new bookings; existing bookings
 * stand, and availability counts them by the time they overlap, so nothing booked is lost
 * or shown as free.
 */
@Service
class ReadingRooms {

	static final String CLOSED_TEMPLATE = "room-closed";

	private final ReadingRoomMapper rooms;

	private final RoomDirectory directory;

	private final Seating seating;

	private final BookingMapper bookings;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	private final SubscribeMessages messages;

	private final Clock clock;

	ReadingRooms(ReadingRoomMapper rooms, RoomDirectory directory, Seating seating, BookingMapper bookings,
			OrgUnitDirectory orgUnits, OrgScope orgScope, SubscribeMessages messages, Clock clock) {
		this.orgUnits = orgUnits;
		this.rooms = rooms;
		this.directory = directory;
		this.seating = seating;
		this.bookings = bookings;
		this.orgScope = orgScope;
		this.messages = messages;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	ReadingRoom create(Caller caller, CreateReadingRoomInput input) {
		this.orgUnits.requireOpen(input.orgUnitId(), "orgUnitId");
		this.orgScope.requireOrganizerOf(caller, input.orgUnitId());
		int slot = slotMinutes((input.slotMinutes() != null) ? input.slotMinutes() : 60);
		ReadingRoom room = new ReadingRoom();
		room.setOrgUnitId(input.orgUnitId());
		room.setName(input.name().strip());
		room.setAddress(input.address().strip());
		room.setDistrictCode(input.districtCode());
		room.setLat(input.lat());
		room.setLng(input.lng());
		room.setFacilities((input.facilities() != null) ? input.facilities().toArray(String[]::new) : new String[0]);
		room.setPhotos((input.photos() != null) ? input.photos().toArray(String[]::new) : new String[0]);
		room.setBookingHorizonDays((input.bookingHorizonDays() != null) ? input.bookingHorizonDays() : 7);
		room.setSlotMinutes(slot);
		room.setReleaseTime(
				BookingRules.parseTime("releaseTime", (input.releaseTime() != null) ? input.releaseTime() : "20:00"));
		this.rooms.insert(room);
		replaceHours(room.getId(), input.openingHours());
		this.rooms.insertSeats(room.getId(), input.seatCount(),
				(input.powerSocketSeats() != null) ? input.powerSocketSeats() : List.of(),
				(input.accessibleSeats() != null) ? input.accessibleSeats() : List.of());
		return this.rooms.selectById(room.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	ReadingRoom update(Caller caller, UpdateReadingRoomInput input) {
		ReadingRoom room = this.directory.require(input.roomId());
		this.orgScope.requireOrganizerOf(caller, room.getOrgUnitId());
		if (input.name() != null) {
			room.setName(input.name().strip());
		}
		if (input.address() != null) {
			room.setAddress(input.address().strip());
		}
		if (input.facilities() != null) {
			room.setFacilities(input.facilities().toArray(String[]::new));
		}
		if (input.photos() != null) {
			room.setPhotos(input.photos().toArray(String[]::new));
		}
		if (input.bookingHorizonDays() != null) {
			room.setBookingHorizonDays(input.bookingHorizonDays());
		}
		if (input.releaseTime() != null) {
			room.setReleaseTime(BookingRules.parseTime("releaseTime", input.releaseTime()));
		}
		if (input.slotMinutes() != null) {
			room.setSlotMinutes(slotMinutes(input.slotMinutes()));
		}
		this.rooms.updateById(room);
		if (input.openingHours() != null) {
			this.rooms.deleteHours(room.getId());
			replaceHours(room.getId(), input.openingHours());
		}
		if (input.seatCount() != null) {
			changeSeatCount(room.getId(), input.seatCount());
		}
		return this.rooms.selectById(room.getId());
	}

	private static int slotMinutes(int minutes) {
		if (!Set.of(15, 30, 60, 120).contains(minutes)) {
			throw DomainException.badInput("slotMinutes", "must be 15, 30, 60 or 120");
		}
		return minutes;
	}

	/**
	 * Seats 1…seatCount remain. Raising the count adds seats (retired ones come back in
	 * service); lowering it retires the highest-numbered seats, refused with
	 * {@code SEATS_BOOKED} while one of them holds a booking that has not ended. The room
	 * row, updated first, keeps two changes of one room apart; the seats are retired
	 * before the bookings are looked at, so a booking of one of them that is under way
	 * either commits first and is found here, or finds the seat retired and books
	 * nothing.
	 */
	private void changeSeatCount(long roomId, int seatCount) {
		this.rooms.addSeats(roomId, seatCount);
		if (this.rooms.retireSeatsAbove(roomId, seatCount) == 0) {
			return;
		}
		List<Integer> held = this.rooms.heldSeatsAbove(roomId, seatCount, OffsetDateTime.now(this.clock));
		if (!held.isEmpty()) {
			String seats = held.stream().limit(10).map(String::valueOf).collect(Collectors.joining("、"));
			throw new DomainException(ErrorCode.SEATS_BOOKED,
					"座位 " + seats + ((held.size() > 10) ? " 等" : "") + " 还有未结束的预约，预约结束或取消后才能减少到 " + seatCount + " 个座位");
		}
	}

	private void replaceHours(long roomId, List<OpeningHoursInput> openingHours) {
		for (WeeklyHours.Day day : WeeklyHours.parse("openingHours", openingHours)) {
			this.rooms.insertHours(roomId, day.weekday(), day.opens(), day.closes());
		}
	}

	/**
	 * Closes the room for the day, cancels that day's bookings and tells their holders.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	CloseReadingRoomPayload close(Caller caller, CloseReadingRoomInput input) {
		ReadingRoom room = this.directory.require(input.roomId());
		this.orgScope.requireOrganizerOf(caller, room.getOrgUnitId());
		String reason = input.reason().strip();
		this.rooms.close(room.getId(), input.date(), reason);
		List<Long> affected = this.bookings.cancelledUsersOfDay(room.getId(), input.date());
		int cancelled = this.bookings.cancelDay(room.getId(), input.date());
		for (Long userId : affected) {
			this.messages.enqueue(userId, CLOSED_TEMPLATE, "pages/rooms/detail?id=" + room.getId(),
					Map.of("thing1", SubscribeMessages.thing(room.getName()), "date2", input.date().toString(),
							"thing3", SubscribeMessages.thing(reason)));
		}
		return new CloseReadingRoomPayload(room, cancelled);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Seat setInService(Caller caller, SetSeatInServiceInput input) {
		ReadingRoom room = this.directory.require(input.roomId());
		this.orgScope.requireOrganizerOf(caller, room.getOrgUnitId());
		if (this.rooms.setInService(room.getId(), input.seatNo(), input.inService()) == 0) {
			throw DomainException.notFound("Seat", input.seatNo());
		}
		return this.seating.seat(room.getId(), input.seatNo());
	}

}
