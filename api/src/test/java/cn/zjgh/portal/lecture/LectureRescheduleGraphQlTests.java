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
import java.util.concurrent.ThreadLocalRandom;

import cn.zjgh.portal.PortalGraphQlTests;
import cn.zjgh.portal.wechat.SubscribeMessages;
import cn.zjgh.portal.wechat.WeChatStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class LectureRescheduleGraphQlTests extends PortalGraphQlTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final String SCHEDULE = """
			mutation($input: ScheduleLectureInput!) { scheduleLecture(input: $input) { lecture { id } } }
			""";

	private static final String RESCHEDULE = """
			mutation($input: RescheduleLectureInput!) {
			  rescheduleLecture(input: $input) { lecture { id startsAt endsAt durationMinutes classroom { id } status } }
			}
			""";

	@Autowired
	private Reminders reminders;

	@Autowired
	private WeChatStandIn standIn;

	private HttpGraphQlTester organizer;

	private long classroom;

	private long otherClassroom;

	private LocalDate monday;

	@BeforeEach
	void createClassrooms() {
		this.organizer = as("demo-organizer-hangzhou");
		this.classroom = classroom(this.organizer, "西溪街道总工会", "改期食堂微课堂");
		this.otherClassroom = classroom(this.organizer, "西溪街道总工会", "改期车间微课堂");
		this.monday = LocalDate.now(SHANGHAI)
			.plusWeeks(10 + ThreadLocalRandom.current().nextInt(400))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	@AfterEach
	void resetStandIn() {
		this.standIn.reset();
	}

	@Test
	void aSessionMovesInTimeAndPlaceAndItsRemindersFollow() {
		long chen = craftsman("陈建华");
		String id = schedule(this.classroom, chen, "会改期的一场", "09:00", 60);
		String worker = "demo-rescheduled-" + ThreadLocalRandom.current().nextInt(1_000_000);
		as(worker).document("mutation($id: ID!) { remindMe(input: {lectureId: $id}) { lecture { remindMe } } }")
			.variable("id", id)
			.execute()
			.path("remindMe.lecture.remindMe")
			.entity(Boolean.class)
			.isEqualTo(true);
		this.clock.setInstant(ZonedDateTime.of(this.monday, LocalTime.of(8, 46), SHANGHAI).toInstant());
		assertThat(this.reminders.queueDue()).isEqualTo(1);

		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		organizer.document(RESCHEDULE)
			.variable("input", input(id, "09:30", "10:45", this.otherClassroom))
			.execute()
			.path("rescheduleLecture.lecture.startsAt")
			.entity(String.class)
			.satisfies((startsAt) -> assertThat(ZonedDateTime.parse(startsAt).toInstant()).isEqualTo(instant("09:30")))
			.path("rescheduleLecture.lecture.durationMinutes")
			.entity(Integer.class)
			.isEqualTo(75)
			.path("rescheduleLecture.lecture.classroom.id")
			.entity(Long.class)
			.isEqualTo(this.otherClassroom);
		assertThat(this.jdbc.queryForObject(
				"SELECT lower(during) = (SELECT starts_at FROM lecture WHERE id = ?) FROM lecture_lecturer WHERE lecture_id = ?",
				Boolean.class, Long.parseLong(id), Long.parseLong(id)))
			.isTrue();
		assertThat(this.jdbc.queryForObject("SELECT status FROM lecture_reminder WHERE lecture_id = ?", String.class,
				Long.parseLong(id)))
			.isEqualTo("PENDING");
		// the freed classroom takes another session at the old time; the lecturer is free
		// then too
		this.organizer = organizer;
		schedule(this.classroom, chen, "原时段的新一场", "09:00", 20);

		assertThat(this.reminders.queueDue()).isZero();
		this.clock.setInstant(ZonedDateTime.of(this.monday, LocalTime.of(9, 16), SHANGHAI).toInstant());
		assertThat(this.reminders.queueDue()).isEqualTo(1);
		sendQueuedSubscribeMessages();
		assertThat(this.standIn.subscribeMessages()).filteredOn((message) -> worker.equals(message.get("touser")))
			.extracting((message) -> message.get("template_id"))
			.containsExactly("demo-tmpl-lecture-reminder", "demo-tmpl-lecture-rescheduled",
					"demo-tmpl-lecture-reminder");
	}

	@Test
	void aMoveIntoABusyClassroomOrForABusyLecturerIsRefusedAndNothingChanges() {
		long chen = craftsman("陈建华");
		long wang = craftsman("王秀芳");
		String id = schedule(this.classroom, chen, "要挪的一场", "09:00", 60);
		String busyRoom = schedule(this.otherClassroom, wang, "占课堂", "14:00", 60);
		schedule(this.otherClassroom, chen, "占主讲人", "16:00", 60);

		expect(this.organizer.document(RESCHEDULE)
			.variable("input", input(id, "14:30", "15:00", this.otherClassroom))
			.execute(), "CLASSROOM_BUSY", null, "占课堂");
		expect(this.organizer.document(RESCHEDULE).variable("input", input(id, "16:30", "17:00", null)).execute(),
				"LECTURER_BUSY", null, "陈建华");
		assertThat(startsAt(id)).isEqualTo(instant("09:00"));
		assertThat(busyRoom).isNotBlank();

		// overlapping its own old time is no clash
		this.organizer.document(RESCHEDULE)
			.variable("input", input(id, "09:30", "10:30", null))
			.execute()
			.path("rescheduleLecture.lecture.id")
			.entity(String.class)
			.isEqualTo(id);
	}

	@Test
	void onlyOrganizersOfBothClassroomsMayMoveASession() {
		String id = schedule(this.classroom, craftsman("赵敏"), "范围内的一场", "11:00", 30);
		HttpGraphQlTester ningbo = as("demo-organizer-ningbo");
		long ningboRoom = classroom(ningbo, "宁波市总工会", "宁波微课堂");
		expect(ningbo.document(RESCHEDULE).variable("input", input(id, "12:00", "12:30", null)).execute(), "FORBIDDEN",
				null, null);
		expect(this.organizer.document(RESCHEDULE).variable("input", input(id, "12:00", "12:30", ningboRoom)).execute(),
				"FORBIDDEN", null, null);
		expect(as("demo-worker-3").document(RESCHEDULE).variable("input", input(id, "12:00", "12:30", null)).execute(),
				"FORBIDDEN", null, null);
		assertThat(startsAt(id)).isEqualTo(instant("11:00"));
		assertThat(this.jdbc.queryForObject("SELECT classroom_id FROM lecture WHERE id = ?", Long.class,
				Long.parseLong(id)))
			.isEqualTo(this.classroom);
	}

	@Test
	void badTimesAndMissingOrCancelledSessionsAreRefused() {
		String id = schedule(this.classroom, craftsman("孙丽萍"), "时间不对的一场", "15:00", 30);
		expect(this.organizer.document(RESCHEDULE).variable("input", input(id, "15:00", "14:00", null)).execute(),
				"BAD_USER_INPUT", "endsAt", null);
		expect(this.organizer.document(RESCHEDULE).variable("input", input(id, "15:00", "15:05", null)).execute(),
				"BAD_USER_INPUT", "endsAt", null);
		expect(this.organizer.document(RESCHEDULE).variable("input", input(id, "12:00", "15:01", null)).execute(),
				"BAD_USER_INPUT", "endsAt", null);
		Map<String, Object> past = new HashMap<>(input(id, "15:00", "15:30", null));
		past.put("startsAt", "2020-01-06T09:00:00+08:00");
		past.put("endsAt", "2020-01-06T09:30:00+08:00");
		expect(this.organizer.document(RESCHEDULE).variable("input", past).execute(), "BAD_USER_INPUT", "startsAt",
				null);
		expect(this.organizer.document(RESCHEDULE)
			.variable("input", input("987654321", "15:00", "15:30", null))
			.execute(), "NOT_FOUND", null, null);
		expect(this.organizer.document(RESCHEDULE).variable("input", input(id, "15:00", "15:30", 987654321L)).execute(),
				"NOT_FOUND", null, null);
		assertThat(startsAt(id)).isEqualTo(instant("15:00"));

		this.organizer
			.document("mutation($id: ID!) { cancelLecture(input: {id: $id, reason: \"停电\"}) { lecture { status } } }")
			.variable("id", id)
			.execute()
			.path("cancelLecture.lecture.status")
			.entity(String.class)
			.isEqualTo("CANCELLED");
		expect(this.organizer.document(RESCHEDULE).variable("input", input(id, "16:00", "16:30", null)).execute(),
				"BAD_USER_INPUT", "id", null);
	}

	private Map<String, Object> input(String id, String from, String to, Long classroomId) {
		Map<String, Object> input = new HashMap<>();
		input.put("id", id);
		input.put("startsAt", at(from));
		input.put("endsAt", at(to));
		if (classroomId != null) {
			input.put("classroomId", classroomId);
		}
		return input;
	}

	private String schedule(long classroomId, long lecturer, String topic, String time, int minutes) {
		return this.organizer.document(SCHEDULE)
			.variable("input",
					Map.of("classroomId", classroomId, "lecturerIds", List.of(lecturer), "topic", topic, "startsAt",
							at(time), "durationMinutes", minutes))
			.execute()
			.path("scheduleLecture.lecture.id")
			.entity(String.class)
			.get();
	}

	private long classroom(HttpGraphQlTester organizer, String unit, String name) {
		return Long.parseLong(organizer.document("""
				mutation($input: CreateClassroomInput!) { createClassroom(input: $input) { classroom { id } } }
				""")
			.variable("input",
					Map.of("orgUnitId", orgUnitId(unit), "name", name + ThreadLocalRandom.current().nextInt(1_000_000),
							"mode", "OFFLINE", "address", "测试地址", "lat", 30.27, "lng", 120.12, "capacity", 50))
			.execute()
			.path("createClassroom.classroom.id")
			.entity(String.class)
			.get());
	}

	private long craftsman(String name) {
		return this.jdbc.queryForObject("SELECT id FROM craftsman WHERE name = ?", Long.class, name);
	}

	private java.time.Instant startsAt(String id) {
		return this.jdbc
			.queryForObject("SELECT starts_at FROM lecture WHERE id = ?", java.time.OffsetDateTime.class,
					Long.parseLong(id))
			.toInstant();
	}

	private java.time.Instant instant(String time) {
		return ZonedDateTime.of(this.monday, LocalTime.parse(time), SHANGHAI).toInstant();
	}

	private String at(String time) {
		return ZonedDateTime.of(this.monday, LocalTime.parse(time), SHANGHAI).toOffsetDateTime().toString();
	}

	private static void expect(GraphQlTester.Response response, String code, String field, String mentioned) {
		response.errors()
			.expect((error) -> code.equals(error.getExtensions().get("code"))
					&& (field == null || field.equals(error.getExtensions().get("field")))
					&& (mentioned == null || error.getMessage().contains(mentioned)));
	}

}
