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

	/**
	 * What the extended scalar writes ({@code 2026-12-07T09:30:00.000+08:00}), without
	 * its formatter, which cost about 5% of an executed listing's CPU; {@code null} for a
	 * year outside 1000–9999 or an offset in seconds, which it is left to write.
	 */
	static String text(OffsetDateTime value) {
		int year = value.getYear();
		int offset = value.getOffset().getTotalSeconds();
		if (year < 1000 || year > 9999 || offset % 60 != 0) {
			return null;
		}
		StringBuilder text = new StringBuilder(29);
		digits(text, year, 4).append('-');
		digits(text, value.getMonthValue(), 2).append('-');
		digits(text, value.getDayOfMonth(), 2).append('T');
		digits(text, value.getHour(), 2).append(':');
		digits(text, value.getMinute(), 2).append(':');
		digits(text, value.getSecond(), 2).append('.');
		digits(text, value.getNano() / 1_000_000, 3);
		if (offset == 0) {
			return text.append('Z').toString();
		}
		text.append((offset < 0) ? '-' : '+');
		int minutes = Math.abs(offset) / 60;
		digits(text, minutes / 60, 2).append(':');
		return digits(text, minutes % 60, 2).toString();
	}

	private static StringBuilder digits(StringBuilder text, int value, int width) {
		for (int power = (width == 4) ? 1000 : (width == 3) ? 100 : 10; power > 0; power /= 10) {
			text.append((char) ('0' + value / power % 10));
		}
		return text;
	}

	@SuppressWarnings("unchecked")
	static GraphQLScalarType create(ZoneId zone) {
		Coercing<OffsetDateTime, String> delegate = (Coercing<OffsetDateTime, String>) ExtendedScalars.DateTime
			.getCoercing();
		Coercing<OffsetDateTime, String> coercing = new Coercing<>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				OffsetDateTime inZone = inZone(value);
				String text = text(inZone);
				return (text != null) ? text : delegate.serialize(inZone, context, locale);
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

			private OffsetDateTime inZone(Object value) {
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
