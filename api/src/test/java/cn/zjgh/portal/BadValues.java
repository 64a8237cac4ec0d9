package cn.zjgh.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import cn.zjgh.portal.CorpusJson.Raw;

/**
 * The corpus of bad values, per GraphQL type and, where a name says more than the type
 * (times of day as strings, region codes, URLs, cursors, login codes), per field name.
 * Values marked {@code small} are also sent by the callers that are turned away anyway;
 * values marked {@code inline} are also written into the document as literals.
 */
final class BadValues {

	/** One bad value: what it is, the value (a {@link CorpusJson} tree), its tiers. */
	record Bad(String label, Object value, boolean small, boolean inline) {

	}

	/** Beyond the request size limit: refused before it is read. */
	static final String HUGE = "x".repeat(100 * 1024);

	/** Within the request size limit, far beyond any column. */
	static final String LONG = "长".repeat(15_000);

	private final List<String> foreignCursors;

	BadValues(List<String> foreignCursors) {
		this.foreignCursors = foreignCursors;
	}

	/**
	 * Bad values for a scalar or enum position.
	 * @param type the named type (ID, String, Int, Float, Boolean, Date, DateTime or an
	 * enum)
	 * @param enumValues the enum's values, empty for scalars
	 * @param field the argument or input field name
	 * @param plausible the valid value the position has in the base document (may be
	 * null)
	 * @param otherUnit a valid id of the same kind that belongs to another unit or user
	 * (null when there is none)
	 */
	List<Bad> scalar(String type, List<String> enumValues, String field, Object plausible, Object otherUnit) {
		List<Bad> values = new ArrayList<>();
		if (!enumValues.isEmpty()) {
			enums(values, enumValues);
			return values;
		}
		switch (type) {
			case "ID" -> ids(values, otherUnit);
			case "Int" -> ints(values, field);
			case "Float" -> floats(values, field);
			case "Boolean" -> booleans(values);
			case "Date" -> dates(values, field);
			case "DateTime" -> dateTimes(values);
			default -> strings(values, field, plausible);
		}
		return values;
	}

	/**
	 * Bad values for a list position, as a whole (its elements are varied separately).
	 */
	List<Bad> list(Object plausibleElement) {
		List<Bad> values = new ArrayList<>();
		values.add(new Bad("empty list", List.of(), true, false));
		values.add(new Bad("list of null", Collections.singletonList(Raw.NULL), false, false));
		values.add(new Bad("null list", Raw.NULL, false, false));
		if (plausibleElement != null) {
			values.add(new Bad("1000 elements", Collections.nCopies(1000, plausibleElement), false, false));
			values.add(new Bad("same element twice", List.of(plausibleElement, plausibleElement), false, false));
		}
		values.add(new Bad("object instead of list", new Raw("{\"a\":1}"), false, false));
		return values;
	}

	/** Bad values for an input object position, as a whole. */
	List<Bad> inputObject() {
		List<Bad> values = new ArrayList<>();
		values.add(new Bad("null object", Raw.NULL, true, false));
		values.add(new Bad("empty object", new Raw("{}"), false, false));
		values.add(new Bad("unknown field", new Raw("{\"noSuchField\":1}"), false, false));
		values.add(new Bad("string instead of object", Raw.string("{}"), false, false));
		values.add(new Bad("list instead of object", new Raw("[]"), false, false));
		return values;
	}

	private static void ids(List<Bad> values, Object otherUnit) {
		values.add(new Bad("non-numeric id", Raw.string("abc"), true, true));
		values.add(new Bad("overflowing id (20 digits)", Raw.string("99999999999999999999"), true, true));
		values.add(new Bad("nonexistent id", Raw.string("999999"), true, false));
		if (otherUnit != null) {
			values.add(new Bad("id of another unit/user", otherUnit, true, false));
		}
		values.add(new Bad("empty id", Raw.string(""), false, false));
		values.add(new Bad("negative id", Raw.string("-1"), false, false));
		values.add(new Bad("zero id", Raw.string("0"), false, false));
		values.add(new Bad("exponent id \"1e3\"", Raw.string("1e3"), false, false));
		values.add(new Bad("decimal id \"1.5\"", Raw.string("1.5"), false, false));
		values.add(new Bad("Long.MAX+1 id", Raw.string("9223372036854775808"), false, false));
		values.add(new Bad("id with NUL", Raw.string("1\u0000"), false, false));
		values.add(new Bad("overflowing numeric id literal", new Raw("99999999999999999999"), false, true));
		values.add(new Bad("float for ID", new Raw("1.5"), false, false));
		values.add(new Bad("boolean for ID", new Raw("true"), false, false));
	}

	private static void ints(List<Bad> values, String field) {
		values.add(new Bad("Int.MAX+1 (2147483648)", new Raw("2147483648"), true, true));
		values.add(new Bad("negative (-1)", new Raw("-1"), true, false));
		values.add(new Bad("zero", new Raw("0"), false, false));
		values.add(new Bad("Int.MIN", new Raw("-2147483648"), false, false));
		values.add(new Bad("Int.MAX", new Raw("2147483647"), false, false));
		values.add(new Bad("20-digit number", new Raw("99999999999999999999"), false, false));
		values.add(new Bad("decimal 1.5", new Raw("1.5"), false, true));
		values.add(new Bad("exponent 1e3", new Raw("1e3"), false, false));
		values.add(new Bad("string \"1\"", Raw.string("1"), false, false));
		values.add(new Bad("100000", new Raw("100000"), false, false));
		String name = field.toLowerCase(Locale.ROOT);
		if (name.contains("weekday")) {
			values.add(new Bad("weekday 8", new Raw("8"), false, false));
		}
		if (name.equals("first")) {
			values.add(new Bad("first 51", new Raw("51"), false, false));
		}
		if (name.contains("minutes")) {
			values.add(new Bad("7 minutes", new Raw("7"), false, false));
			values.add(new Bad("100000 minutes", new Raw("100000"), false, false));
		}
	}

	private static void floats(List<Bad> values, String field) {
		values.add(new Bad("out of range (1000)", new Raw("1000"), true, true));
		values.add(new Bad("string for Float", Raw.string("abc"), true, false));
		values.add(new Bad("just out of range (90.000001)", new Raw("90.000001"), false, false));
		values.add(new Bad("just out of range (180.000001)", new Raw("180.000001"), false, false));
		values.add(new Bad("negative zero", new Raw("-0.0"), false, false));
		values.add(new Bad("1e308", new Raw("1e308"), false, false));
		values.add(new Bad("1e309 (infinite)", new Raw("1e309"), false, false));
		values.add(new Bad("denormal 5e-324", new Raw("5e-324"), false, false));
		values.add(new Bad("string \"NaN\"", Raw.string("NaN"), false, false));
		values.add(new Bad("20-digit number", new Raw("99999999999999999999"), false, false));
		values.add(new Bad("boolean for Float", new Raw("true"), false, false));
		if (field.toLowerCase(Locale.ROOT).contains("radius")) {
			values.add(new Bad("radius 0", new Raw("0"), false, false));
			values.add(new Bad("radius -1", new Raw("-1"), false, false));
			values.add(new Bad("radius 100000", new Raw("100000"), false, false));
		}
	}

	private static void booleans(List<Bad> values) {
		values.add(new Bad("string \"true\"", Raw.string("true"), true, false));
		values.add(new Bad("number 1 for Boolean", new Raw("1"), false, false));
		values.add(new Bad("explicit null", Raw.NULL, false, false));
	}

	private static void enums(List<Bad> values, List<String> enumValues) {
		values.add(new Bad("unknown enum value", Raw.string("NO_SUCH_VALUE"), true, true));
		values.add(new Bad("empty enum value", Raw.string(""), false, false));
		values.add(
				new Bad("lower-case enum value", Raw.string(enumValues.get(0).toLowerCase(Locale.ROOT)), false, false));
		values.add(new Bad("number for enum", new Raw("1"), false, false));
		values.add(new Bad("explicit null", Raw.NULL, false, false));
	}

	private static void dates(List<Bad> values, String field) {
		values.add(new Bad("impossible date 2026-02-30", Raw.string("2026-02-30"), true, true));
		values.add(new Bad("year +5000000", Raw.string("+5000000-01-01"), true, false));
		values.add(new Bad("month 13", Raw.string("2026-13-01"), false, false));
		values.add(new Bad("2026-02-29 (not a leap year)", Raw.string("2026-02-29"), false, false));
		values.add(new Bad("year 0", Raw.string("0000-01-01"), false, false));
		values.add(new Bad("year 1", Raw.string("0001-01-01"), false, false));
		values.add(new Bad("year 9999", Raw.string("9999-12-31"), false, false));
		values.add(new Bad("LocalDate.MAX", Raw.string("+999999999-12-31"), false, false));
		values.add(new Bad("LocalDate.MIN", Raw.string("-999999999-01-01"), false, false));
		values.add(new Bad("date-time for Date", Raw.string("2026-02-28T10:00:00+08:00"), false, false));
		values.add(new Bad("word for Date", Raw.string("today"), false, false));
		values.add(new Bad("empty date", Raw.string(""), false, false));
		values.add(new Bad("number for Date", new Raw("20260101"), false, false));
		values.add(new Bad("year 2100", Raw.string("2100-01-01"), false, false));
	}

	private static void dateTimes(List<Bad> values) {
		values.add(new Bad("impossible date 2026-02-30T10:00", Raw.string("2026-02-30T10:00:00+08:00"), true, true));
		values.add(new Bad("year +5000000", Raw.string("+5000000-01-01T00:00:00Z"), true, false));
		values.add(new Bad("hour 25", Raw.string("2026-11-23T25:00:00+08:00"), false, false));
		values.add(new Bad("10:00:59 (seconds)", Raw.string("2026-11-23T10:00:59+08:00"), false, false));
		values.add(new Bad("nanoseconds", Raw.string("2026-11-23T10:00:00.123456789+08:00"), false, false));
		values.add(new Bad("no offset", Raw.string("2026-11-23T10:00:00"), false, false));
		values.add(new Bad("offset +18:00", Raw.string("2026-11-23T10:00:00+18:00"), false, false));
		values.add(new Bad("offset +25:00", Raw.string("2026-11-23T10:00:00+25:00"), false, false));
		values.add(new Bad("epoch 1970", Raw.string("1970-01-01T00:00:00Z"), false, false));
		values.add(new Bad("year 1", Raw.string("0001-01-01T00:00:00Z"), false, false));
		values.add(new Bad("year -1", Raw.string("-0001-01-01T00:00:00Z"), false, false));
		values.add(new Bad("year 9999", Raw.string("9999-12-31T23:59:59Z"), false, false));
		values.add(new Bad("year 999999999", Raw.string("+999999999-12-31T23:59:59Z"), false, false));
		values.add(new Bad("empty date-time", Raw.string(""), false, false));
		values.add(new Bad("epoch seconds as number", new Raw("1700000000"), false, false));
	}

	private void strings(List<Bad> values, String field, Object plausible) {
		String name = field.toLowerCase(Locale.ROOT);
		values.add(new Bad("NUL character", Raw.string("a\u0000b"), true, true));
		values.add(new Bad("huge (100 KB)", Raw.string(HUGE), false, false));
		values.add(new Bad("empty string", Raw.string(""), false, false));
		if (name.equals("after")) {
			// the cursor is decoded in one place; it gets cursors rather than prose
			cursors(values);
			return;
		}
		values.add(new Bad("long (15000 CJK chars)", Raw.string(LONG), true, false));
		values.add(new Bad("blank string", Raw.string("   "), false, false));
		values.add(new Bad("control characters", Raw.string("\u0001\u0007\b\u001b[31m\u007f\r\n\t"), false, false));
		values.add(new Bad("emoji and combining marks",
				Raw.string("😀👩‍👩‍👧‍👦🇨🇳 e\u0301\u0301\u0301 Z\u0337\u0322\u031ba\u0336l\u0334g\u0338o"), false,
				false));
		values.add(new Bad("bidi override and zero-width", Raw.string("\u202egnp.exe\u200b\ufeff"), false, false));
		values.add(new Bad("unpaired surrogate", Raw.string("a\ud800b"), false, false));
		values.add(new Bad("SQL", Raw.string("' OR '1'='1'; SELECT pg_sleep(11); --"), false, false));
		values.add(new Bad("SQL LIKE wildcards and backslash", Raw.string("%_\\%"), false, false));
		values.add(new Bad("HTML", Raw.string("<script>alert(1)</script><img src=x onerror=alert(1)>"), false, false));
		values.add(new Bad("Markdown and templates",
				Raw.string("[x](javascript:alert(1)) ![](//evil.example) ${x}{{7*7}}%s"), false, false));
		values.add(new Bad("300 CJK chars", Raw.string("长".repeat(300)), false, false));
		values.add(new Bad("number for String", new Raw("123"), false, false));
		if (plausible instanceof Raw raw && raw.json().startsWith("\"")) {
			String valid = CorpusJson.JSON.readTree(raw.json()).asString();
			values.add(new Bad("valid value + NUL", Raw.string(valid + "\u0000"), false, false));
			values.add(new Bad("valid value + emoji", Raw.string(valid + "😀"), false, false));
		}
		if (name.equals("from") || name.equals("to") || name.equals("opens") || name.equals("closes")
				|| name.endsWith("time")) {
			for (String time : List.of("25:00", "10:00:59", "24:00", "23:60", "9:00", "-01:00", "10:30", "00:00",
					"99999999999999999999:00")) {
				values.add(new Bad("time " + time, Raw.string(time), time.equals("25:00"), false));
			}
		}
		if (name.contains("city") || name.contains("district") || name.contains("region")) {
			for (String code : List.of("33010", "3301000", "abcdef", "000000", "９９９９９９")) {
				values.add(new Bad("region code " + code, Raw.string(code), false, false));
			}
		}
		if (name.contains("url") || name.equals("photos")) {
			for (String url : List.of("javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
					"file:///etc/passwd", "http://127.0.0.1:22/")) {
				values.add(new Bad("URL " + url, Raw.string(url), false, false));
			}
		}
	}

	private void cursors(List<Bad> values) {
		values.add(new Bad("not base64", Raw.string("!!!"), true, false));
		values.add(new Bad("base64 of junk", Raw.string("YWJj"), false, false));
		List<String> keys = List.of("abc", "x\u0000y", "99999999999999999999", "NaN", "1e309",
				"+5000000-01-01T00:00:00Z", "1\u001f2\u001f3\u001f4\u001f5");
		for (String key : keys) {
			String token = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(("k1|" + key).getBytes(StandardCharsets.UTF_8));
			values.add(new Bad("crafted cursor k1|" + key.replace("\u0000", "\\0").replace("\u001f", "|"),
					Raw.string(token), key.startsWith("+5000000"), false));
		}
		for (String cursor : this.foreignCursors) {
			values.add(new Bad("cursor of another list", Raw.string(cursor), false, false));
		}
	}

}
