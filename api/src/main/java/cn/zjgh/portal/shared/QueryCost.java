package cn.zjgh.portal.shared;

import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What an operation may cost, measured before it runs, in the manner of GitHub's API: by
 * the rows it may read rather than by the fields it names.
 * <ul>
 * <li>A scalar or enum field costs {@value #SCALAR}; an object or list field may be a
 * load of its own and costs {@value #LOAD}; a connection (a type named
 * {@code …Connection}) is a query of its own and costs {@value #CONNECTION}.
 * <li>The page size of a connection ({@code first}, else
 * {@link PageRequest#DEFAULT_SIZE}) multiplies what is selected per row, under its
 * {@code edges} or {@code nodes}; {@code first} on a plain list field multiplies what is
 * selected per item. A list without {@code first} counts as one item.
 * <li>{@code __typename} is free. The {@code __schema} and {@code __type} subtrees count
 * neither for cost nor for depth: they read the schema in memory, and graphql-java's
 * good-faith check already bounds them.
 * </ul>
 * The operation is measured as graphql-java will execute it (its normalized form):
 * fragments expanded wherever they are spread, repeated fields merged. Expanding stops
 * after {@value #MAX_FIELDS} fields, so a document that multiplies fields through nested
 * fragments costs little to refuse; its measure is incomplete.
 */
final class QueryCost {

	static final int SCALAR = 1;

	static final int LOAD = 3;

	static final int CONNECTION = 10;

	static final int MAX_FIELDS = 10_000;

	/** Keeps products of page sizes far from overflowing a long when summed. */
	private static final long MAX_MULTIPLIER = 1L << 40;

	private QueryCost() {
	}

	/**
	 * @param cost the operation's cost; {@link Long#MAX_VALUE} when incomplete
	 * @param depth the deepest field counted, root fields being at depth 1
	 * @param complete false when the operation has more than {@link #MAX_FIELDS} fields
	 */
	record Measure(long cost, int depth, boolean complete) {
	}

	static Measure of(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
		ExecutableNormalizedOperation operation;
		try {
			operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(schema, document,
					operationName, variables,
					ExecutableNormalizedOperationFactory.Options.defaultOptions().maxFieldsCount(MAX_FIELDS));
		}
		catch (AbortExecutionException tooManyFields) {
			return new Measure(Long.MAX_VALUE, 0, false);
		}
		Measure total = new Measure(0, 0, true);
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			if (!isSchemaIntrospection(field)) {
				total = plus(total, measure(schema, field, null, 1));
			}
		}
		return total;
	}

	/** The field resolved {@code times} times, and its subtree. */
	private static Measure measure(GraphQLSchema schema, ExecutableNormalizedField field,
			ExecutableNormalizedField parent, long times) {
		if (field.getName().equals("__typename")) {
			return new Measure(0, field.getLevel(), true);
		}
		GraphQLFieldDefinition definition = definition(schema, field);
		Measure total = new Measure(weight(definition) * times, field.getLevel(), true);
		long childTimes = Math.min(times * items(schema, field, definition, parent), MAX_MULTIPLIER);
		for (ExecutableNormalizedField child : field.getChildren()) {
			total = plus(total, measure(schema, child, field, childTimes));
		}
		return total;
	}

	private static Measure plus(Measure a, Measure b) {
		return new Measure(a.cost() + b.cost(), Math.max(a.depth(), b.depth()), true);
	}

	private static boolean isSchemaIntrospection(ExecutableNormalizedField field) {
		return field.getName().equals("__schema") || field.getName().equals("__type");
	}

	/**
	 * The field's definition; on an abstract type a field may stand for several, which
	 * share a name and, in this schema, a type.
	 */
	private static GraphQLFieldDefinition definition(GraphQLSchema schema, ExecutableNormalizedField field) {
		return field.getFieldDefinitions(schema).get(0);
	}

	private static long weight(GraphQLFieldDefinition definition) {
		GraphQLType type = definition.getType();
		if (GraphQLTypeUtil.isLeaf(type)) {
			return SCALAR;
		}
		return isConnection(type) ? CONNECTION : LOAD;
	}

	/**
	 * How many items a field's list holds, at most: its own {@code first}, or the
	 * {@code first} of the connection whose rows it lists; 1 for a field that is not a
	 * list.
	 */
	private static long items(GraphQLSchema schema, ExecutableNormalizedField field, GraphQLFieldDefinition definition,
			ExecutableNormalizedField parent) {
		if (!isList(definition.getType())) {
			return 1;
		}
		if (definition.getArgument("first") != null) {
			return pageSize(field.getResolvedArguments().get("first"));
		}
		if (parent != null && isConnection(definition(schema, parent).getType())) {
			return pageSize(parent.getResolvedArguments().get("first"));
		}
		return 1;
	}

	private static long pageSize(Object first) {
		if (first instanceof Integer size) {
			// A size outside the allowed range is refused when the field runs: it reads
			// no rows, but is no cheaper on paper than the largest page.
			return Math.max(1, Math.min(size, PageRequest.MAX_SIZE));
		}
		return PageRequest.DEFAULT_SIZE;
	}

	private static boolean isConnection(GraphQLType type) {
		return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLNamedType named
				&& named.getName().endsWith("Connection");
	}

	private static boolean isList(GraphQLType type) {
		return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
	}

}
