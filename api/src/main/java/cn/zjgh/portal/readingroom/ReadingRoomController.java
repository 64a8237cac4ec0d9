package cn.zjgh.portal.readingroom;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.account.PortalUser;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.BookSeatInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.BookingPayload;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CheckInBookingInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CloseReadingRoomInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CloseReadingRoomPayload;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CreateReadingRoomInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.IdInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.RoomOccupancy;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.RoomPayload;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.SeatPayload;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.SetSeatInServiceInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.SlotAvailability;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.wechat.MiniProgramCodes;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class ReadingRoomController {

	private final ReadingRooms rooms;

	private final Bookings bookings;

	private final ReadingRoomMapper roomRows;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	private final DeskCodes deskCodes;

	private final MiniProgramCodes codes;

	private final Clock clock;

	ReadingRoomController(ReadingRooms rooms, Bookings bookings, ReadingRoomMapper roomRows, OrgUnitDirectory orgUnits,
			OrgScope orgScope, DeskCodes deskCodes, MiniProgramCodes codes, Clock clock) {
		this.rooms = rooms;
		this.bookings = bookings;
		this.roomRows = roomRows;
		this.orgUnits = orgUnits;
		this.orgScope = orgScope;
		this.deskCodes = deskCodes;
		this.codes = codes;
		this.clock = clock;
	}

	@QueryMapping
	Connection<ReadingRoom> readingRooms(@Argument Map<String, Object> near, @Argument Double radiusKm,
			@Argument Long orgUnitId, @Argument String district, @Argument OffsetDateTime openAt,
			@Argument Integer first, @Argument String after) {
		Double lat = (near != null) ? ((Number) near.get("lat")).doubleValue() : null;
		Double lng = (near != null) ? ((Number) near.get("lng")).doubleValue() : null;
		return this.rooms.page(lat, lng, radiusKm, orgUnitId, district, openAt, PageRequest.of(first, after));
	}

	@QueryMapping
	ReadingRoom readingRoom(@Argument long id) {
		return this.rooms.find(id);
	}

	@QueryMapping
	Connection<Booking> myBookings(@Argument BookingStatus status, @Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.bookings.mine(caller, status, PageRequest.of(first, after));
	}

	@QueryMapping
	RoomOccupancy roomOccupancy(@Argument long roomId, @AuthenticationPrincipal Caller caller) {
		return this.rooms.occupancy(caller, roomId);
	}

	@MutationMapping
	RoomPayload createReadingRoom(@Argument @Valid CreateReadingRoomInput input,
			@AuthenticationPrincipal Caller caller) {
		return new RoomPayload(this.rooms.create(caller, input));
	}

	@MutationMapping
	RoomPayload updateReadingRoom(@Argument @Valid ReadingRoomInputs.UpdateReadingRoomInput input,
			@AuthenticationPrincipal Caller caller) {
		return new RoomPayload(this.rooms.update(caller, input));
	}

	@MutationMapping
	CloseReadingRoomPayload closeReadingRoom(@Argument @Valid CloseReadingRoomInput input,
			@AuthenticationPrincipal Caller caller) {
		int cancelled = this.rooms.close(caller, input.roomId(), input.date(), input.reason());
		return new CloseReadingRoomPayload(this.rooms.require(input.roomId()), cancelled);
	}

	@MutationMapping
	SeatPayload setSeatInService(@Argument @Valid SetSeatInServiceInput input, @AuthenticationPrincipal Caller caller) {
		return new SeatPayload(this.rooms.setInService(caller, input.roomId(), input.seatNo(), input.inService()));
	}

	@MutationMapping
	BookingPayload bookSeat(@Argument @Valid BookSeatInput input, @AuthenticationPrincipal Caller caller) {
		return new BookingPayload(this.bookings.book(caller, input));
	}

	@MutationMapping
	BookingPayload cancelBooking(@Argument @Valid IdInput input, @AuthenticationPrincipal Caller caller) {
		return new BookingPayload(this.bookings.cancel(caller, input.id()));
	}

	@MutationMapping
	BookingPayload checkInBooking(@Argument @Valid CheckInBookingInput input, @AuthenticationPrincipal Caller caller) {
		return new BookingPayload(this.bookings.checkIn(caller, input.code()));
	}

	@MutationMapping
	BookingPayload stepAway(@Argument @Valid IdInput input, @AuthenticationPrincipal Caller caller) {
		return new BookingPayload(this.bookings.stepAway(caller, input.id()));
	}

	@MutationMapping
	BookingPayload checkOut(@Argument @Valid IdInput input, @AuthenticationPrincipal Caller caller) {
		return new BookingPayload(this.bookings.checkOut(caller, input.id()));
	}

	@SchemaMapping(typeName = "ReadingRoom")
	String releaseTime(ReadingRoom room) {
		return room.getReleaseTime().toString();
	}

	@SchemaMapping(typeName = "ReadingRoom")
	List<Seat> seats(ReadingRoom room) {
		return this.roomRows.seatsOf(room.getId());
	}

	@SchemaMapping(typeName = "ReadingRoom")
	List<SlotAvailability> availability(ReadingRoom room, @Argument LocalDate date) {
		return this.rooms.availability(room, date);
	}

	@SchemaMapping(typeName = "ReadingRoom")
	String deskCode(ReadingRoom room, @AuthenticationPrincipal Caller caller) {
		boolean organizer = caller != null && this.orgScope.covers(caller, room.getOrgUnitId());
		return organizer ? this.deskCodes.codeFor(room.getId(), LocalDate.now(this.clock)) : null;
	}

	@SchemaMapping(typeName = "ReadingRoom")
	String deskQrCode(ReadingRoom room, @AuthenticationPrincipal Caller caller) {
		String code = deskCode(room, caller);
		return (code != null) ? this.codes.dataUrl("pages/rooms/checkin", "d=" + code) : null;
	}

	@BatchMapping(typeName = "ReadingRoom")
	Map<ReadingRoom, OrgUnit> orgUnit(List<ReadingRoom> rooms) {
		Map<Long, OrgUnit> units = this.orgUnits
			.findAll(rooms.stream().map(ReadingRoom::getOrgUnitId).distinct().toList());
		return Batches.map(rooms, (room) -> units.get(room.getOrgUnitId()));
	}

	@BatchMapping(typeName = "ReadingRoom")
	Map<ReadingRoom, List<OpeningHours>> openingHours(List<ReadingRoom> rooms) {
		Map<Long, List<OpeningHours>> hours = this.roomRows.hoursOf(ids(rooms))
			.stream()
			.collect(Collectors.groupingBy(OpeningHours::roomId));
		return Batches.map(rooms, (room) -> hours.getOrDefault(room.getId(), List.of()));
	}

	@BatchMapping(typeName = "ReadingRoom")
	Map<ReadingRoom, List<RoomClosure>> upcomingClosures(List<ReadingRoom> rooms) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, List<RoomClosure>> closures = this.roomRows.closuresOf(ids(rooms), today, today.plusDays(31))
			.stream()
			.collect(Collectors.groupingBy(RoomClosure::roomId));
		return Batches.map(rooms, (room) -> closures.getOrDefault(room.getId(), List.of()));
	}

	@BatchMapping(typeName = "ReadingRoom")
	Map<ReadingRoom, Integer> seatCount(List<ReadingRoom> rooms) {
		Map<Long, Integer> counts = new HashMap<>();
		this.roomRows.seatCounts(ids(rooms)).forEach((row) -> counts.put(row.roomId(), row.seats()));
		return Batches.map(rooms, (room) -> counts.getOrDefault(room.getId(), 0));
	}

	@SchemaMapping(typeName = "OpeningHours")
	String opens(OpeningHours hours) {
		return hours.opens().toString();
	}

	@SchemaMapping(typeName = "OpeningHours")
	String closes(OpeningHours hours) {
		return hours.closes().toString();
	}

	@BatchMapping(typeName = "Booking")
	Map<Booking, ReadingRoom> room(List<Booking> bookings) {
		Map<Long, ReadingRoom> found = this.roomRows
			.selectByIds(bookings.stream().map(Booking::getRoomId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(ReadingRoom::getId, Function.identity()));
		Map<Booking, ReadingRoom> result = new LinkedHashMap<>();
		bookings.forEach((booking) -> result.put(booking, found.get(booking.getRoomId())));
		return result;
	}

	@SchemaMapping(typeName = "Booking")
	LocalDate date(Booking booking) {
		return booking.getDay();
	}

	@SchemaMapping(typeName = "Booking")
	String from(Booking booking) {
		return booking.getStartsAt().atZoneSameInstant(this.clock.getZone()).toLocalTime().toString();
	}

	@SchemaMapping(typeName = "Booking")
	String to(Booking booking) {
		return booking.getEndsAt().atZoneSameInstant(this.clock.getZone()).toLocalTime().toString();
	}

	@SchemaMapping(typeName = "User")
	OffsetDateTime bookingBannedUntil(PortalUser user, Principal principal) {
		Caller caller = Caller.of(principal);
		return (caller != null && caller.userId() == user.getId()) ? this.bookings.bannedUntil(user.getId()) : null;
	}

	private static List<Long> ids(List<ReadingRoom> rooms) {
		return rooms.stream().map(ReadingRoom::getId).distinct().toList();
	}

}
