package cn.zjgh.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The parts of the schema the bad-input corpus needs, read by introspection: root fields,
 * their arguments, input objects and enums. Type references keep their wrapping so a
 * variable can be declared with the argument's exact type.
 */
record CorpusSchema(String queryType, String mutationType, Map<String, NamedType> types) {

	/**
	 * Deep enough for {@code [ID!]!} (three wrappers), shallow enough for the depth
	 * limit.
	 */
	static final String INTROSPECTION = """
			{ __schema { queryType { name } mutationType { name }
			  types { kind name
			    fields { name args { name defaultValue type { ...T } } type { ...T } }
			    inputFields { name defaultValue type { ...T } }
			    enumValues { name } } } }
			fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
			""";

	static CorpusSchema parse(JsonNode data) {
		JsonNode schema = data.path("__schema");
		Map<String, NamedType> types = new LinkedHashMap<>();
		for (JsonNode type : schema.path("types")) {
			String name = type.path("name").asString();
			if (name.startsWith("__")) {
				continue;
			}
			List<Field> fields = new ArrayList<>();
			for (JsonNode field : type.path("fields")) {
				fields.add(new Field(field.path("name").asString(), inputValues(field.path("args")),
						TypeRef.parse(field.path("type"))));
			}
			List<String> enumValues = new ArrayList<>();
			for (JsonNode value : type.path("enumValues")) {
				enumValues.add(value.path("name").asString());
			}
			types.put(name, new NamedType(type.path("kind").asString(), name, fields,
					inputValues(type.path("inputFields")), enumValues));
		}
		JsonNode mutation = schema.path("mutationType");
		return new CorpusSchema(schema.path("queryType").path("name").asString(),
				mutation.isNull() || mutation.isMissingNode() ? null : mutation.path("name").asString(), types);
	}

	private static List<InputValue> inputValues(JsonNode values) {
		List<InputValue> result = new ArrayList<>();
		for (JsonNode value : values) {
			JsonNode defaultValue = value.path("defaultValue");
			result.add(new InputValue(value.path("name").asString(), TypeRef.parse(value.path("type")),
					defaultValue.isNull() || defaultValue.isMissingNode() ? null : defaultValue.asString()));
		}
		return result;
	}

	NamedType type(String name) {
		return this.types.get(name);
	}

	NamedType type(TypeRef ref) {
		return this.types.get(ref.named().name());
	}

	/** Root fields of the query and mutation types. */
	List<Field> roots(boolean mutation) {
		NamedType root = type(mutation ? this.mutationType : this.queryType);
		return (root != null) ? root.fields() : List.of();
	}

	/** A type reference with its NON_NULL and LIST wrappers. */
	record TypeRef(String kind, String name, TypeRef ofType) {

		static TypeRef parse(JsonNode node) {
			if (node == null || node.isNull() || node.isMissingNode()) {
				return null;
			}
			JsonNode name = node.path("name");
			return new TypeRef(node.path("kind").asString(), name.isNull() ? null : name.asString(),
					parse(node.path("ofType")));
		}

		boolean nonNull() {
			return "NON_NULL".equals(this.kind);
		}

		TypeRef nullable() {
			return nonNull() ? this.ofType : this;
		}

		boolean isList() {
			return "LIST".equals(nullable().kind);
		}

		TypeRef element() {
			return nullable().ofType;
		}

		TypeRef named() {
			TypeRef type = this;
			while (type.ofType != null) {
				type = type.ofType;
			}
			return type;
		}

		/** As written in a variable definition, e.g. {@code [ID!]!}. */
		String sdl() {
			if (nonNull()) {
				return this.ofType.sdl() + "!";
			}
			if ("LIST".equals(this.kind)) {
				return "[" + this.ofType.sdl() + "]";
			}
			return this.name;
		}

	}

	record InputValue(String name, TypeRef type, String defaultValue) {

		boolean required() {
			return this.type.nonNull() && this.defaultValue == null;
		}

	}

	record Field(String name, List<InputValue> args, TypeRef type) {

	}

	record NamedType(String kind, String name, List<Field> fields, List<InputValue> inputFields,
			List<String> enumValues) {

		boolean isObject() {
			return "OBJECT".equals(this.kind) || "INTERFACE".equals(this.kind) || "UNION".equals(this.kind);
		}

	}

}
