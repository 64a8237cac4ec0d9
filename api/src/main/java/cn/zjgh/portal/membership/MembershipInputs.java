package cn.zjgh.portal.membership;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.zjgh.portal.account.OrgUnit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Inputs and payloads of the membership operations, as the schema names them. */
final class MembershipInputs {

	private MembershipInputs() {
	}

	/** Han characters or Latin letters, with the middle dot of minority names. */
	static final String REAL_NAME = "[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z·• .]*[\\p{IsHan}A-Za-z.]";

	record ApplyForMembershipInput(@NotNull Long orgUnitId,
			@NotNull @Size(min = 2, max = 30) @Pattern(regexp = REAL_NAME, message = "is not a name") String realName,
			@NotBlank @Size(max = 100) String employer) {
	}

	record ReviewMembershipApplicationInput(@NotNull Long id, @NotNull Boolean approve,
			@Size(max = 200) String reason) {
	}

	record ApplicationPayload(MembershipApplication application) {
	}

	record ConfirmInput(@NotNull Boolean confirm) {
	}

	record LeaveUnionPayload(Membership membership) {
	}

	record VerifyMemberCardInput(@NotBlank @Size(max = 64) String code) {
	}

	record DeleteMyAccountPayload(boolean deleted) {
	}

	/**
	 * The member card as the caller sees it; {@code code} expires at {@code expiresAt}.
	 */
	record MemberCard(String memberNo, String name, OrgUnit orgUnit, LocalDate since, String code,
			OffsetDateTime expiresAt) {
	}

	enum MemberCardStatus {

		VALID, EXPIRED, FORGED

	}

	record VerifyMemberCardPayload(boolean valid, MemberCardStatus status, String memberNo, String maskedName,
			OrgUnit orgUnit) {

		static VerifyMemberCardPayload refused(MemberCardStatus status) {
			return new VerifyMemberCardPayload(false, status, null, null, null);
		}

	}

}
