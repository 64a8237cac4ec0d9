package cn.zjgh.portal.readingroom;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import cn.zjgh.portal.shared.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingRulesTests {

	private final ZoneId zone = ZoneId.of("Asia/Shanghai");

	private final ReadingRoom room = room();

	private final LocalDate monday = LocalDate.of(2026, 11, 23);

	private final OpeningHours hours = new OpeningHours(1, 1, LocalTime.of(8, 30), LocalTime.of(21, 0));

	@Test
	void theNextDayOfTheHorizonOpensAtTheReleaseTime() {
		assertThat(BookingRules.lastBookableDay(this.room, at("19:59"))).isEqualTo(this.monday.plusDays(6));
		assertThat(BookingRules.lastBookableDay(this.room, at("20:00"))).isEqualTo(this.monday.plusDays(7));
	}

	@Test
	void slotsCountFromOpeningTime() {
		BookingRules.check(this.room, this.hours, false, this.monday, LocalTime.of(9, 30), LocalTime.of(11, 30),
				at("08:00"));
		assertThatThrownBy(() -> BookingRules.check(this.room, this.hours, false, this.monday, LocalTime.of(9, 0),
				LocalTime.of(10, 0), at("08:00")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("60-minute slots");
	}

	@Test
	void closedOutsideHoursAndPastTimesAreRefused() {
		assertThatThrownBy(() -> BookingRules.check(this.room, null, false, this.monday, LocalTime.of(9, 30),
				LocalTime.of(10, 30), at("08:00")))
			.extracting((ex) -> ((DomainException) ex).code().name())
			.isEqualTo("ROOM_CLOSED");
		assertThatThrownBy(() -> BookingRules.check(this.room, this.hours, false, this.monday, LocalTime.of(20, 30),
				LocalTime.of(21, 30), at("08:00")))
			.extracting((ex) -> ((DomainException) ex).code().name())
			.isEqualTo("OUTSIDE_HOURS");
		assertThatThrownBy(() -> BookingRules.check(this.room, this.hours, false, this.monday, LocalTime.of(8, 30),
				LocalTime.of(9, 30), at("10:00")))
			.hasMessageContaining("already over");
		assertThatThrownBy(() -> BookingRules.parseTime("from", "9点")).hasMessageContaining("09:00");
	}

	@Test
	void timesOfDayAreWholeMinutes() {
		assertThat(BookingRules.parseTime("from", "09:30")).isEqualTo(LocalTime.of(9, 30));
		for (String bad : new String[] { "10:00:59", "10:00:00", "9:00", "24:00", "10:60", "10:00.5", " 10:00" }) {
			assertThatThrownBy(() -> BookingRules.parseTime("from", bad)).as(bad).hasMessageContaining("09:00");
		}
	}

	private ZonedDateTime at(String time) {
		return ZonedDateTime.of(this.monday, LocalTime.parse(time), this.zone);
	}

	private static ReadingRoom room() {
		ReadingRoom room = new ReadingRoom();
		room.setBookingHorizonDays(7);
		room.setSlotMinutes(60);
		room.setReleaseTime(LocalTime.of(20, 0));
		return room;
	}

}
