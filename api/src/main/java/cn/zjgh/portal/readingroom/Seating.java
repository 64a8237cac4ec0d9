package cn.zjgh.portal.readingroom;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.RoomOccupancy;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.SlotAvailability;
import cn.zjgh.portal.readingroom.ReadingRoomMapper.Occupancy;
import cn.zjgh.portal.readingroom.ReadingRoomMapper.SlotRow;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.ReadsFromReplica;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The seats of a room: which there are, which are free per slot of a day, and (for its
 * organizers) how full the room is right now.
 */
@Service
class Seating {

	private final ReadingRoomMapper rooms;

	private final RoomDirectory directory;

	private final OrgScope orgScope;

	private final Clock clock;

	Seating(ReadingRoomMapper rooms, RoomDirectory directory, OrgScope orgScope, Clock clock) {
		this.rooms = rooms;
		this.directory = directory;
		this.orgScope = orgScope;
		this.clock = clock;
	}

	List<Seat> seatsOf(ReadingRoom room) {
		return this.rooms.seatsOf(room.getId());
	}

	/** The seat with that number, or null when the room has none. */
	Seat seat(long roomId, int seatNo) {
		return this.rooms.seatsOf(roomId).stream().filter((seat) -> seat.seatNo() == seatNo).findFirst().orElse(null);
	}

	Map<ReadingRoom, Integer> seatCountsOf(List<ReadingRoom> rooms) {
		Map<Long, Integer> counts = new HashMap<>();
		this.rooms.seatCounts(RoomDirectory.idsOf(rooms)).forEach((row) -> counts.put(row.roomId(), row.seats()));
		return Batches.map(rooms, (room) -> counts.getOrDefault(room.getId(), 0));
	}

	/** Seats in service that no active booking holds during [from, to), by number. */
	List<Integer> freeSeats(long roomId, OffsetDateTime from, OffsetDateTime to) {
		return this.rooms.freeSeats(roomId, from, to);
	}

	@ReadsFromReplica
	List<SlotAvailability> availability(ReadingRoom room, LocalDate date) {
		OpeningDay day = this.directory.dayOf(room.getId(), date);
		if (!day.open()) {
			return List.of();
		}
		OpeningHours hours = day.hours();
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

	@PreAuthorize("isAuthenticated()")
	RoomOccupancy occupancy(Caller caller, long roomId) {
		ReadingRoom room = this.directory.require(roomId);
		this.orgScope.requireOrganizerOf(caller, room.getOrgUnitId());
		Occupancy now = this.rooms.occupancy(roomId, OffsetDateTime.now(this.clock));
		return new RoomOccupancy(now.seats(), now.inService(), now.bookedNow(), now.checkedInNow(),
				Math.max(0, now.inService() - now.bookedNow()));
	}

}
