package cn.zjgh.portal.membership;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.account.PortalUser;
import cn.zjgh.portal.membership.MembershipInputs.MemberCard;
import cn.zjgh.portal.membership.MembershipInputs.MemberCardStatus;
import cn.zjgh.portal.membership.MembershipInputs.VerifyMemberCardPayload;
import cn.zjgh.portal.shared.RateLimiter;
import cn.zjgh.portal.wechat.MiniProgramCodes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The electronic member card. Its code names the membership and when it stops being
 * valid, signed with a key derived from the token secret:
 * {@code M<membership id>-<expiry, epoch seconds>-<10 characters of an HMAC>} (base 36,
 * at most 32 characters, so it fits a mini-program code's scene). It is valid for
 * {@link #LIFETIME}, so a screenshot passed around is soon worthless; organizers verify
 * it, a limited number of times a minute.
 */
@Component
class MemberCards {

	static final Duration LIFETIME = Duration.ofSeconds(60);

	/** The mini-program page the card's QR code opens, with the code as its scene. */
	static final String VERIFY_PAGE = "pages/member/verify";

	/** An organizer at a door checks a few cards a minute; guessing takes far more. */
	static final int VERIFY_LIMIT = 30;

	static final Duration VERIFY_WINDOW = Duration.ofMinutes(1);

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private static final int MAC_CHARS = 10;

	private final SecretKeySpec key;

	private final MembershipMapper memberships;

	private final MembershipApplicationMapper applications;

	private final OrgUnitDirectory orgUnits;

	private final MiniProgramCodes codes;

	private final RateLimiter rateLimiter;

	private final Clock clock;

	MemberCards(@Value("${portal.token.secret}") String secret, MembershipMapper memberships,
			MembershipApplicationMapper applications, OrgUnitDirectory orgUnits, MiniProgramCodes codes,
			RateLimiter rateLimiter, Clock clock) {
		this.key = new SecretKeySpec(("member-card:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.memberships = memberships;
		this.applications = applications;
		this.orgUnits = orgUnits;
		this.codes = codes;
		this.rateLimiter = rateLimiter;
		this.clock = clock;
	}

	/** The caller's current membership; null for anyone else's user. */
	Membership membershipOf(Caller caller, PortalUser user) {
		return isSelf(caller, user) ? this.memberships.findCurrent(user.getId()) : null;
	}

	/**
	 * The caller's card with a fresh code; null for anyone else's user or a non-member.
	 */
	MemberCard cardOf(Caller caller, PortalUser user) {
		Membership membership = membershipOf(caller, user);
		if (membership == null) {
			return null;
		}
		Instant expiresAt = this.clock.instant().plus(LIFETIME);
		String name = nameOf(membership);
		return new MemberCard(membership.getMemberNo(), (name != null) ? name : user.getNickname(),
				this.orgUnits.require(membership.getOrgUnitId()), dayOf(membership.getSince()),
				codeFor(membership.getId(), expiresAt.getEpochSecond()),
				OffsetDateTime.ofInstant(expiresAt, this.clock.getZone()));
	}

	/** The card's code as a mini-program code, kept only as long as the code is valid. */
	String qrCodeOf(MemberCard card) {
		return this.codes.dataUrl(VERIFY_PAGE, card.code(), LIFETIME);
	}

	@PreAuthorize("hasAnyRole('ORGANIZER', 'ADMIN')")
	VerifyMemberCardPayload verify(Caller caller, String code) {
		this.rateLimiter.check("verify-member-card", caller.userId(), VERIFY_LIMIT, VERIFY_WINDOW);
		String normalized = code.strip().toUpperCase(Locale.ROOT);
		String[] parts = normalized.split("-", -1);
		if (parts.length != 3 || parts[0].length() < 2 || parts[0].charAt(0) != 'M' || parts[1].isEmpty()
				|| parts[1].length() > 8 || parts[0].length() > 13) {
			return VerifyMemberCardPayload.refused(MemberCardStatus.FORGED);
		}
		long membershipId;
		long expires;
		try {
			membershipId = Long.parseLong(parts[0].substring(1), 36);
			expires = Long.parseLong(parts[1], 36);
		}
		catch (NumberFormatException ex) {
			return VerifyMemberCardPayload.refused(MemberCardStatus.FORGED);
		}
		if (!MessageDigest.isEqual(codeFor(membershipId, expires).getBytes(StandardCharsets.US_ASCII),
				normalized.getBytes(StandardCharsets.US_ASCII))) {
			return VerifyMemberCardPayload.refused(MemberCardStatus.FORGED);
		}
		Membership membership = this.memberships.selectById(membershipId);
		if (this.clock.instant().getEpochSecond() >= expires || membership == null || !membership.isCurrent()) {
			return VerifyMemberCardPayload.refused(MemberCardStatus.EXPIRED);
		}
		String name = nameOf(membership);
		OrgUnit unit = this.orgUnits.require(membership.getOrgUnitId());
		return new VerifyMemberCardPayload(true, MemberCardStatus.VALID, membership.getMemberNo(),
				(name != null) ? Names.mask(name) : null, unit);
	}

	LocalDate dayOf(OffsetDateTime time) {
		return (time != null) ? time.atZoneSameInstant(this.clock.getZone()).toLocalDate() : null;
	}

	String codeFor(long membershipId, long expiresEpochSecond) {
		String payload = "M" + Long.toString(membershipId, 36).toUpperCase(Locale.ROOT) + "-"
				+ Long.toString(expiresEpochSecond, 36).toUpperCase(Locale.ROOT);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
			StringBuilder code = new StringBuilder(payload).append('-');
			for (int i = 0; i < MAC_CHARS; i++) {
				code.append(ALPHABET[(digest[i] & 0xff) % ALPHABET.length]);
			}
			return code.toString();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The real name the membership was approved with; null when unknown or erased. */
	private String nameOf(Membership membership) {
		if (membership.getApplicationId() == null) {
			return null;
		}
		MembershipApplication application = this.applications.selectById(membership.getApplicationId());
		return (application != null) ? application.getRealName() : null;
	}

	private static boolean isSelf(Caller caller, PortalUser user) {
		return caller != null && user != null && caller.userId() == user.getId();
	}

}
