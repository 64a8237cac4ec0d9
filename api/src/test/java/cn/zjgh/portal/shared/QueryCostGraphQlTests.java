package cn.zjgh.portal.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.zjgh.portal.PortalGraphQlTests;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLInputObjectType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What documents cost on the portal's schema, and that what its clients send fits the
 * limit.
 */
class QueryCostGraphQlTests extends PortalGraphQlTests {

	private static final Pattern TEMPLATE = Pattern.compile("`(.*)`", Pattern.DOTALL);

	@Autowired
	private GraphQlSource graphQlSource;

	@Autowired
	private PortalProperties properties;

	@Test
	void pageSizesMultiplyWhatEachRowSelects() {
		// the connection, its edges once, then per row the node and its field
		assertThat(cost("{ lectures(first: 50) { edges { node { checkInCode } } } }")).isEqualTo(10 + 3 + 50 * (3 + 1));
		assertThat(cost("{ lectures { edges { node { checkInCode } } } }")).isEqualTo(10 + 3 + 20 * (3 + 1));
		assertThat(cost("{ orgUnits(first: 50) { totalCount pageInfo { hasNextPage } } }")).isEqualTo(10 + 1 + 3 + 1);
		assertThat(cost("{ craftsmen(first: 10) { edges { node { upcomingLectures(first: 5) { topic } } } } }"))
			.isEqualTo(10 + 3 + 10 * (3 + 3 + 5 * 1));
		assertThat(cost("{ lectures(first: 1000) { edges { node { id } } } }"))
			.isEqualTo(cost("{ lectures(first: 50) { edges { node { id } } } }"));
	}

	@Test
	void typenameAndTheSchemaAreFree() {
		assertThat(cost("{ __typename __schema { types { name fields { name } } } }")).isZero();
		String deepTypeReference = "{ __type(name: \"Query\") { fields { type { " + "ofType { ".repeat(10) + "name"
				+ " }".repeat(10) + " } } } }";
		assertThat(measure(deepTypeReference).depth()).isZero();
	}

	@Test
	void fragmentsCountWhereTheyAreSpread() {
		String spread = """
				{ a: lectures(first: 50) { ...Rows } b: lectures(first: 50) { ...Rows } }
				fragment Rows on LectureConnection { edges { node { id topic } } }
				""";
		assertThat(cost(spread)).isEqualTo(2 * (10 + 3 + 50 * (3 + 2)));
	}

	@Test
	void everyDocumentOfTheMiniProgramFitsAtTheLargestPage() throws IOException {
		Map<String, Long> costs = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(Path.of("../miniapp-stub/graphql"))) {
			for (Path file : files.sorted().toList()) {
				Matcher template = TEMPLATE.matcher(Files.readString(file));
				assertThat(template.find()).as(file.toString()).isTrue();
				costs.put(file.getFileName().toString(), cost(template.group(1)));
			}
		}

		assertThat(costs).hasSizeGreaterThan(20)
			.allSatisfy((file, cost) -> assertThat(cost).as(file)
				.isPositive()
				.isLessThanOrEqualTo(this.properties.maxQueryCost()));
		assertThat(costs).containsEntry("lectures.js", 10 + 3 + 50L * (3 + 6 + 3 + 2 + 3 + 1) + 3 + 2)
			.containsEntry("events.js", 10 + 3 + 50L * (3 + 7 + 3 + 1) + 3 + 2);
	}

	@Test
	void theBenchmarkDocumentsFit() {
		List<String> documents = List.of(
				"{ popularEvents(city: \"330100\", first: 20) { edges { node { id title startsAt remainingSeats venue { name } } } } }",
				"{ events(filter: {cityCode: \"330100\"}, orderBy: POPULAR, first: 20) { edges { node { id title startsAt remainingSeats venue { name } } } } }",
				"{ readingRooms(near: {lat: 29.5, lng: 120.2}, first: 20) { edges { node { id name distanceMeters } } } }",
				"{ readingRoom(id: 1) { availability(date: \"2026-12-01\") { from freeSeats } } }",
				"mutation { registerForEvent(input: {eventId: 1}) { registration { status } } }",
				"mutation { bookSeat(input: {roomId: 1, date: \"2026-12-01\", from: \"10:00\", to: \"11:00\"}) { booking { status } } }");

		assertThat(documents).allSatisfy((document) -> assertThat(cost(document)).isPositive()
			.isLessThanOrEqualTo(this.properties.maxQueryCost() / 4));
	}

	private Object anyValueOf(Type<?> type) {
		if (type instanceof NonNullType nonNull) {
			return anyValueOf(nonNull.getType());
		}
		if (type instanceof ListType) {
			return List.of();
		}
		String name = ((TypeName) type).getName();
		return (this.graphQlSource.schema().getType(name) instanceof GraphQLInputObjectType) ? Map.of() : "1";
	}

	private long cost(String document) {
		return measure(document).cost();
	}

	/**
	 * The measure with every {@code $first} at the largest page; other variables only
	 * need a value of the right shape.
	 */
	private QueryCost.Measure measure(String text) {
		Document document = Parser.parse(text);
		Map<String, Object> variables = new LinkedHashMap<>();
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			for (VariableDefinition variable : operation.getVariableDefinitions()) {
				variables.put(variable.getName(),
						variable.getName().equals("first") ? PageRequest.MAX_SIZE : anyValueOf(variable.getType()));
			}
		}
		QueryCost.Measure measure = QueryCost.of(this.graphQlSource.schema(), document, null,
				CoercedVariables.of(variables));
		assertThat(measure.complete()).isTrue();
		return measure;
	}

}
