package cn.zjgh.portal.readingroom;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static cn.zjgh.portal.readingroom.BookingGraphQlTests.SHANGHAI;
import static cn.zjgh.portal.readingroom.BookingGraphQlTests.newWorker;
import static org.assertj.core.api.Assertions.assertThat;

/** A room's seat count and slot length changed while workers hold bookings. */
class RoomSeatsGraphQlTests extends PortalGraphQlTests {

	private static final String UPDATE = """
			mutation($input: UpdateReadingRoomInput!) {
			  updateReadingRoom(input: $input) { room { name seatCount slotMinutes seats { seatNo inService } } }
			}
			""";

	private static final String AVAILABILITY = """
			query($id: ID!, $date: Date!) { readingRoom(id: $id) { availability(date: $date) { from to freeSeatNos } } }
			""";

	private HttpGraphQlTester organizer;

	private long room;

	/**
	 * A Wednesday two weeks from now at 09:00 is "now"; the room has 3 seats and one-hour
	 * slots.
	 */
	private LocalDate day;

	@BeforeEach
	void createRoomAndSetTheClock() {
		this.day = LocalDate.now(SHANGHAI).plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		at("09:00");
		this.organizer = as("demo-organizer-hangzhou");
		this.room = RoomFixtures.create(this.organizer,
				RoomFixtures.input(orgUnitId("西溪街道总工会"), RoomFixtures.freshDistrict(), 3, 30.27, 120.12));
	}

	@Test
	void raisingTheSeatCountAddsBookableSeats() {
		update(Map.of("seatCount", 5)).path("updateReadingRoom.room.seatCount")
			.entity(Integer.class)
			.isEqualTo(5)
			.path("updateReadingRoom.room.seats[*].seatNo")
			.entityList(Integer.class)
			.containsExactly(1, 2, 3, 4, 5);

		book(newWorker(), "10:00", "11:00", 5).path("bookSeat.booking.seatNo").entity(Integer.class).isEqualTo(5);
	}

	@Test
	void aSeatHoldingABookingThatHasNotEndedIsNotTakenAway() {
		String id = book(newWorker(), "10:00", "11:00", 3).path("bookSeat.booking.id").entity(String.class).get();

		update(Map.of("seatCount", 2, "name", "改名的书屋")).errors()
			.expect((error) -> "SEATS_BOOKED".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("座位 3 "));
		this.graphQlTester.document("query($id: ID!) { readingRoom(id: $id) { name seatCount } }")
			.variable("id", this.room)
			.execute()
			.path("readingRoom.seatCount")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("readingRoom.name")
			.entity(String.class)
			.satisfies((name) -> assertThat(name).doesNotContain("改名"));

		this.organizer.document("mutation($id: ID!) { cancelBooking(input: {id: $id}) { booking { status } } }")
			.variable("id", id)
			.execute()
			.path("cancelBooking.booking.status")
			.entity(String.class)
			.isEqualTo("CANCELLED");
		update(Map.of("seatCount", 2)).path("updateReadingRoom.room.seatCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("updateReadingRoom.room.seats[*].seatNo")
			.entityList(Integer.class)
			.containsExactly(1, 2);
		assertThat(
				this.jdbc.queryForObject("SELECT seat_no FROM booking WHERE id = ?", Integer.class, Long.parseLong(id)))
			.isEqualTo(3);
	}

	@Test
	void aRetiredSeatIsNeitherOfferedNorBookableUntilTheCountComesBack() {
		String worker = newWorker();
		book(worker, "09:00", "10:00", 3).path("bookSeat.booking.status").entity(String.class).isEqualTo("BOOKED");
		at("10:30");

		update(Map.of("seatCount", 2)).path("updateReadingRoom.room.seatCount").entity(Integer.class).isEqualTo(2);
		as(worker).document("{ myBookings { edges { node { seatNo } } } }")
			.execute()
			.path("myBookings.edges[0].node.seatNo")
			.entity(Integer.class)
			.isEqualTo(3);
		book(newWorker(), "11:00", "12:00", 3).errors()
			.expect((error) -> "seatNo".equals(error.getExtensions().get("field")));
		availability().path("readingRoom.availability[3].freeSeatNos").entityList(Integer.class).containsExactly(1, 2);
		this.organizer.document("query($id: ID!) { roomOccupancy(roomId: $id) { seats inService } }")
			.variable("id", this.room)
			.execute()
			.path("roomOccupancy.seats")
			.entity(Integer.class)
			.isEqualTo(2);

		update(Map.of("seatCount", 3)).path("updateReadingRoom.room.seats[2].inService")
			.entity(Boolean.class)
			.isEqualTo(true);
		book(newWorker(), "11:00", "12:00", 3).path("bookSeat.booking.seatNo").entity(Integer.class).isEqualTo(3);
	}

	@Test
	void aNewSlotLengthAppliesToNewBookingsAndExistingOnesStand() {
		String worker = newWorker();
		book(worker, "10:00", "12:00", 1).path("bookSeat.booking.status").entity(String.class).isEqualTo("BOOKED");

		update(Map.of("slotMinutes", 30)).path("updateReadingRoom.room.slotMinutes")
			.entity(Integer.class)
			.isEqualTo(30);
		availability().path("readingRoom.availability[4].from")
			.entity(String.class)
			.isEqualTo("10:00")
			.path("readingRoom.availability[4].to")
			.entity(String.class)
			.isEqualTo("10:30")
			.path("readingRoom.availability[4].freeSeatNos")
			.entityList(Integer.class)
			.containsExactly(2, 3)
			.path("readingRoom.availability[7].freeSeatNos")
			.entityList(Integer.class)
			.containsExactly(2, 3)
			.path("readingRoom.availability[8].freeSeatNos")
			.entityList(Integer.class)
			.containsExactly(1, 2, 3);
		book(newWorker(), "11:30", "12:00", 1).errors()
			.expect((error) -> "SEAT_TAKEN".equals(error.getExtensions().get("code")));
		book(newWorker(), "12:00", "12:30", 1).path("bookSeat.booking.to").entity(String.class).isEqualTo("12:30");
		as(worker).document("{ myBookings { edges { node { status from to } } } }")
			.execute()
			.path("myBookings.edges[0].node.status")
			.entity(String.class)
			.isEqualTo("BOOKED")
			.path("myBookings.edges[0].node.to")
			.entity(String.class)
			.isEqualTo("12:00");

		update(Map.of("slotMinutes", 120)).path("updateReadingRoom.room.slotMinutes")
			.entity(Integer.class)
			.isEqualTo(120);
		availability().path("readingRoom.availability[1].from")
			.entity(String.class)
			.isEqualTo("10:00")
			.path("readingRoom.availability[1].freeSeatNos")
			.entityList(Integer.class)
			.containsExactly(2, 3);
	}

	@Test
	void aSlotLengthOrSeatCountOutsideTheRulesIsRefused() {
		update(Map.of("slotMinutes", 45)).errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& "slotMinutes".equals(error.getExtensions().get("field")));
		update(Map.of("seatCount", 0)).errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code")));
		update(Map.of("seatCount", 501)).errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code")));
		as("demo-organizer-ningbo").document(UPDATE)
			.variable("input", Map.of("roomId", this.room, "seatCount", 10))
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
		this.graphQlTester.document("query($id: ID!) { readingRoom(id: $id) { seatCount slotMinutes } }")
			.variable("id", this.room)
			.execute()
			.path("readingRoom.seatCount")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("readingRoom.slotMinutes")
			.entity(Integer.class)
			.isEqualTo(60);
	}

	private GraphQlTester.Response update(Map<String, Object> changes) {
		Map<String, Object> input = new HashMap<>(changes);
		input.put("roomId", this.room);
		return this.organizer.document(UPDATE).variable("input", input).execute();
	}

	private GraphQlTester.Response availability() {
		return this.graphQlTester.document(AVAILABILITY)
			.variable("id", this.room)
			.variable("date", this.day.toString())
			.execute();
	}

	private GraphQlTester.Response book(String worker, String from, String to, Integer seat) {
		return RoomFixtures.book(as(worker), this.room, this.day, from, to, seat);
	}

	private void at(String time) {
		this.clock.setInstant(ZonedDateTime.of(this.day, LocalTime.parse(time), SHANGHAI).toInstant());
	}

}
