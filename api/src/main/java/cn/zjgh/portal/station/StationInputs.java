package cn.zjgh.portal.station;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/** Inputs and payloads of the service-station operations, as the schema names them. */
final class StationInputs {

	private StationInputs() {
	}

	record CreateServiceStationInput(@NotNull Long orgUnitId, @NotBlank @Size(max = 100) String name,
			@NotBlank @Size(max = 200) String address,
			@Pattern(regexp = "\\d{6}", message = "must be a 6-digit region code") String districtCode,
			@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double lng,
			@NotEmpty @Size(max = 9) List<@NotNull StationService> services,
			@Size(max = 9) List<@NotBlank @ImageUrl @Size(max = 500) String> photos, Boolean open24h,
			@Size(max = 7) List<@Valid OpeningHoursInput> openingHours, @Min(1) @Max(10000) Integer freeMealQuota) {
	}

	record UpdateServiceStationInput(@NotNull Long stationId, @Size(min = 1, max = 100) String name,
			@Size(min = 1, max = 200) String address, @DecimalMin("-90") @DecimalMax("90") Double lat,
			@DecimalMin("-180") @DecimalMax("180") Double lng,
			@Size(min = 1, max = 9) List<@NotNull StationService> services,
			@Size(max = 9) List<@NotBlank @ImageUrl @Size(max = 500) String> photos, Boolean open24h,
			@Size(max = 7) List<@Valid OpeningHoursInput> openingHours, @Min(1) @Max(10000) Integer freeMealQuota) {
	}

	record CloseServiceStationInput(@NotNull Long stationId, @NotBlank @Size(max = 100) String reason) {
	}

	record StationPayload(ServiceStation station) {
	}

	record ReportStationIssueInput(@NotNull Long stationId, @NotNull IssueKind kind, @Size(max = 200) String note) {
	}

	record ResolveStationIssueInput(@NotNull Long id, @Size(max = 200) String resolution) {
	}

	record IssuePayload(StationIssue issue) {
	}

	record ClaimFreeMealInput(@NotNull Long stationId) {
	}

	/** A free meal taken: at which station, on which day. */
	record FreeMealClaim(long id, long stationId, LocalDate day, OffsetDateTime claimedAt) {
	}

	record ClaimFreeMealPayload(FreeMealClaim claim, int remainingToday) {
	}

	/**
	 * Today's free meals at a station; whether the caller took one is read only when
	 * asked.
	 */
	record FreeMealStatus(long stationId, int dailyQuota, int remainingToday) {
	}

}
