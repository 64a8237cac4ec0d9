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

	/**
	 * WeChat's one-time codes are letters, digits, '-' and '_'; nothing else reaches its
	 * API.
	 */
	static final String WECHAT_CODE = "[A-Za-z0-9_-]{1,128}";

	record LoginInput(@NotBlank @Pattern(regexp = WECHAT_CODE, message = "is not a WeChat login code") String code) {
	}

	record LoginPayload(String token, OffsetDateTime expiresAt, PortalUser user) {
	}

	record BindPhoneInput(
			@NotBlank @Pattern(regexp = WECHAT_CODE, message = "is not a WeChat phone code") String code) {
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

	record RenameOrgUnitInput(@NotNull Long id, @NotBlank @Size(max = 100) String name) {
	}

	record MoveOrgUnitInput(@NotNull Long id, @NotNull Long newParentId) {
	}

	record CloseOrgUnitInput(@NotNull Long id) {
	}

	/** What renameOrgUnit, moveOrgUnit and closeOrgUnit answer. */
	record OrgUnitPayload(OrgUnit orgUnit) {
	}

}
