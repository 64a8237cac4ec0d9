package cn.zjgh.portal.lecture;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a session may refer to: a classroom and a series of units the caller organizes,
 * any craftsman as lecturer, and nothing that does not exist.
 */
class LectureReferencesGraphQlTests extends PortalGraphQlTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final String SCHEDULE = """
			mutation($input: ScheduleLectureInput!) { scheduleLecture(input: $input) { lecture { id } } }
			""";

	private static final String SCHEDULE_SERIES = """
			mutation($input: ScheduleLectureSeriesInput!) { scheduleLectureSeries(input: $input) { lectures { id } } }
			""";

	private static final String CREATE_SERIES = """
			mutation($unit: ID!, $name: String!) { createLectureSeries(input: {orgUnitId: $unit, name: $name}) { series { id } } }
			""";

	private HttpGraphQlTester hangzhou;

	private long classroom;

	private LocalDate day;

	private String topic;

	@BeforeEach
	void createClassroom() {
		this.hangzhou = as("demo-organizer-hangzhou");
		this.classroom = Long.parseLong(this.hangzhou.document("""
				mutation($input: CreateClassroomInput!) { createClassroom(input: $input) { classroom { id } } }
				""")
			.variable("input",
					Map.of("orgUnitId", orgUnitId("西溪街道总工会"), "name", "引用测试微课堂 " + UUID.randomUUID(), "mode", "OFFLINE",
							"address", "杭州市西湖区", "lat", 30.27, "lng", 120.12, "capacity", 50))
			.execute()
			.path("createClassroom.classroom.id")
			.entity(String.class)
			.get());
		this.day = LocalDate.now(SHANGHAI)
			.plusWeeks(10 + ThreadLocalRandom.current().nextInt(400))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
		this.topic = "引用测试 " + UUID.randomUUID();
	}

	@Test
	void aSessionCannotBeScheduledIntoTheSeriesOfAnotherCity() {
		long ningbos = series(as("demo-organizer-ningbo"), orgUnitId("宁波市总工会"));

		schedule(this.hangzhou, this.classroom, ningbos, craftsman("赵敏")).errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("Lecture series"));
		this.hangzhou.document(SCHEDULE_SERIES)
			.variable("input",
					Map.of("classroomId", this.classroom, "seriesId", ningbos, "lecturerIds", List.of(craftsman("赵敏")),
							"topic", this.topic, "firstDate", this.day.toString(), "lastDate",
							this.day.plusDays(14).toString(), "weekdays", List.of(6), "startTime", "19:00",
							"durationMinutes", 30))
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("Lecture series"));

		assertThat(lecturesTitled()).isZero();
	}

	@Test
	void aSeriesOfTheProvinceIsNotTheCitysToScheduleInto() {
		long provinces = this.jdbc.queryForObject("SELECT id FROM lecture_series WHERE name = '劳模工匠宣讲'", Long.class);

		schedule(this.hangzhou, this.classroom, provinces, craftsman("赵敏")).errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));

		assertThat(lecturesTitled()).isZero();
	}

	@Test
	void theProvincesCloudClassroomIsScheduledByTheProvinceOnly() {
		long cloud = this.jdbc.queryForObject("SELECT id FROM classroom WHERE name = '浙江职工云课堂'", Long.class);
		int before = this.jdbc.queryForObject("SELECT count(*) FROM lecture WHERE classroom_id = ?", Integer.class,
				cloud);

		schedule(this.hangzhou, cloud, null, craftsman("赵敏")).errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("Classroom"));

		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM lecture WHERE classroom_id = ?", Integer.class, cloud))
			.isEqualTo(before);
	}

	@Test
	void anyCraftsmanMayBeInvitedAndTheProvinceMayUseACitysSeries() {
		long hangzhous = series(this.hangzhou, orgUnitId("杭州市总工会"));

		schedule(this.hangzhou, this.classroom, hangzhous, craftsman("刘国强")).path("scheduleLecture.lecture.id")
			.hasValue();
		this.topic = this.topic + " 省";
		this.day = this.day.plusDays(1);
		schedule(as("demo-organizer-zhejiang"), this.classroom, hangzhous, craftsman("周海军"))
			.path("scheduleLecture.lecture.id")
			.hasValue();

		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM lecture WHERE series_id = ?", Integer.class, hangzhous))
			.isEqualTo(2);
	}

	@Test
	void aReferenceToNothingIsNotFoundNamingWhat() {
		schedule(this.hangzhou, this.classroom, 999_999_999L, craftsman("赵敏")).errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("Lecture series"));
		schedule(this.hangzhou, 999_999_999L, null, craftsman("赵敏")).errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("Classroom"));
		this.hangzhou.document(CREATE_SERIES)
			.variable("unit", 999_999_999L)
			.variable("name", this.topic)
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("Org unit"));
		this.hangzhou.document("""
				mutation($input: CreateClassroomInput!) { createClassroom(input: $input) { classroom { id } } }
				""")
			.variable("input", Map.of("orgUnitId", 999_999_999L, "name", this.topic, "mode", "ONLINE"))
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("Org unit"));

		assertThat(lecturesTitled()).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM lecture_series WHERE name = ?", Integer.class,
				this.topic))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM classroom WHERE name = ?", Integer.class, this.topic))
			.isZero();
	}

	private GraphQlTester.Response schedule(HttpGraphQlTester organizer, long classroomId, Long seriesId,
			long lecturer) {
		Map<String, Object> input = new HashMap<>(
				Map.of("classroomId", classroomId, "lecturerIds", List.of(lecturer), "topic", this.topic, "startsAt",
						ZonedDateTime.of(this.day, LocalTime.of(19, 0), SHANGHAI).toOffsetDateTime().toString(),
						"durationMinutes", 30));
		if (seriesId != null) {
			input.put("seriesId", seriesId);
		}
		return organizer.document(SCHEDULE).variable("input", input).execute();
	}

	private long series(HttpGraphQlTester organizer, long orgUnitId) {
		return Long.parseLong(organizer.document(CREATE_SERIES)
			.variable("unit", orgUnitId)
			.variable("name", "系列 " + UUID.randomUUID())
			.execute()
			.path("createLectureSeries.series.id")
			.entity(String.class)
			.get());
	}

	private long craftsman(String name) {
		return this.jdbc.queryForObject("SELECT id FROM craftsman WHERE name = ?", Long.class, name);
	}

	private int lecturesTitled() {
		return this.jdbc.queryForObject("SELECT count(*) FROM lecture WHERE topic LIKE ?", Integer.class,
				this.topic + "%");
	}

}
