package cn.zjgh.portal.readingroom;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CreateReadingRoomInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.OpeningHoursInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.RoomOccupancy;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.SlotAvailability;
import cn.zjgh.portal.readingroom.ReadingRoomMapper.Occupancy;
import cn.zjgh.portal.readingroom.ReadingRoomMapper.SlotRow;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.wechat.SubscribeMessages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding rooms near a worker, their availability, and organizers managing them. */
@Service
class ReadingRooms {

	static final String CLOSED_TEMPLATE = "room-closed";

	private final ReadingRoomMapper rooms;

	private final BookingMapper bookings;

	private final OrgScope orgScope;

	private final SubscribeMessages messages;

	private final Clock clock;

	ReadingRooms(ReadingRoomMapper rooms, BookingMapper bookings, OrgScope orgScope, SubscribeMessages messages,
			Clock clock) {
		this.rooms = rooms;
		this.bookings = bookings;
		this.orgScope = orgScope;
		this.messages = messages;
		this.clock = clock;
	}

	ReadingRoom find(long id) {
		return this.rooms.selectById(id);
	}

	ReadingRoom require(long id) {
		ReadingRoom room = this.rooms.selectById(id);
		if (room == null) {
			throw DomainException.notFound("Reading room", id);
		}
		return room;
	}

	Connection<ReadingRoom> page(Double lat, Double lng, Double radiusKm, Long orgUnitId, String district,
			OffsetDateTime openAt, PageRequest page) {
		if ((lat == null) != (lng == null)) {
			throw DomainException.badInput("near", "needs both lat and lng");
		}
		if (radiusKm != null && (lat == null || radiusKm <= 0 || radiusKm > 200)) {
			throw DomainException.badInput("radiusKm", "needs near and must be between 0 and 200");
		}
		ZonedDateTime open = (openAt != null) ? openAt.atZoneSameInstant(this.clock.getZone()) : null;
		Double afterDistance = null;
		String afterName = null;
		Long afterId = null;
		if (page.hasCursor()) {
			afterId = page.after().longKey(1);
			if (lat != null) {
				afterDistance = page.after().doubleKey(0);
			}
			else {
				afterName = page.after().key(0);
			}
		}
		EarthPoint here = (lat != null) ? EarthPoint.of(lat, lng) : null;
		List<ReadingRoom> rows = this.rooms.findPage(here, (radiusKm != null) ? radiusKm * 1000 : null, orgUnitId,
				district, (open != null) ? open.toLocalDate() : null,
				(open != null) ? open.getDayOfWeek().getValue() : null, (open != null) ? open.toLocalTime() : null,
				afterDistance, afterName, afterId, page.fetchSize());
		return Connection.of(rows, page, (room) -> (here != null) ? Cursor.of(room.getNearness(), room.getId())
				: Cursor.of(room.getName(), room.getId()));
	}

	List<SlotAvailability> availability(ReadingRoom room, LocalDate date) {
		OpeningHours hours = hoursOn(room.getId(), date);
		boolean closed = !this.rooms.closuresOf(List.of(room.getId()), date, date).isEmpty();
		if (hours == null || closed) {
			return List.of();
		}
		OffsetDateTime from = date.atTime(hours.opens()).atZone(this.clock.getZone()).toOffsetDateTime();
		OffsetDateTime to = date.atTime(hours.closes()).atZone(this.clock.getZone()).toOffsetDateTime();
		Map<OffsetDateTime, List<Integer>> bySlot = new LinkedHashMap<>();
		for (SlotRow row : this.rooms.freeSeatsBySlot(room.getId(), from, to, room.getSlotMinutes())) {
			List<Integer> free = bySlot.computeIfAbsent(row.slotStart().toInstant().atOffset(from.getOffset()),
					(slot) -> new ArrayList<>());
			if (row.seatNo() != null) {
				free.add(row.seatNo());
			}
		}
		List<SlotAvailability> slots = new ArrayList<>();
		bySlot.forEach((start, free) -> slots.add(new SlotAvailability(start.toLocalTime().toString(),
				start.plusMinutes(room.getSlotMinutes()).toLocalTime().toString(), free.size(), free)));
		return slots;
	}

	OpeningHours hoursOn(long roomId, LocalDate date) {
		int weekday = date.getDayOfWeek().getValue();
		return this.rooms.hoursOf(List.of(roomId))
			.stream()
			.filter((hours) -> hours.weekday() == weekday)
			.findFirst()
			.orElse(null);
	}

	@PreAuthorize("isAuthenticated()")
	RoomOccupancy occupancy(Caller caller, long roomId) {
		ReadingRoom room = require(roomId);
		this.orgScope.requireOrganizerOf(caller, room.getOrgUnitId());
		Occupancy now = this.rooms.occupancy(roomId, OffsetDateTime.now(this.clock));
		return new RoomOccupancy(now.seats(), now.inService(), now.bookedNow(), now.checkedInNow(),
				Math.max(0, now.inService() - now.bookedNow()));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	ReadingRoom create(Caller caller, CreateReadingRoomInput input) {
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
	ReadingRoom update(Caller caller, ReadingRoomInputs.UpdateReadingRoomInput input) {
		ReadingRoom room = require(input.roomId());
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
		Set<Integer> weekdays = new java.util.HashSet<>();
		for (OpeningHoursInput hours : openingHours) {
			LocalTime opens = BookingRules.parseTime("openingHours", hours.opens());
			LocalTime closes = BookingRules.parseTime("openingHours", hours.closes());
			if (!closes.isAfter(opens) || !weekdays.add(hours.weekday())) {
				throw DomainException.badInput("openingHours", "one entry per weekday, closing after opening");
			}
			this.rooms.insertHours(roomId, hours.weekday(), opens, closes);
		}
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	int close(Caller caller, long roomId, LocalDate date, String reason) {
		ReadingRoom room = require(roomId);
		this.orgScope.requireOrganizerOf(caller, room.getOrgUnitId());
		this.rooms.close(roomId, date, reason.strip());
		List<Long> affected = this.bookings.cancelledUsersOfDay(roomId, date);
		int cancelled = this.bookings.cancelDay(roomId, date);
		for (Long userId : affected) {
			this.messages.enqueue(userId, CLOSED_TEMPLATE, "pages/rooms/detail?id=" + roomId,
					Map.of("thing1", SubscribeMessages.thing(room.getName()), "date2", date.toString(), "thing3",
							SubscribeMessages.thing(reason.strip())));
		}
		return cancelled;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Seat setInService(Caller caller, long roomId, int seatNo, boolean inService) {
		ReadingRoom room = require(roomId);
		this.orgScope.requireOrganizerOf(caller, room.getOrgUnitId());
		if (this.rooms.setInService(roomId, seatNo, inService) == 0) {
			throw DomainException.notFound("Seat", seatNo);
		}
		return this.rooms.seatsOf(roomId).stream().filter((seat) -> seat.seatNo() == seatNo).findFirst().orElseThrow();
	}

}
