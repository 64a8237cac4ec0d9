package cn.zjgh.portal.shared;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset position: the sort-key values of the last row of a page. Encoded as
 * URL-safe base64 so clients treat it as a token, not as something to build.
 */
public record Cursor(List<String> keys) {

	private static final String PREFIX = "k1|";

	private static final String SEPARATOR = "\u001f";

	public static Cursor of(Object... keys) {
		return new Cursor(Arrays.stream(keys).map(String::valueOf).toList());
	}

	public String encode() {
		String raw = PREFIX + String.join(SEPARATOR, this.keys);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	public static Cursor decode(String token) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			if (!raw.startsWith(PREFIX)) {
				throw malformed();
			}
			return new Cursor(List.of(raw.substring(PREFIX.length()).split(SEPARATOR, -1)));
		}
		catch (IllegalArgumentException ex) {
			throw malformed();
		}
	}

	public String key(int index) {
		if (index >= this.keys.size()) {
			throw malformed();
		}
		return this.keys.get(index);
	}

	public long longKey(int index) {
		try {
			return Long.parseLong(key(index));
		}
		catch (NumberFormatException ex) {
			throw malformed();
		}
	}

	public double doubleKey(int index) {
		try {
			return Double.parseDouble(key(index));
		}
		catch (NumberFormatException ex) {
			throw malformed();
		}
	}

	public OffsetDateTime timeKey(int index) {
		try {
			return OffsetDateTime.parse(key(index));
		}
		catch (DateTimeParseException ex) {
			throw malformed();
		}
	}

	static DomainException malformed() {
		return DomainException.badInput("after", "is not a cursor returned by this list");
	}

}
