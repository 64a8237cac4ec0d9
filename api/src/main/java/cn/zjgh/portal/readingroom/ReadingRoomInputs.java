package cn.zjgh.portal.readingroom;

import java.time.LocalDate;
import java.util.List;

import cn.zjgh.portal.shared.ImageUrl;
import cn.zjgh.portal.shared.WeeklyHours.OpeningHoursInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Inputs and payloads of the reading-room operations, as the schema names them. */
final class ReadingRoomInputs {

	private ReadingRoomInputs() {
	}

	record CreateReadingRoomInput(@NotNull Long orgUnitId, @NotBlank @Size(max = 100) String name,
			@NotBlank @Size(max = 200) String address,
			@Pattern(regexp = "\\d{6}", message = "must be a 6-digit region code") String districtCode,
			@DecimalMin("-90") @DecimalMax("90") double lat, @DecimalMin("-180") @DecimalMax("180") double lng,
			@Min(1) @Max(500) int seatCount, List<Integer> powerSocketSeats, List<Integer> accessibleSeats,
			@Size(max = 20) List<@NotBlank @Size(max = 30) String> facilities,
			@Size(max = 9) List<@NotBlank @ImageUrl @Size(max = 500) String> photos,
			@NotEmpty @Size(max = 7) List<@Valid OpeningHoursInput> openingHours,
			@Min(1) @Max(30) Integer bookingHorizonDays, Integer slotMinutes, String releaseTime) {
	}

	record RoomPayload(ReadingRoom room) {
	}

	record UpdateReadingRoomInput(@NotNull Long roomId, @Size(min = 1, max = 100) String name,
			@Size(min = 1, max = 200) String address, @Size(max = 20) List<@NotBlank @Size(max = 30) String> facilities,
			@Size(max = 9) List<@NotBlank @ImageUrl @Size(max = 500) String> photos,
			@Size(min = 1, max = 7) List<@Valid OpeningHoursInput> openingHours,
			@Min(1) @Max(30) Integer bookingHorizonDays, String releaseTime, @Min(1) @Max(500) Integer seatCount,
			Integer slotMinutes) {
	}

	record CloseReadingRoomInput(@NotNull Long roomId, @NotNull LocalDate date,
			@NotBlank @Size(max = 100) String reason) {
	}

	record CloseReadingRoomPayload(ReadingRoom room, int cancelledBookings) {
	}

	record SetSeatInServiceInput(@NotNull Long roomId, @Min(1) int seatNo, boolean inService) {
	}

	record SeatPayload(Seat seat) {
	}

	record BookSeatInput(@NotNull Long roomId, @NotNull LocalDate date, @NotBlank String from, @NotBlank String to,
			@Min(1) Integer seatNo) {
	}

	record BookingPayload(Booking booking) {
	}

	record IdInput(@NotNull Long id) {
	}

	record CheckInBookingInput(@NotBlank @Size(max = 40) String code) {
	}

	record SlotAvailability(String from, String to, int freeSeats, List<Integer> freeSeatNos) {
	}

	record RoomOccupancy(int seats, int inService, int bookedNow, int checkedInNow, int freeNow) {
	}

}
