package cn.zjgh.portal.readingroom;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CloseReadingRoomInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CloseReadingRoomPayload;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CreateReadingRoomInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.SetSeatInServiceInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.UpdateReadingRoomInput;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.WeeklyHours;
import cn.zjgh.portal.shared.WeeklyHours.OpeningHoursInput;
import cn.zjgh.portal.wechat.SubscribeMessages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizers managing their rooms: opening, changing, closing for a day, seats out of
 * service. Each change is checked against the unit the room belongs to, which no change
 * can move.
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

	ReadingRooms(ReadingRoomMapper rooms, RoomDirectory directory, Seating seating, BookingMapper bookings,
			OrgUnitDirectory orgUnits, OrgScope orgScope, SubscribeMessages messages) {
		this.orgUnits = orgUnits;
		this.rooms = rooms;
		this.directory = directory;
		this.seating = seating;
		this.bookings = bookings;
		this.orgScope = orgScope;
		this.messages = messages;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	ReadingRoom create(Caller caller, CreateReadingRoomInput input) {
		this.orgUnits.requireOpen(input.orgUnitId(), "orgUnitId");
		this.orgScope.requireOrganizerOf(caller, input.orgUnitId());
		int slot = (input.slotMinutes() != null) ? input.slotMinutes() : 60;
		if (!Set.of(15, 30, 60, 120).contains(slot)) {
			throw DomainException.badInput("slotMinutes", "must be 15, 30, 60 or 120");
		}
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
		this.rooms.updateById(room);
		if (input.openingHours() != null) {
			this.rooms.deleteHours(room.getId());
			replaceHours(room.getId(), input.openingHours());
		}
		return this.rooms.selectById(room.getId());
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
