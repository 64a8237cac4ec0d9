package cn.zjgh.portal.shared;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Weekly opening hours as organizers enter them ({@code OpeningHoursInput}): at most one
 * entry per weekday, closing after opening on the same day, times as {@code HH:mm}.
 */
public final class WeeklyHours {

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private WeeklyHours() {
	}

	/** One weekday's hours as entered; 1 = Monday … 7 = Sunday. */
	public record OpeningHoursInput(@Min(1) @Max(7) int weekday, @NotBlank String opens, @NotBlank String closes) {
	}

	public record Day(int weekday, LocalTime opens, LocalTime closes) {
	}

	/**
	 * Times of day are whole minutes, {@code HH:mm}: seconds would let a booking straddle
	 * slots, and nobody opens at 08:00:30.
	 */
	public static LocalTime parseTime(String field, String value) {
		try {
			return LocalTime.parse(value, HOURS_MINUTES);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw DomainException.badInput(field, "must be a time such as 09:00");
		}
	}

	/** The week, checked: one entry per weekday, closing after opening. */
	public static List<Day> parse(String field, List<OpeningHoursInput> days) {
		Set<Integer> weekdays = new HashSet<>();
		List<Day> week = new ArrayList<>();
		for (OpeningHoursInput day : days) {
			LocalTime opens = parseTime(field, day.opens());
			LocalTime closes = parseTime(field, day.closes());
			if (!closes.isAfter(opens) || !weekdays.add(day.weekday())) {
				throw DomainException.badInput(field, "one entry per weekday, closing after opening");
			}
			week.add(new Day(day.weekday(), opens, closes));
		}
		return week;
	}

}
