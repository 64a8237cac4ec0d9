package cn.zjgh.portal.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.zjgh.portal.shared.ImageUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Inputs and payloads of the event operations, as the schema names them. */
final class EventInputs {

	private EventInputs() {
	}

	record VenueInput(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 200) String address,
			@NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit region code") String cityCode,
			@Pattern(regexp = "\\d{6}", message = "must be a 6-digit region code") String districtCode,
			@DecimalMin("-90") @DecimalMax("90") double lat, @DecimalMin("-180") @DecimalMax("180") double lng) {
	}

	record CreateEventInput(@NotNull Long orgUnitId, Long seasonId, Long interestGroupId,
			@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 500) String summary,
			@Size(max = 20000) String body, @ImageUrl @Size(max = 500) String coverUrl, @NotNull EventKind kind,
			@NotNull EventCategory category, @NotNull @Valid VenueInput venue, @NotNull OffsetDateTime startsAt,
			@NotNull OffsetDateTime endsAt, @NotNull OffsetDateTime registrationOpensAt,
			@NotNull OffsetDateTime registrationClosesAt, @Min(1) @Max(100000) Integer capacity,
			Boolean waitlistEnabled, Audience audience, @Size(max = 10) List<@NotBlank @Size(max = 20) String> tags,
			List<SignUpQuestionInput> questions) {
	}

	record SignUpQuestionInput(String label, @NotNull SignUpQuestion.SignUpQuestionKind kind, Boolean required,
			List<String> options) {
	}

	record SignUpAnswerInput(@NotBlank String questionId, String value) {
	}

	record RegisterForEventInput(@NotNull Long eventId, @Size(max = 5) List<@Valid SignUpAnswerInput> answers) {
	}

	record UpdateEventInput(@NotNull Long id, @NotNull Integer version, @Size(min = 1, max = 100) String title,
			@Size(min = 1, max = 500) String summary, @Size(max = 20000) String body,
			@ImageUrl @Size(max = 500) String coverUrl, EventCategory category, @Valid VenueInput venue,
			OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime registrationOpensAt,
			OffsetDateTime registrationClosesAt, @Min(1) @Max(100000) Integer capacity, Boolean waitlistEnabled,
			Audience audience, @Size(max = 10) List<@NotBlank @Size(max = 20) String> tags) {
	}

	record EventIdInput(@NotNull Long id) {
	}

	record CancelEventInput(@NotNull Long id, @NotBlank @Size(max = 200) String reason) {
	}

	record EventPayload(Event event) {
	}

	record EventRef(@NotNull Long eventId) {
	}

	record RegistrationPayload(Registration registration) {
	}

	record CheckInAttendeeInput(@NotBlank @Size(max = 20) String code) {
	}

	record GroupRef(@NotNull Long groupId) {
	}

	record CreateInterestGroupInput(@NotNull Long orgUnitId, @NotBlank @Size(max = 100) String name,
			@Size(max = 1000) String description, @NotNull EventCategory category, Boolean membersOnly) {
	}

	record UpdateInterestGroupInput(@NotNull Long id, @Size(min = 1, max = 100) String name,
			@Size(max = 1000) String description, EventCategory category) {
	}

	record InterestGroupMemberInput(@NotNull Long groupId, @NotNull Long userId) {
	}

	/**
	 * A member as organizers of the group's unit see them: nickname, masked phone, union.
	 */
	record InterestGroupMember(long userId, String nickname, String phone, String orgUnitName,
			OffsetDateTime joinedAt) {
	}

	record CreateSeasonInput(@NotBlank @Size(max = 100) String name, @NotNull LocalDate startsOn,
			@NotNull LocalDate endsOn, @Size(max = 4) List<@NotNull @Size(max = 20) String> quarterNames) {
	}

	record UpdateSeasonInput(@NotNull Long id, @Size(min = 1, max = 100) String name, LocalDate startsOn,
			LocalDate endsOn, @Size(max = 4) List<@NotNull @Size(max = 20) String> quarterNames) {
	}

	record SeasonPayload(Season season) {
	}

	record GroupPayload(InterestGroup group) {
	}

	record EventFilter(@Pattern(regexp = "\\d{6}", message = "must be a 6-digit region code") String cityCode,
			@Pattern(regexp = "\\d{6}", message = "must be a 6-digit region code") String districtCode, Long orgUnitId,
			EventCategory category, EventKind kind, Long seasonId, Long interestGroupId, LocalDate from, LocalDate to,
			Boolean registrationOpen, @Size(max = 50) String keyword) {

		static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null, null, null,
				null);

		boolean isEmpty() {
			return equals(NONE);
		}

	}

	record Venue(String name, String address, String cityCode, String districtCode, double lat, double lng) {
	}

	record Eligibility(boolean allowed, String code, String reason) {

		static final Eligibility ALLOWED = new Eligibility(true, null, null);

	}

	record Attendee(String nickname, String phone, String orgUnitName) {
	}

}
