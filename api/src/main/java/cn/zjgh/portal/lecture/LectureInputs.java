package cn.zjgh.portal.lecture;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.zjgh.portal.shared.GeoPoint;
import cn.zjgh.portal.shared.HttpsUrl;
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

/** Inputs and payloads of the micro-lecture operations, as the schema names them. */
final class LectureInputs {

	private LectureInputs() {
	}

	record LectureFilter(OffsetDateTime from, OffsetDateTime to, Long orgUnitId,
			@Pattern(regexp = "\\d{6}", message = "must be a 6-digit region code") String district, Long seriesId,
			Long lecturerId, Long classroomId, LectureMode mode, @Valid GeoPoint near,
			@DecimalMin("0.1") @DecimalMax("200") Double radiusKm) {
	}

	record CreateClassroomInput(@NotNull Long orgUnitId, @NotBlank @Size(max = 100) String name,
			@NotNull LectureMode mode, @Size(max = 200) String address,
			@Pattern(regexp = "\\d{6}", message = "must be a 6-digit region code") String districtCode,
			@DecimalMin("-90") @DecimalMax("90") Double lat, @DecimalMin("-180") @DecimalMax("180") Double lng,
			@Min(1) @Max(10000) Integer capacity, @HttpsUrl @Size(max = 500) String liveUrl) {
	}

	record ClassroomPayload(Classroom classroom) {
	}

	record CreateLectureSeriesInput(@NotNull Long orgUnitId, @NotBlank @Size(max = 100) String name,
			@Size(max = 1000) String description) {
	}

	record SeriesPayload(LectureSeries series) {
	}

	record ScheduleLectureInput(@NotNull Long classroomId, Long seriesId,
			@NotEmpty @Size(max = 5) List<Long> lecturerIds, @NotBlank @Size(max = 100) String topic,
			@Size(max = 500) String summary, @NotNull OffsetDateTime startsAt, @Min(10) @Max(180) int durationMinutes,
			@Min(1) @Max(10000) Integer capacity, @HttpsUrl @Size(max = 500) String liveUrl) {
	}

	record ScheduleLectureSeriesInput(@NotNull Long classroomId, Long seriesId,
			@NotEmpty @Size(max = 5) List<Long> lecturerIds, @NotBlank @Size(max = 100) String topic,
			@Size(max = 500) String summary, @NotNull LocalDate firstDate, @NotNull LocalDate lastDate,
			@NotEmpty List<@Min(1) @Max(7) Integer> weekdays, @NotBlank String startTime,
			@Min(10) @Max(180) int durationMinutes, @Min(1) @Max(10000) Integer capacity) {
	}

	record LecturePayload(Lecture lecture) {
	}

	record LecturesPayload(List<Lecture> lectures) {
	}

	record CancelLectureInput(@NotNull Long id, @NotBlank @Size(max = 200) String reason) {
	}

	record UpdateLectureInput(@NotNull Long id, @Size(min = 1, max = 100) String topic, @Size(max = 500) String summary,
			@HttpsUrl @Size(max = 500) String liveUrl, @HttpsUrl @Size(max = 500) String replayUrl) {
	}

	record RescheduleLectureInput(@NotNull Long id, @NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
			Long classroomId) {
	}

	record UpdateClassroomInput(@NotNull Long id, @Size(min = 1, max = 100) String name,
			@Size(max = 200) String address, @Min(1) @Max(10000) Integer capacity,
			@HttpsUrl @Size(max = 500) String liveUrl) {
	}

	record UpdateLectureSeriesInput(@NotNull Long id, @Size(min = 1, max = 100) String name,
			@Size(max = 1000) String description) {
	}

	record LectureRef(@NotNull Long lectureId) {
	}

	record CheckInLectureInput(@NotBlank @Size(max = 20) String code) {
	}

	record LectureDay(LocalDate date, int count) {
	}

}
