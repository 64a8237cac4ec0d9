package cn.zjgh.portal.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code DateTime} scalar of graphql-java-extended-scalars, writing instants in the
 * portal's time zone (+08:00) so that what a developer reads matches the wall clock of
 * the worker it concerns.
 */
final class ZonedDateTimeScalar {

	private static final String OUT_OF_RANGE = "Expected a date-time between the years 1900 and 2199";

	private ZonedDateTimeScalar() {
	}

	/**
	 * PostgreSQL stores neither the year 5000000 nor an offset of +18:00; both are
	 * refused or moved here.
	 */
	private static boolean withinRange(OffsetDateTime value) {
		return value.getYear() >= 1900 && value.getYear() <= 2199;
	}

	@SuppressWarnings("unchecked")
	static GraphQLScalarType create(ZoneId zone) {
		Coercing<OffsetDateTime, String> delegate = (Coercing<OffsetDateTime, String>) ExtendedScalars.DateTime
			.getCoercing();
		Coercing<OffsetDateTime, String> coercing = new Coercing<>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				return delegate.serialize(inZone(value), context, locale);
			}

			@Override
			public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
				OffsetDateTime parsed = delegate.parseValue(input, context, locale);
				if (!withinRange(parsed)) {
					throw new CoercingParseValueException(OUT_OF_RANGE);
				}
				return parsed.atZoneSameInstant(zone).toOffsetDateTime();
			}

			@Override
			public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				OffsetDateTime parsed = delegate.parseLiteral(input, variables, context, locale);
				if (!withinRange(parsed)) {
					throw new CoercingParseLiteralException(OUT_OF_RANGE);
				}
				return parsed.atZoneSameInstant(zone).toOffsetDateTime();
			}

			@Override
			public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
				return delegate.valueToLiteral(inZone(input), context, locale);
			}

			private Object inZone(Object value) {
				if (value instanceof OffsetDateTime offset) {
					return offset.atZoneSameInstant(zone).toOffsetDateTime();
				}
				if (value instanceof Instant instant) {
					return instant.atZone(zone).toOffsetDateTime();
				}
				if (value instanceof ZonedDateTime zoned) {
					return zoned.withZoneSameInstant(zone).toOffsetDateTime();
				}
				throw new CoercingSerializeException("Not a date-time: " + value);
			}

		};
		return GraphQLScalarType.newScalar(ExtendedScalars.DateTime).coercing(coercing).build();
	}

}
