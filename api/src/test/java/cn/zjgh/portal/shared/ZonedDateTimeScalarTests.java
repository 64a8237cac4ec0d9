package cn.zjgh.portal.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;

import graphql.GraphQLContext;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZonedDateTimeScalarTests {

	@SuppressWarnings("unchecked")
	private final Coercing<OffsetDateTime, String> extended = (Coercing<OffsetDateTime, String>) ExtendedScalars.DateTime
		.getCoercing();

	@SuppressWarnings("unchecked")
	private final Coercing<Object, String> portal = (Coercing<Object, String>) ZonedDateTimeScalar
		.create(ZoneId.of("Asia/Shanghai"))
		.getCoercing();

	@Test
	void writesWhatTheExtendedScalarWritesForAnyInstantAndOffset() {
		SplittableRandom random = new SplittableRandom(7);
		long from = Instant.parse("1000-01-01T00:00:00Z").getEpochSecond();
		long to = Instant.parse("9999-12-30T00:00:00Z").getEpochSecond();
		for (int i = 0; i < 200_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
			ZoneOffset offset = ZoneOffset.ofTotalSeconds(60 * random.nextInt(-18 * 60, 18 * 60 + 1));
			OffsetDateTime value = instant.atOffset((i % 10 == 0) ? ZoneOffset.UTC : offset);
			assertThat(ZonedDateTimeScalar.text(value)).as("%s", value).isEqualTo(written(value));
		}
	}

	@Test
	void leavesYearsOutsideFourDigitsAndOffsetsInSecondsToTheExtendedScalar() {
		OffsetDateTime farFuture = OffsetDateTime.parse("+12026-12-07T09:30:00+08:00");
		OffsetDateTime oddOffset = OffsetDateTime.of(2026, 12, 7, 9, 30, 0, 0, ZoneOffset.ofTotalSeconds(29_143));
		assertThat(ZonedDateTimeScalar.text(farFuture)).isNull();
		assertThat(ZonedDateTimeScalar.text(oddOffset)).isNull();
		assertThat(ZonedDateTimeScalar.text(OffsetDateTime.parse("0999-12-31T23:59:59.999Z"))).isNull();
	}

	@Test
	void writesAnInstantInThePortalsZone() {
		String text = this.portal.serialize(Instant.parse("2026-12-07T01:30:05.123456Z"), GraphQLContext.getDefault(),
				Locale.ROOT);
		assertThat(text).isEqualTo("2026-12-07T09:30:05.123+08:00");
		assertThat(this.portal.serialize(OffsetDateTime.parse("1941-07-01T12:00:00Z"), GraphQLContext.getDefault(),
				Locale.ROOT))
			.isEqualTo(written(OffsetDateTime.parse("1941-07-01T12:00:00Z")
				.atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
				.toOffsetDateTime()));
	}

	private String written(OffsetDateTime value) {
		return this.extended.serialize(value, GraphQLContext.getDefault(), Locale.ROOT);
	}

}
