package cn.zjgh.portal.readingroom;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.BookSeatInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.BookingPayload;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.CheckInBookingInput;
import cn.zjgh.portal.readingroom.ReadingRoomInputs.IdInput;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class BookingController {

	private final Bookings bookings;

	private final BookingHistory history;

	BookingController(Bookings bookings, BookingHistory history) {
		this.bookings = bookings;
		this.history = history;
	}

	@QueryMapping
	Connection<Booking> myBookings(@Argument BookingStatus status, @Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.history.mine(caller, status, PageRequest.of(first, after));
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

	@BatchMapping(typeName = "Booking")
	Map<Booking, ReadingRoom> room(List<Booking> bookings) {
		return this.history.roomsOf(bookings);
	}

	@SchemaMapping(typeName = "Booking")
	LocalDate date(Booking booking) {
		return booking.getDay();
	}

	@SchemaMapping(typeName = "Booking")
	String from(Booking booking) {
		return this.history.fromOf(booking);
	}

	@SchemaMapping(typeName = "Booking")
	String to(Booking booking) {
		return this.history.toOf(booking);
	}

}
