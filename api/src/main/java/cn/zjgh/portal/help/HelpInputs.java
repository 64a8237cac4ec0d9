package cn.zjgh.portal.help;

import java.util.List;

import cn.zjgh.portal.shared.HttpsUrl;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Inputs and payloads of the help-request operations, as the schema names them. */
final class HelpInputs {

	private HelpInputs() {
	}

	static final String MOBILE = "1[3-9]\\d{9}";

	record SubmitHelpRequestInput(@NotNull HelpRequestCategory category, @NotBlank @Size(max = 1000) String description,
			@Pattern(regexp = "\\d{6}", message = "must be a 6-digit city code") String cityCode,
			@Size(max = 9) List<@NotBlank @HttpsUrl @Size(max = 500) String> photoUrls,
			@Pattern(regexp = MOBILE, message = "must be a mainland mobile number") String contactPhone,
			Boolean callBack) {
	}

	record HelpRequestIdInput(@NotNull Long id) {
	}

	record ReplyToHelpRequestInput(@NotNull Long id, @NotBlank @Size(max = 1000) String text) {
	}

	record TransferHelpRequestInput(@NotNull Long id, @NotNull Long orgUnitId,
			@NotBlank @Size(max = 200) String reason) {
	}

	record CloseHelpRequestInput(@NotNull Long id, @NotBlank @Size(max = 500) String outcome) {
	}

	record RateHelpRequestInput(@NotNull Long id, @NotNull @Min(1) @Max(5) Integer stars,
			@Size(max = 500) String comment) {
	}

	record HelpRequestPayload(HelpRequest helpRequest) {
	}

	record CategoryCount(HelpRequestCategory category, int count) {
	}

	record StatusCount(HelpRequestStatus status, int count) {
	}

	/** The report of a unit's requests over a period. */
	record HelpRequestReport(int total, List<CategoryCount> byCategory, List<StatusCount> byStatus,
			Double medianMinutesToAccept, Double medianMinutesToClose, Double averageRating, int ratings) {
	}

}
