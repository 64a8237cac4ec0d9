package cn.zjgh.portal.readingroom;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class BookingGraphQlTests extends PortalGraphQlTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	private BookingSweeper sweeper;

	private long room;

	/**
	 * A Wednesday two weeks from now at 09:00 is "now" for each test; rooms open Mon–Sat.
	 */
	private LocalDate day;

	@BeforeEach
	void createRoomAndSetTheClock() {
		this.day = LocalDate.now(SHANGHAI).plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
		at(this.day, "09:00");
		this.room = RoomFixtures.create(as("demo-organizer-hangzhou"),
				RoomFixtures.input(orgUnitId("西溪街道总工会"), RoomFixtures.freshDistrict(), 3, 30.27, 120.12));
	}

	@Test
	void aFreeSeatIsChosenAndATakenSeatIsNeverGivenTwice() {
		String worker = newWorker();
		book(worker, this.day, "10:00", "12:00", 2).path("bookSeat.booking.seatNo").entity(Integer.class).isEqualTo(2);
		book(newWorker(), this.day, "11:00", "12:00", 2).errors()
			.expect((error) -> "SEAT_TAKEN".equals(error.getExtensions().get("code")));
		book(newWorker(), this.day, "11:00", "12:00", null).path("bookSeat.booking.seatNo")
			.entity(Integer.class)
			.isEqualTo(1);
		book(newWorker(), this.day, "11:00", "12:00", null).path("bookSeat.booking.seatNo")
			.entity(Integer.class)
			.isEqualTo(3);
		book(newWorker(), this.day, "11:00", "12:00", null).errors()
			.expect((error) -> "SEAT_TAKEN".equals(error.getExtensions().get("code")));

		this.graphQlTester.document(
				"query($id: ID!, $date: Date!) { readingRoom(id: $id) { availability(date: $date) { from freeSeats freeSeatNos } } }")
			.variable("id", this.room)
			.variable("date", this.day.toString())
			.execute()
			.path("readingRoom.availability[2].from")
			.entity(String.class)
			.isEqualTo("10:00")
			.path("readingRoom.availability[2].freeSeatNos")
			.entityList(Integer.class)
			.containsExactly(1, 3)
			.path("readingRoom.availability[3].freeSeats")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void hoursClosedDaysAndTheHorizonAreEnforced() {
		String worker = newWorker();
		book(worker, this.day, "07:00", "09:00", null).errors()
			.expect((error) -> "OUTSIDE_HOURS".equals(error.getExtensions().get("code")));
		book(worker, this.day, "10:30", "11:30", null).errors()
			.expect((error) -> "from".equals(error.getExtensions().get("field")));
		book(worker, this.day.with(TemporalAdjusters.next(DayOfWeek.SUNDAY)), "10:00", "11:00", null).errors()
			.expect((error) -> "ROOM_CLOSED".equals(error.getExtensions().get("code")));
		as("demo-organizer-hangzhou")
			.document(
					"""
							mutation($id: ID!, $date: Date!) { closeReadingRoom(input: {roomId: $id, date: $date, reason: "消防检查"}) { cancelledBookings } }
							""")
			.variable("id", this.room)
			.variable("date", this.day.plusDays(1).toString())
			.execute()
			.path("closeReadingRoom.cancelledBookings")
			.entity(Integer.class)
			.isEqualTo(0);
		book(worker, this.day.plusDays(1), "10:00", "11:00", null).errors()
			.expect((error) -> "ROOM_CLOSED".equals(error.getExtensions().get("code")));

		LocalDate eighthDay = this.day.plusDays(7);
		at(this.day, "19:59");
		book(worker, eighthDay, "10:00", "11:00", null).errors()
			.expect((error) -> "date".equals(error.getExtensions().get("field")));
		at(this.day, "20:00");
		book(worker, eighthDay, "10:00", "11:00", null).path("bookSeat.booking.status")
			.entity(String.class)
			.isEqualTo("BOOKED");
	}

	@Test
	void aWorkerHoldsAtMostTwoBookingsAndFourHoursADay() {
		String worker = newWorker();
		book(worker, this.day, "10:00", "13:00", null).path("bookSeat.booking.status").hasValue();
		book(worker, this.day, "14:00", "16:00", null).errors()
			.expect((error) -> "BOOKING_LIMIT".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("4 小时"));
		book(worker, this.day, "14:00", "15:00", null).path("bookSeat.booking.status").hasValue();
		book(worker, this.day.plusDays(1), "10:00", "11:00", null).errors()
			.expect((error) -> "BOOKING_LIMIT".equals(error.getExtensions().get("code")));
	}

	@Test
	void onlyTheOwnerOrAnOrganizerCancelsAndOnlyBeforeTheStart() {
		String owner = newWorker();
		String id = book(owner, this.day, "10:00", "11:00", null).path("bookSeat.booking.id")
			.entity(String.class)
			.get();
		String cancel = "mutation($id: ID!) { cancelBooking(input: {id: $id}) { booking { status } } }";

		as(newWorker()).document(cancel)
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code")));
		as(newWorker()).document("{ myBookings { edges { node { id } } } }")
			.execute()
			.path("myBookings.edges")
			.entityList(Object.class)
			.hasSize(0);
		at(this.day, "10:01");
		as(owner).document(cancel)
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code")));
		at(this.day, "09:30");
		as("demo-organizer-hangzhou").document(cancel)
			.variable("id", id)
			.execute()
			.path("cancelBooking.booking.status")
			.entity(String.class)
			.isEqualTo("CANCELLED");
	}

	@Test
	void checkInWorksWithTodaysDeskCodeWithinTheWindowAndLeaveIsOncePerBooking() {
		String worker = newWorker();
		String id = book(worker, this.day, "10:00", "12:00", null).path("bookSeat.booking.id")
			.entity(String.class)
			.get();
		String code = as("demo-organizer-hangzhou")
			.document("query($id: ID!) { readingRoom(id: $id) { deskCode deskQrCode } }")
			.variable("id", this.room)
			.execute()
			.path("readingRoom.deskQrCode")
			.hasValue()
			.path("readingRoom.deskCode")
			.entity(String.class)
			.get();
		this.graphQlTester.document("query($id: ID!) { readingRoom(id: $id) { deskCode } }")
			.variable("id", this.room)
			.execute()
			.path("readingRoom.deskCode")
			.valueIsNull();
		String checkIn = "mutation($code: String!) { checkInBooking(input: {code: $code}) { booking { id status } } }";

		as(worker).document(checkIn)
			.variable("code", code)
			.execute()
			.errors()
			.expect((error) -> "CHECK_IN_CLOSED".equals(error.getExtensions().get("code")));
		at(this.day, "09:50");
		as(worker).document(checkIn)
			.variable("code", "1-ABCDEF")
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code")));
		as(worker).document(checkIn)
			.variable("code", code)
			.execute()
			.path("checkInBooking.booking.status")
			.entity(String.class)
			.isEqualTo("CHECKED_IN");

		String away = "mutation($id: ID!) { stepAway(input: {id: $id}) { booking { status } } }";
		as(worker).document(away)
			.variable("id", id)
			.execute()
			.path("stepAway.booking.status")
			.entity(String.class)
			.isEqualTo("AWAY");
		at(this.day, "10:10");
		as(worker).document(checkIn)
			.variable("code", code)
			.execute()
			.path("checkInBooking.booking.status")
			.entity(String.class)
			.isEqualTo("CHECKED_IN");
		as(worker).document(away)
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("只能暂离一次"));
	}

	@Test
	void noShowsFreeTheSeatAndThreeOfThemBanBookingForAWeek() {
		String worker = newWorker();
		book(worker, this.day, "10:00", "11:00", 1);
		book(worker, this.day, "11:00", "12:00", 1);
		at(this.day, "11:20");
		this.sweeper.sweep();
		book(newWorker(), this.day, "11:00", "12:00", 1).path("bookSeat.booking.status")
			.entity(String.class)
			.isEqualTo("BOOKED");
		book(worker, this.day, "12:00", "13:00", 2);
		at(this.day, "12:20");
		this.sweeper.sweep();

		as(worker).document("{ myBookings(status: NO_SHOW) { edges { node { from } } } me { bookingBannedUntil } }")
			.execute()
			.path("myBookings.edges[*].node.from")
			.entityList(String.class)
			.contains("10:00", "11:00", "12:00")
			.path("me.bookingBannedUntil")
			.entity(String.class)
			.satisfies((until) -> assertThat(until).startsWith(this.day.plusDays(7) + "T13:00"));
		book(worker, this.day, "14:00", "15:00", null).errors()
			.expect((error) -> "BOOKING_BANNED".equals(error.getExtensions().get("code")));
	}

	@Test
	void remindersAreQueuedOnceAndWorkersAwayTooLongLoseTheSeat() {
		String worker = newWorker();
		String id = book(worker, this.day, "10:00", "12:00", 1).path("bookSeat.booking.id").entity(String.class).get();
		at(this.day, "09:35");
		this.sweeper.sweep();
		this.sweeper.sweep();
		assertThat(this.jdbc.queryForObject("""
				SELECT count(*) FROM subscribe_message m JOIN app_user u ON u.id = m.user_id
				WHERE u.openid = ? AND m.template = 'booking-reminder'""", Integer.class, worker)).isEqualTo(1);

		String code = as("demo-organizer-hangzhou").document("query($id: ID!) { readingRoom(id: $id) { deskCode } }")
			.variable("id", this.room)
			.execute()
			.path("readingRoom.deskCode")
			.entity(String.class)
			.get();
		at(this.day, "09:50");
		as(worker).document("mutation($code: String!) { checkInBooking(input: {code: $code}) { booking { status } } }")
			.variable("code", code)
			.execute()
			.path("checkInBooking.booking.status")
			.entity(String.class)
			.isEqualTo("CHECKED_IN");
		at(this.day, "10:30");
		as(worker).document("mutation($id: ID!) { stepAway(input: {id: $id}) { booking { status } } }")
			.variable("id", id)
			.execute()
			.path("stepAway.booking.status")
			.entity(String.class)
			.isEqualTo("AWAY");
		at(this.day, "11:01");
		this.sweeper.sweep();

		as(worker).document("{ myBookings { edges { node { status } } } }")
			.execute()
			.path("myBookings.edges[0].node.status")
			.entity(String.class)
			.isEqualTo("RELEASED");
		book(newWorker(), this.day, "11:00", "12:00", 1).path("bookSeat.booking.seatNo")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void organizersChangeHoursAndSeeOccupancy() {
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		organizer
			.document(
					"""
							mutation($id: ID!) {
							  updateReadingRoom(input: {roomId: $id, openingHours: [{weekday: 3, opens: "12:00", closes: "18:00"}]}) {
							    room { openingHours { weekday opens } }
							  }
							}
							""")
			.variable("id", this.room)
			.execute()
			.path("updateReadingRoom.room.openingHours[*].opens")
			.entityList(String.class)
			.containsExactly("12:00");
		book(newWorker(), this.day, "10:00", "11:00", null).errors()
			.expect((error) -> "OUTSIDE_HOURS".equals(error.getExtensions().get("code")));
		book(newWorker(), this.day, "12:00", "13:00", null);
		at(this.day, "12:30");

		organizer.document("query($id: ID!) { roomOccupancy(roomId: $id) { seats bookedNow checkedInNow freeNow } }")
			.variable("id", this.room)
			.execute()
			.path("roomOccupancy.bookedNow")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("roomOccupancy.freeNow")
			.entity(Integer.class)
			.isEqualTo(2);
		as("demo-worker-1").document("query($id: ID!) { roomOccupancy(roomId: $id) { seats } }")
			.variable("id", this.room)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
	}

	@Test
	void aScriptHammeringBookSeatIsRateLimited() {
		HttpGraphQlTester script = as(newWorker());
		for (int i = 0; i < Bookings.BOOK_LIMIT; i++) {
			RoomFixtures.book(script, this.room, this.day, "07:00", "08:00", null)
				.errors()
				.expect((error) -> "OUTSIDE_HOURS".equals(error.getExtensions().get("code")));
		}
		RoomFixtures.book(script, this.room, this.day, "10:00", "11:00", null)
			.errors()
			.expect((error) -> "RATE_LIMITED".equals(error.getExtensions().get("code")));
	}

	private void at(LocalDate date, String time) {
		this.clock.setInstant(ZonedDateTime.of(date, LocalTime.parse(time), SHANGHAI).toInstant());
	}

	private GraphQlTester.Response book(String worker, LocalDate date, String from, String to, Integer seat) {
		return RoomFixtures.book(as(worker), this.room, date, from, to, seat);
	}

	static String newWorker() {
		return "demo-reader-" + UUID.randomUUID().toString().substring(0, 10);
	}

}
