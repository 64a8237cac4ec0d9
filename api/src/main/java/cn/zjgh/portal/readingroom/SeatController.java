package cn.zjgh.portal.readingroom;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.RoomOccupancy;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.SeatPayload;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.SetSeatInServiceInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.SlotAvailability;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class SeatController {

	private final Seating seating;

	private final ReadingRooms rooms;

	SeatController(Seating seating, ReadingRooms rooms) {
		this.seating = seating;
		this.rooms = rooms;
	}

	@QueryMapping
	RoomOccupancy roomOccupancy(@Argument long roomId, @AuthenticationPrincipal Caller caller) {
		return this.seating.occupancy(caller, roomId);
	}

	@MutationMapping
	SeatPayload setSeatInService(@Argument @Valid SetSeatInServiceInput input, @AuthenticationPrincipal Caller caller) {
		return new SeatPayload(this.rooms.setInService(caller, input));
	}

	@SchemaMapping(typeName = "ReadingRoom")
	List<Seat> seats(ReadingRoom room) {
		return this.seating.seatsOf(room);
	}

	@BatchMapping(typeName = "ReadingRoom")
	Map<ReadingRoom, Integer> seatCount(List<ReadingRoom> rooms) {
		return this.seating.seatCountsOf(rooms);
	}

	@SchemaMapping(typeName = "ReadingRoom")
	List<SlotAvailability> availability(ReadingRoom room, @Argument LocalDate date) {
		return this.seating.availability(room, date);
	}

}
