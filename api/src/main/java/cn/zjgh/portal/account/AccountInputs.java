package cn.zjgh.portal.account;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Inputs and payloads of the account operations, as the schema names them. */
final class AccountInputs {

	private AccountInputs() {
	}

	record LoginInput(@NotBlank @Size(max = 128) String code) {
	}

	record LoginPayload(String token, OffsetDateTime expiresAt, PortalUser user) {
	}

	record BindPhoneInput(@NotBlank @Size(max = 128) String code) {
	}

	record UserPayload(PortalUser user) {
	}

	record OrganizerGrantInput(@NotNull Long userId, @NotNull Long orgUnitId) {
	}

	record CreateOrgUnitInput(@NotNull Long parentId, @NotBlank @Size(max = 100) String name,
			@Pattern(regexp = "\\d{6,12}", message = "must be 6 to 12 digits") String regionCode) {
	}

	record CreateOrgUnitPayload(OrgUnit orgUnit) {
	}

}
