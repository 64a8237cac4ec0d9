package cn.zjgh.portal.readingroom;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The code printed (as a QR) at a room's desk, which workers scan to check in. It names
 * the room and changes every day:
 * {@code <roomId>-<6 characters of an HMAC of room and date>}, so a photo of yesterday's
 * code does not work today.
 */
@Component
class DeskCodes {

	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final SecretKeySpec key;

	DeskCodes(@Value("${portal.token.secret}") String secret) {
		this.key = new SecretKeySpec(("desk-code:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	String codeFor(long roomId, LocalDate day) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] digest = mac.doFinal((roomId + "/" + day).getBytes(StandardCharsets.UTF_8));
			StringBuilder code = new StringBuilder(roomId + "-");
			for (int i = 0; i < 6; i++) {
				code.append(ALPHABET[(digest[i] & 0xff) % ALPHABET.length]);
			}
			return code.toString();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The room a code of that day belongs to, or null when the code is not valid that
	 * day.
	 */
	Long roomOf(String code, LocalDate day) {
		String normalized = code.strip().toUpperCase();
		int dash = normalized.indexOf('-');
		if (dash <= 0) {
			return null;
		}
		try {
			long roomId = Long.parseLong(normalized.substring(0, dash));
			return codeFor(roomId, day).equals(normalized) ? roomId : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
