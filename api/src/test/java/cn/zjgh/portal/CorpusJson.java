package cn.zjgh.portal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.CorpusSchema.InputValue;
import cn.zjgh.portal.CorpusSchema.NamedType;
import cn.zjgh.portal.CorpusSchema.TypeRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Argument values of the corpus as trees: {@link Raw} JSON text at the leaves (so that
 * numbers too large for a long, lone surrogates and NUL characters are sent exactly),
 * maps and lists above them. Renders a tree as JSON (for variables) or as a GraphQL
 * literal (for the inline cases).
 */
final class CorpusJson {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private CorpusJson() {
	}

	/** A leaf, as JSON text. */
	record Raw(String json) {

		static Raw string(String value) {
			return new Raw(quote(value));
		}

		static Raw of(Object value) {
			return new Raw(String.valueOf(value));
		}

		static final Raw NULL = new Raw("null");

	}

	static String json(Object value) {
		StringBuilder out = new StringBuilder();
		writeJson(value, out);
		return out.toString();
	}

	private static void writeJson(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Raw raw) {
			out.append(raw.json());
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
			while (entries.hasNext()) {
				Map.Entry<?, ?> entry = entries.next();
				out.append(quote(String.valueOf(entry.getKey()))).append(':');
				writeJson(entry.getValue(), out);
				if (entries.hasNext()) {
					out.append(',');
				}
			}
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				writeJson(list.get(i), out);
			}
			out.append(']');
		}
		else if (value instanceof String string) {
			out.append(quote(string));
		}
		else {
			out.append(value);
		}
	}

	/**
	 * A JSON string literal. Control characters and unpaired surrogates are escaped (as
	 * six-character escapes), so an unpaired surrogate reaches the server as such rather
	 * than as a replacement character.
	 */
	static String quote(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean paired = (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1)))
					|| (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1)));
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || (Character.isSurrogate(c) && !paired)) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

	/**
	 * The value as a GraphQL literal of the given type: enum values bare, input objects
	 * with their field types, everything else as its JSON spelling (which is GraphQL's
	 * too for strings, numbers, booleans and null).
	 */
	static String literal(Object value, TypeRef type, CorpusSchema schema) {
		if (value instanceof Raw raw) {
			JsonNode node = parseLenient(raw.json());
			if (node == null || node.isNumber()) {
				return raw.json();
			}
			return literal(node, type, schema);
		}
		if (value instanceof Map<?, ?> map) {
			NamedType inputType = (type != null) ? schema.type(type) : null;
			List<String> fields = new ArrayList<>();
			map.forEach((key, fieldValue) -> fields.add(key + ": " + literal(fieldValue,
					(inputType != null) ? fieldType(inputType, String.valueOf(key)) : null, schema)));
			return "{" + String.join(", ", fields) + "}";
		}
		if (value instanceof List<?> list) {
			TypeRef element = (type != null && type.isList()) ? type.element() : null;
			List<String> items = new ArrayList<>();
			list.forEach((item) -> items.add(literal(item, element, schema)));
			return "[" + String.join(", ", items) + "]";
		}
		return json(value);
	}

	private static String literal(JsonNode node, TypeRef type, CorpusSchema schema) {
		if (node.isString()) {
			String text = node.asString();
			boolean isEnum = type != null && schema.type(type) != null && "ENUM".equals(schema.type(type).kind());
			return (isEnum && text.matches("[_A-Za-z][_0-9A-Za-z]*")) ? text : quote(text);
		}
		if (node.isObject()) {
			Map<String, Object> map = new LinkedHashMap<>();
			node.properties().forEach((entry) -> map.put(entry.getKey(), new Raw(entry.getValue().toString())));
			return literal(map, type, schema);
		}
		if (node.isArray()) {
			List<Object> list = new ArrayList<>();
			node.values().forEach((item) -> list.add(new Raw(item.toString())));
			return literal(list, type, schema);
		}
		return node.toString();
	}

	private static TypeRef fieldType(NamedType inputType, String name) {
		for (InputValue field : inputType.inputFields()) {
			if (field.name().equals(name)) {
				return field.type();
			}
		}
		return null;
	}

	private static JsonNode parseLenient(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** A deep copy of a value tree (leaves are immutable and shared). */
	@SuppressWarnings("unchecked")
	static Object copy(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			((Map<String, Object>) map).forEach((key, item) -> copy.put(key, copy(item)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(copy(item)));
			return copy;
		}
		return value;
	}

	/** The value shortened for a report line. */
	static String preview(Object value) {
		String json = json(value);
		return (json.length() > 60) ? json.substring(0, 45) + "…(" + json.length() + " chars)" : json;
	}

}
