package cn.zjgh.portal.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code Date} scalar, strict: {@code 2026-02-30} is refused rather than read as 28
 * February, and a year outside 1900–2199 is refused rather than carried to PostgreSQL.
 */
final class DateScalar {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	private DateScalar() {
	}

	static GraphQLScalarType create() {
		Coercing<LocalDate, String> coercing = new Coercing<>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate date) {
					return FORMAT.format(date);
				}
				throw new CoercingSerializeException("Not a date: " + value);
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof String text) {
					LocalDate date = parse(text);
					if (date != null) {
						return date;
					}
				}
				throw new CoercingParseValueException(problem(input));
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue text) {
					LocalDate date = parse(text.getValue());
					if (date != null) {
						return date;
					}
				}
				throw new CoercingParseLiteralException(
						problem((input instanceof StringValue text) ? text.getValue() : input));
			}

			@Override
			public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
				return StringValue.of(serialize(input, context, locale));
			}

		};
		return GraphQLScalarType.newScalar(ExtendedScalars.Date).coercing(coercing).build();
	}

	static LocalDate parse(String text) {
		try {
			LocalDate date = LocalDate.parse(text, FORMAT);
			return (date.isBefore(EARLIEST) || date.isAfter(LATEST)) ? null : date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String problem(Object input) {
		String shown = String.valueOf(input);
		shown = (shown.length() > 40) ? shown.substring(0, 40) + "…" : shown;
		return "Expected a date yyyy-MM-dd between 1900 and 2199 but was '" + shown + "'";
	}

}
