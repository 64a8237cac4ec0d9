package cn.zjgh.portal.lecture;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

class LectureGraphQlTests extends PortalGraphQlTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final String SCHEDULE = """
			mutation($input: ScheduleLectureInput!) { scheduleLecture(input: $input) { lecture { id topic checkInCode } } }
			""";

	private static final String SCHEDULE_SERIES = """
			mutation($input: ScheduleLectureSeriesInput!) { scheduleLectureSeries(input: $input) { lectures { id startsAt } } }
			""";

	@Autowired
	private Reminders reminders;

	@Autowired
	private WeChatStandIn standIn;

	private HttpGraphQlTester organizer;

	private long classroom;

	private long otherClassroom;

	/** A Monday far enough ahead that no other test or demo session is near it. */
	private LocalDate monday;

	@BeforeEach
	void createClassrooms() {
		this.organizer = as("demo-organizer-hangzhou");
		this.classroom = classroom("测试食堂微课堂");
		this.otherClassroom = classroom("测试车间微课堂");
		this.monday = LocalDate.now(SHANGHAI)
			.plusWeeks(10 + ThreadLocalRandom.current().nextInt(400))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	@AfterEach
	void resetStandIn() {
		this.standIn.reset();
	}

	@Test
	void aClassroomOrALecturerCannotBeInTwoSessionsAtOnceAndTheClashIsNamed() {
		long chen = craftsman("陈建华");
		long wang = craftsman("王秀芳");
		schedule(this.classroom, List.of(chen), "精密装配的五个细节", at(this.monday, "09:00"), 60)
			.path("scheduleLecture.lecture.id")
			.hasValue();

		schedule(this.classroom, List.of(wang), "另一场", at(this.monday, "09:30"), 30).errors()
			.expect((error) -> "CLASSROOM_BUSY".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("精密装配的五个细节"));
		schedule(this.otherClassroom, List.of(chen), "另一场", at(this.monday, "09:59"), 30).errors()
			.expect((error) -> "LECTURER_BUSY".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("陈建华"));
		schedule(this.otherClassroom, List.of(chen), "紧接着的一场", at(this.monday, "10:00"), 30)
			.path("scheduleLecture.lecture.id")
			.hasValue();
	}

	@Test
	void twoOrganizersSchedulingIntoTheSameSlotAtOnceGetOneSession() throws Exception {
		long chen = craftsman("陈建华");
		long wang = craftsman("王秀芳");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<String>> both = new ArrayList<>();
			for (long lecturer : List.of(chen, wang)) {
				both.add(() -> {
					GraphQlTester.Response response = schedule(this.classroom, List.of(lecturer), "抢同一时段",
							at(this.monday, "14:00"), 60);
					try {
						return "OK " + response.path("scheduleLecture.lecture.id").entity(String.class).get();
					}
					catch (AssertionError ex) {
						return ex.getMessage();
					}
				});
			}
			List<String> outcomes = new ArrayList<>();
			for (Future<String> outcome : pool.invokeAll(both)) {
				outcomes.add(outcome.get());
			}
			assertThat(outcomes).filteredOn((outcome) -> outcome.startsWith("OK")).hasSize(1);
			assertThat(outcomes).filteredOn((outcome) -> outcome.contains("CLASSROOM_BUSY")).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM lecture WHERE classroom_id = ? AND topic = '抢同一时段'",
				Integer.class, this.classroom))
			.isEqualTo(1);
	}

	@Test
	void aRecurringSeriesIsScheduledWholeOrNotAtAll() {
		long sun = craftsman("孙丽萍");
		Map<String, Object> fourWeeks = seriesInput(this.classroom, sun, this.monday, this.monday.plusDays(27));
		this.organizer.document(SCHEDULE_SERIES)
			.variable("input", fourWeeks)
			.execute()
			.path("scheduleLectureSeries.lectures")
			.entityList(Object.class)
			.hasSize(20);

		schedule(this.otherClassroom, List.of(craftsman("刘国强")), "占用一天",
				at(this.monday.plusWeeks(6).plusDays(2), "08:05"), 30);
		int before = lecturesIn(this.otherClassroom);
		Map<String, Object> clashing = seriesInput(this.otherClassroom, craftsman("赵敏"), this.monday.plusWeeks(6),
				this.monday.plusWeeks(6).plusDays(4));
		this.organizer.document(SCHEDULE_SERIES)
			.variable("input", clashing)
			.execute()
			.errors()
			.expect((error) -> "CLASSROOM_BUSY".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("占用一天"));
		assertThat(lecturesIn(this.otherClassroom)).isEqualTo(before);
	}

	@Test
	void theScheduleFiltersPagesAndCountsPerDay() {
		long zhao = craftsman("赵敏");
		for (int day = 0; day < 5; day++) {
			schedule(this.classroom, List.of(zhao), "第 " + day + " 场", at(this.monday.plusDays(day), "12:00"), 20);
		}
		String from = at(this.monday, "00:00");
		List<String> topics = new ArrayList<>();
		String after = null;
		do {
			GraphQlTester.Response page = this.graphQlTester
				.document(
						"""
								query($filter: LectureFilter, $after: String) {
								  lectures(filter: $filter, first: 2, after: $after) { edges { node { topic } } pageInfo { hasNextPage endCursor } }
								}
								""")
				.variable("filter", Map.of("classroomId", this.classroom, "from", from))
				.variable("after", after)
				.execute();
			topics.addAll(page.path("lectures.edges[*].node.topic").entityList(String.class).get());
			after = page.path("lectures.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("lectures.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);

		assertThat(topics).containsExactly("第 0 场", "第 1 场", "第 2 场", "第 3 场", "第 4 场");
		String nearFilter = "query($filter: LectureFilter) { lectures(filter: $filter, first: 50) { edges { node { topic } } } }";
		this.graphQlTester.document(nearFilter)
			.variable("filter",
					Map.of("lecturerId", zhao, "from", from, "near", Map.of("lat", 30.28, "lng", 120.13), "radiusKm",
							5))
			.execute()
			.path("lectures.edges")
			.entityList(Object.class)
			.hasSize(5);
		this.graphQlTester.document(nearFilter)
			.variable("filter",
					Map.of("lecturerId", zhao, "from", from, "near", Map.of("lat", 29.87, "lng", 121.54), "radiusKm",
							5))
			.execute()
			.path("lectures.edges")
			.entityList(Object.class)
			.hasSize(0);
		this.graphQlTester
			.document("query($unit: ID) { craftsmen(filter: {orgUnitId: $unit}) { edges { node { name } } } }")
			.variable("unit", orgUnitId("宁波市总工会"))
			.execute()
			.path("craftsmen.edges[*].node.name")
			.entityList(String.class)
			.contains("刘国强", "吴志刚")
			.doesNotContain("赵敏");
		this.graphQlTester
			.document(
					"""
							query($from: Date!, $to: Date!, $filter: LectureFilter) { lectureDays(from: $from, to: $to, filter: $filter) { date count } }
							""")
			.variable("from", this.monday.toString())
			.variable("to", this.monday.plusDays(6).toString())
			.variable("filter", Map.of("lecturerId", zhao))
			.execute()
			.path("lectureDays[*].count")
			.entityList(Integer.class)
			.containsExactly(1, 1, 1, 1, 1);
	}

	@Test
	void oneReminderGoesOutAtTheLeadTimeAndNoneForACancelledSession() {
		long wang = craftsman("王秀芳");
		String kept = schedule(this.classroom, List.of(wang), "会提醒的一场", at(this.monday, "10:00"), 30)
			.path("scheduleLecture.lecture.id")
			.entity(String.class)
			.get();
		String cancelled = schedule(this.otherClassroom, List.of(craftsman("周海军")), "会取消的一场", at(this.monday, "10:00"),
				30)
			.path("scheduleLecture.lecture.id")
			.entity(String.class)
			.get();
		String worker = "demo-listener-" + ThreadLocalRandom.current().nextInt(1_000_000);
		HttpGraphQlTester listener = as(worker);
		for (String id : List.of(kept, cancelled)) {
			listener.document("mutation($id: ID!) { remindMe(input: {lectureId: $id}) { lecture { remindMe } } }")
				.variable("id", id)
				.execute()
				.path("remindMe.lecture.remindMe")
				.entity(Boolean.class)
				.isEqualTo(true);
		}
		this.organizer
			.document(
					"mutation($id: ID!) { cancelLecture(input: {id: $id, reason: \"主讲人出差\"}) { lecture { status } } }")
			.variable("id", cancelled)
			.execute()
			.path("cancelLecture.lecture.status")
			.entity(String.class)
			.isEqualTo("CANCELLED");

		this.clock.setInstant(ZonedDateTime.of(this.monday, LocalTime.of(9, 44), SHANGHAI).toInstant());
		assertThat(this.reminders.queueDue()).isZero();
		this.clock.setInstant(ZonedDateTime.of(this.monday, LocalTime.of(9, 46), SHANGHAI).toInstant());
		assertThat(this.reminders.queueDue()).isEqualTo(1);
		assertThat(this.reminders.queueDue()).isZero();
		sendQueuedSubscribeMessages();

		assertThat(this.standIn.subscribeMessages()).filteredOn((message) -> worker.equals(message.get("touser")))
			.extracting((message) -> message.get("template_id"))
			.containsExactlyInAnyOrder("demo-tmpl-lecture-cancelled", "demo-tmpl-lecture-reminder");
	}

	@Test
	void organizersEditSessionsClassroomsAndSeriesInTheirScopeOnly() {
		String id = schedule(this.classroom, List.of(craftsman("周海军")), "原题目", at(this.monday, "16:30"), 30)
			.path("scheduleLecture.lecture.id")
			.entity(String.class)
			.get();
		String update = "mutation($id: ID!) { updateLecture(input: {id: $id, topic: \"新题目\", replayUrl: \"https://replay.example.com/1\"}) { lecture { topic replayUrl } } }";

		as("demo-organizer-ningbo").document(update)
			.variable("id", id)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
		this.organizer.document(update)
			.variable("id", id)
			.execute()
			.path("updateLecture.lecture.topic")
			.entity(String.class)
			.isEqualTo("新题目")
			.path("updateLecture.lecture.replayUrl")
			.entity(String.class)
			.isEqualTo("https://replay.example.com/1");
		this.organizer.document("""
				mutation($id: ID!) {
				  updateClassroom(input: {id: $id, capacity: 120, liveUrl: "https://live.example.com/room"}) {
				    classroom { capacity liveUrl }
				  }
				}
				""")
			.variable("id", this.classroom)
			.execute()
			.path("updateClassroom.classroom.capacity")
			.entity(Integer.class)
			.isEqualTo(120)
			.path("updateClassroom.classroom.liveUrl")
			.entity(String.class)
			.isEqualTo("https://live.example.com/room");
	}

	@Test
	void workersCheckInOnceAndOrganizersCountAttendees() {
		String id = schedule(this.classroom, List.of(craftsman("刘国强")), "签到的一场", at(this.monday, "15:00"), 60)
			.path("scheduleLecture.lecture.id")
			.entity(String.class)
			.get();
		String code = this.organizer.document("query($id: ID!) { lecture(id: $id) { checkInCode } }")
			.variable("id", id)
			.execute()
			.path("lecture.checkInCode")
			.entity(String.class)
			.get();
		this.graphQlTester.document("query($id: ID!) { lecture(id: $id) { checkInCode } }")
			.variable("id", id)
			.execute()
			.path("lecture.checkInCode")
			.valueIsNull();
		String checkIn = "mutation($code: String!) { checkInLecture(input: {code: $code}) { lecture { attendeeCount } } }";

		as("demo-worker-1").document(checkIn)
			.variable("code", code)
			.execute()
			.errors()
			.expect((error) -> "CHECK_IN_CLOSED".equals(error.getExtensions().get("code")));
		this.clock.setInstant(ZonedDateTime.of(this.monday, LocalTime.of(15, 5), SHANGHAI).toInstant());
		as("demo-worker-1").document(checkIn)
			.variable("code", code)
			.execute()
			.path("checkInLecture.lecture.attendeeCount")
			.entity(Integer.class)
			.isEqualTo(1);
		as("demo-worker-1").document(checkIn)
			.variable("code", code)
			.execute()
			.path("checkInLecture.lecture.attendeeCount")
			.entity(Integer.class)
			.isEqualTo(1);
		as("demo-worker-2").document(checkIn)
			.variable("code", code)
			.execute()
			.path("checkInLecture.lecture.attendeeCount")
			.entity(Integer.class)
			.isEqualTo(2);

		this.organizer.document(
				"query($unit: ID!, $day: Date!) { lectureReport(orgUnitId: $unit, from: $day, to: $day) { sessions attendees } }")
			.variable("unit", orgUnitId("西溪街道总工会"))
			.variable("day", this.monday.toString())
			.execute()
			.path("lectureReport.attendees")
			.entity(Integer.class)
			.satisfies((n) -> assertThat(n).isGreaterThanOrEqualTo(2));
		as("demo-organizer-ningbo").document(
				"query($unit: ID!, $day: Date!) { lectureReport(orgUnitId: $unit, from: $day, to: $day) { sessions } }")
			.variable("unit", orgUnitId("西溪街道总工会"))
			.variable("day", this.monday.toString())
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
	}

	private long classroom(String name) {
		return Long.parseLong(this.organizer.document("""
				mutation($input: CreateClassroomInput!) { createClassroom(input: $input) { classroom { id } } }
				""")
			.variable("input",
					Map.of("orgUnitId", orgUnitId("西溪街道总工会"), "name",
							name + ThreadLocalRandom.current().nextInt(1_000_000), "mode", "OFFLINE", "address",
							"杭州市西湖区", "lat", 30.27, "lng", 120.12, "capacity", 50))
			.execute()
			.path("createClassroom.classroom.id")
			.entity(String.class)
			.get());
	}

	private GraphQlTester.Response schedule(long classroomId, List<Long> lecturers, String topic, String startsAt,
			int minutes) {
		return this.organizer.document(SCHEDULE)
			.variable("input",
					Map.of("classroomId", classroomId, "lecturerIds", lecturers, "topic", topic, "startsAt", startsAt,
							"durationMinutes", minutes))
			.execute();
	}

	private Map<String, Object> seriesInput(long classroomId, long lecturer, LocalDate first, LocalDate last) {
		return Map.of("classroomId", classroomId, "lecturerIds", List.of(lecturer), "topic", "班前十分钟", "firstDate",
				first.toString(), "lastDate", last.toString(), "weekdays", List.of(1, 2, 3, 4, 5), "startTime", "08:00",
				"durationMinutes", 10);
	}

	private long craftsman(String name) {
		return this.jdbc.queryForObject("SELECT id FROM craftsman WHERE name = ?", Long.class, name);
	}

	private int lecturesIn(long classroomId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM lecture WHERE classroom_id = ?", Integer.class,
				classroomId);
	}

	private static String at(LocalDate day, String time) {
		return ZonedDateTime.of(day, LocalTime.parse(time), SHANGHAI).toOffsetDateTime().toString();
	}

}
