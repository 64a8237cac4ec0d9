package cn.zjgh.portal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import cn.zjgh.portal.CorpusJson.Raw;
import cn.zjgh.portal.CorpusSchema.InputValue;
import cn.zjgh.portal.CorpusSchema.NamedType;
import cn.zjgh.portal.CorpusSchema.TypeRef;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plausible values for every argument and input field, so that a document is valid but
 * for the one value the corpus varies: ids of demo rows in Hangzhou (where the Hangzhou
 * organizer and demo-worker-1 may act), and for each kind of id one of another unit or
 * user (Ningbo, the province, another worker). A few rows are created first so that every
 * mutation has something to act on: a draft and a published event with sign-up questions,
 * demo-worker-1's registration and booking, a draft story and a comment, a report on a
 * Ningbo service station. A worker applies to an enterprise union, and organizers review
 * a demo worker's open application. demo-worker-1 asks for help three times: one request
 * waits, one is accepted and one closed by the Hangzhou organizer; the other unit's
 * request is a demo one in Ningbo.
 */
final class CorpusFixtures {

	enum Kind {

		UNIT, USER, EVENT, DRAFT_EVENT, QUIZ_EVENT, SEASON, GROUP, ROOM, BOOKING, LECTURE, CLASSROOM, SERIES, CRAFTSMAN,
		STORY, DRAFT_STORY, REVIEW_STORY, COMMENT, ENTERPRISE, APPLICATION, STATION, STATION_ISSUE, HELP_WAITING,
		HELP_ACCEPTED, HELP_CLOSED

	}

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** Optional fields without which the base document would be refused. */
	private static final Set<String> ALWAYS = Set.of("SignUpQuestionInput.options", "CreateClassroomInput.address",
			"CreateClassroomInput.lat", "CreateClassroomInput.lng", "CreateServiceStationInput.openingHours");

	private final Map<Kind, Long> home = new EnumMap<>(Kind.class);

	private final Map<Kind, Long> other = new EnumMap<>(Kind.class);

	private final LocalDate today = LocalDate.now(SHANGHAI);

	private final OffsetDateTime eventStart = OffsetDateTime.now(SHANGHAI)
		.truncatedTo(ChronoUnit.HOURS)
		.plusDays(10)
		.withOffsetSameInstant(ZoneOffset.ofHours(8));

	/** A Monday far enough ahead that nothing else is scheduled then. */
	private final LocalDate farMonday = LocalDate.now(SHANGHAI)
		.plusWeeks(300)
		.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

	private int eventVersion;

	private String attendeeCode = "NOSUCHCODE";

	private String deskCode = "000000";

	private String lectureCode = "NOSUCHCODE";

	private final List<String> notes = new ArrayList<>();

	/**
	 * Looks the demo rows up and creates the few rows that are missing.
	 * @param jdbc to look demo rows up
	 * @param organizer sends a document with variables as the Hangzhou organizer
	 * @param worker the same as demo-worker-1
	 * @param otherWorker the same as demo-worker-2
	 */
	CorpusFixtures(JdbcTemplate jdbc, BiFunction<String, Map<String, Object>, JsonNode> organizer,
			BiFunction<String, Map<String, Object>, JsonNode> worker,
			BiFunction<String, Map<String, Object>, JsonNode> otherWorker) {
		this.home.put(Kind.UNIT, id(jdbc, "SELECT id FROM org_unit WHERE name = '杭州市总工会'"));
		this.other.put(Kind.UNIT, id(jdbc, "SELECT id FROM org_unit WHERE name = '宁波市总工会'"));
		this.home.put(Kind.ENTERPRISE, id(jdbc, "SELECT id FROM org_unit WHERE name = '杭州龙井茶业集团有限公司工会'"));
		this.other.put(Kind.ENTERPRISE, id(jdbc, "SELECT id FROM org_unit WHERE name = '宁波港城精密机械有限公司工会'"));
		this.home.put(Kind.APPLICATION, id(jdbc, """
				SELECT a.id FROM membership_application a JOIN app_user u ON u.id = a.user_id
				WHERE u.openid = 'demo-rider-1' AND a.status = 'PENDING'
				"""));
		this.other.put(Kind.APPLICATION, id(jdbc, """
				SELECT a.id FROM membership_application a JOIN app_user u ON u.id = a.user_id
				WHERE u.openid = 'demo-driver-1' AND a.status = 'PENDING'
				"""));
		this.home.put(Kind.STATION, id(jdbc, "SELECT id FROM service_station WHERE name = '湖滨暖心驿站'"));
		this.other.put(Kind.STATION, id(jdbc, "SELECT id FROM service_station WHERE name = '宁波天一广场暖心驿站'"));
		this.home.put(Kind.STATION_ISSUE, id(jdbc, """
				SELECT min(i.id) FROM station_issue i JOIN service_station s ON s.id = i.station_id
				WHERE s.name = '长河街道骑手驿站' AND i.status = 'OPEN'
				"""));
		for (Kind kind : List.of(Kind.HELP_WAITING, Kind.HELP_ACCEPTED, Kind.HELP_CLOSED)) {
			this.home.put(kind, helpRequestId(jdbc, "demo-worker-3"));
			this.other.put(kind, helpRequestId(jdbc, "demo-driver-1"));
		}
		this.home.put(Kind.USER, id(jdbc, "SELECT id FROM app_user WHERE openid = 'demo-worker-1'"));
		this.other.put(Kind.USER, id(jdbc, "SELECT id FROM app_user WHERE openid = 'demo-organizer-ningbo'"));
		this.home.put(Kind.EVENT, id(jdbc, "SELECT id FROM event WHERE title = '“韵动四季”杭州市职工乒乓球联赛（秋季赛）'"));
		this.other.put(Kind.EVENT, id(jdbc, "SELECT id FROM event WHERE title = '宁波市职工乒乓球联赛（鄞州赛区）'"));
		this.other.put(Kind.DRAFT_EVENT, this.other.get(Kind.EVENT));
		this.other.put(Kind.QUIZ_EVENT, this.other.get(Kind.EVENT));
		this.home.put(Kind.SEASON, id(jdbc, "SELECT min(id) FROM season"));
		this.home.put(Kind.GROUP, id(jdbc, "SELECT id FROM interest_group WHERE name = '杭州职工乒乓球兴趣小组'"));
		this.other.put(Kind.GROUP, id(jdbc, "SELECT id FROM interest_group WHERE name = '宁波职工摄影协会'"));
		this.home.put(Kind.ROOM, id(jdbc, "SELECT id FROM reading_room WHERE name = '西溪街道职工书屋'"));
		this.other.put(Kind.ROOM, id(jdbc, "SELECT id FROM reading_room WHERE name = '宁波市职工书屋'"));
		this.other.put(Kind.BOOKING, id(jdbc, """
				SELECT min(b.id) FROM booking b JOIN app_user u ON u.id = b.user_id WHERE u.openid = 'demo-fan-001'
				"""));
		this.home.put(Kind.CLASSROOM, id(jdbc, "SELECT id FROM classroom WHERE name = '杭州市职工文化中心报告厅'"));
		this.other.put(Kind.CLASSROOM, id(jdbc, "SELECT id FROM classroom WHERE name = '浙江职工云课堂'"));
		this.home.put(Kind.LECTURE, id(jdbc, "SELECT min(id) FROM lecture WHERE topic = '一片茶叶的手艺'"));
		this.other.put(Kind.LECTURE, id(jdbc, "SELECT min(id) FROM lecture WHERE topic = '劳动精神与职业规划'"));
		this.home.put(Kind.SERIES, id(jdbc, "SELECT id FROM lecture_series WHERE name = '班前十分钟'"));
		this.other.put(Kind.SERIES, id(jdbc, "SELECT id FROM lecture_series WHERE name = '劳模工匠宣讲'"));
		this.home.put(Kind.CRAFTSMAN, id(jdbc, "SELECT min(id) FROM craftsman WHERE name = '陈建华'"));
		this.other.put(Kind.CRAFTSMAN, id(jdbc, "SELECT min(id) FROM craftsman WHERE name = '刘国强'"));
		this.home.put(Kind.STORY, storyId(jdbc, "一根主轴，三十年"));
		this.other.put(Kind.STORY, storyId(jdbc, "焊花里的十年攻关"));
		this.home.put(Kind.REVIEW_STORY, storyId(jdbc, "夜班分拣中心纪事"));
		this.other.put(Kind.REVIEW_STORY, this.other.get(Kind.STORY));
		this.other.put(Kind.DRAFT_STORY, this.other.get(Kind.STORY));
		this.eventVersion = jdbc.queryForObject("SELECT version FROM event WHERE id = ?", Integer.class,
				this.home.get(Kind.EVENT));
		this.attendeeCode = jdbc.queryForObject(
				"SELECT min(check_in_code) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'", String.class,
				this.home.get(Kind.EVENT));
		String code = jdbc.queryForObject("SELECT check_in_code FROM lecture WHERE id = ?", String.class,
				this.home.get(Kind.LECTURE));
		this.lectureCode = (code != null) ? code : this.lectureCode;
		createRows(jdbc, organizer, worker, otherWorker);
	}

	private void createRows(JdbcTemplate jdbc, BiFunction<String, Map<String, Object>, JsonNode> organizer,
			BiFunction<String, Map<String, Object>, JsonNode> worker,
			BiFunction<String, Map<String, Object>, JsonNode> otherWorker) {
		String create = "mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }";
		Map<String, Object> draft = eventInput("语料草稿活动", List.of());
		this.home.put(Kind.DRAFT_EVENT,
				created(organizer.apply(create, Map.of("input", draft)), "createEvent.event.id", Kind.EVENT));
		Map<String, Object> quiz = eventInput("语料报名活动",
				List.of(Map.of("label", "所在单位", "kind", "TEXT", "required", false),
						Map.of("label", "尺码", "kind", "CHOICE", "required", false, "options", List.of("S", "M"))));
		long quizId = created(organizer.apply(create, Map.of("input", quiz)), "createEvent.event.id", Kind.EVENT);
		organizer.apply("mutation($id: ID!) { publishEvent(input: {id: $id}) { event { id } } }", Map.of("id", quizId));
		this.home.put(Kind.QUIZ_EVENT, quizId);
		worker.apply("mutation($id: ID!) { registerForEvent(input: {eventId: $id}) { registration { id } } }",
				Map.of("id", this.home.get(Kind.EVENT)));
		JsonNode booked = worker.apply("""
				mutation($room: ID!, $date: Date!) {
				  bookSeat(input: {roomId: $room, date: $date, from: "10:00", to: "11:00"}) { booking { id } } }
				""", Map.of("room", this.home.get(Kind.ROOM), "date", this.today.plusDays(3).toString()));
		Long booking = longAt(booked, "bookSeat.booking.id");
		if (booking == null) {
			booking = id(jdbc, """
					SELECT max(b.id) FROM booking b JOIN app_user u ON u.id = b.user_id
					WHERE u.openid = 'demo-worker-1' AND b.status = 'BOOKED'
					""");
			this.notes.add("bookSeat fixture: " + booked.path("errors") + ", using booking " + booking);
		}
		this.home.put(Kind.BOOKING, (booking != null) ? booking : this.other.get(Kind.BOOKING));
		JsonNode story = organizer.apply("""
				mutation($input: CreateStoryInput!) { createStory(input: $input) { story { id } } }
				""", Map.of("input", Map.of("authorOrgUnitId", this.home.get(Kind.UNIT), "title", "语料草稿故事", "summary",
				"语料", "body", "## 语料\n\n正文", "craftsmanIds", List.of(this.home.get(Kind.CRAFTSMAN)))));
		this.home.put(Kind.DRAFT_STORY, created(story, "createStory.story.id", Kind.STORY));
		JsonNode comment = otherWorker.apply("""
				mutation($id: ID!) { commentOnStory(input: {storyId: $id, text: "语料评论"}) { comment { id } } }
				""", Map.of("id", this.home.get(Kind.STORY)));
		Long commentId = longAt(comment, "commentOnStory.comment.id");
		if (commentId == null) {
			this.notes.add("commentOnStory fixture: " + comment.path("errors"));
			commentId = id(jdbc, "SELECT max(id) FROM story_comment");
		}
		this.home.put(Kind.COMMENT, commentId);
		JsonNode issue = otherWorker.apply("""
				mutation($id: ID!) { reportStationIssue(input: {stationId: $id, kind: NO_WATER}) { issue { id } } }
				""", Map.of("id", this.other.get(Kind.STATION)));
		Long issueId = longAt(issue, "reportStationIssue.issue.id");
		if (issueId == null) {
			this.notes.add("reportStationIssue fixture: " + issue.path("errors"));
		}
		this.other.put(Kind.STATION_ISSUE, issueId);
		createHelpRequests(organizer, worker);
		JsonNode room = organizer.apply("query($id: ID!) { readingRoom(id: $id) { deskCode } }",
				Map.of("id", this.home.get(Kind.ROOM)));
		JsonNode desk = room.path("data").path("readingRoom").path("deskCode");
		if (desk.isString()) {
			this.deskCode = desk.asString();
		}
	}

	private void createHelpRequests(BiFunction<String, Map<String, Object>, JsonNode> organizer,
			BiFunction<String, Map<String, Object>, JsonNode> worker) {
		String submit = """
				mutation($input: SubmitHelpRequestInput!) { submitHelpRequest(input: $input) { helpRequest { id } } }
				""";
		Map<String, Object> input = Map.of("input", Map.of("category", "OTHER", "description", "语料诉求"));
		for (Kind kind : List.of(Kind.HELP_WAITING, Kind.HELP_ACCEPTED, Kind.HELP_CLOSED)) {
			this.home.put(kind, created(worker.apply(submit, input), "submitHelpRequest.helpRequest.id", kind));
		}
		organizer.apply("mutation($id: ID!) { acceptHelpRequest(input: {id: $id}) { helpRequest { id } } }",
				Map.of("id", this.home.get(Kind.HELP_ACCEPTED)));
		organizer.apply("mutation($id: ID!) { acceptHelpRequest(input: {id: $id}) { helpRequest { id } } }",
				Map.of("id", this.home.get(Kind.HELP_CLOSED)));
		organizer.apply("""
				mutation($id: ID!) { closeHelpRequest(input: {id: $id, outcome: "语料办结"}) { helpRequest { id } } }
				""", Map.of("id", this.home.get(Kind.HELP_CLOSED)));
	}

	private long created(JsonNode response, String path, Kind fallback) {
		Long id = longAt(response, path);
		if (id == null) {
			this.notes.add(path + " fixture: " + response.path("errors") + ", using a demo row instead");
			return this.home.get(fallback);
		}
		return id;
	}

	private Map<String, Object> eventInput(String title, List<Map<String, Object>> questions) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("orgUnitId", this.home.get(Kind.UNIT));
		input.put("title", title);
		input.put("summary", "语料");
		input.put("kind", "DEMONSTRATION");
		input.put("category", "SPORTS");
		input.put("venue", Map.of("name", "职工文化中心", "address", "湖墅南路 201 号", "cityCode", "330100", "lat", 30.2765,
				"lng", 120.156));
		input.put("startsAt", this.eventStart.toString());
		input.put("endsAt", this.eventStart.plusHours(2).toString());
		input.put("registrationOpensAt", OffsetDateTime.now(SHANGHAI).minusHours(1).toString());
		input.put("registrationClosesAt", this.eventStart.minusDays(1).toString());
		input.put("capacity", 10);
		input.put("questions", questions);
		return input;
	}

	List<String> notes() {
		return this.notes;
	}

	/** The kind of row an ID position refers to, from its name and where it sits. */
	static Kind kindOf(String owner, String field) {
		String name = field.toLowerCase(Locale.ROOT);
		if (name.equals("id")) {
			return switch (owner) {
				case "orgUnit" -> Kind.UNIT;
				case "event", "UpdateEventInput", "CancelEventInput" -> Kind.EVENT;
				case "PublishEventInput" -> Kind.DRAFT_EVENT;
				case "readingRoom" -> Kind.ROOM;
				case "CancelBookingInput", "BookingRefInput" -> Kind.BOOKING;
				case "lecture", "UpdateLectureInput", "CancelLectureInput" -> Kind.LECTURE;
				case "craftsman" -> Kind.CRAFTSMAN;
				case "UpdateClassroomInput" -> Kind.CLASSROOM;
				case "UpdateLectureSeriesInput" -> Kind.SERIES;
				case "SubmitStoryInput" -> Kind.DRAFT_STORY;
				case "PublishStoryInput", "RejectStoryInput" -> Kind.REVIEW_STORY;
				case "HideCommentInput" -> Kind.COMMENT;
				case "ReviewMembershipApplicationInput" -> Kind.APPLICATION;
				case "serviceStation" -> Kind.STATION;
				case "ResolveStationIssueInput" -> Kind.STATION_ISSUE;
				case "AcceptHelpRequestInput" -> Kind.HELP_WAITING;
				case "helpRequest", "ReplyToHelpRequestInput", "TransferHelpRequestInput", "CloseHelpRequestInput" ->
					Kind.HELP_ACCEPTED;
				case "RateHelpRequestInput" -> Kind.HELP_CLOSED;
				default -> owner.toLowerCase(Locale.ROOT).contains("story") ? Kind.STORY : null;
			};
		}
		if (name.equals("orgunitid") && owner.equals("ApplyForMembershipInput")) {
			return Kind.ENTERPRISE;
		}
		if (name.equals("parentid") || name.contains("orgunitid")) {
			return Kind.UNIT;
		}
		if (name.equals("userid")) {
			return Kind.USER;
		}
		if (name.equals("eventid")) {
			return owner.equals("RegisterForEventInput") ? Kind.QUIZ_EVENT : Kind.EVENT;
		}
		if (name.equals("seasonid")) {
			return Kind.SEASON;
		}
		if (name.contains("groupid")) {
			return Kind.GROUP;
		}
		if (name.equals("roomid")) {
			return Kind.ROOM;
		}
		if (name.equals("lectureid")) {
			return Kind.LECTURE;
		}
		if (name.equals("classroomid")) {
			return Kind.CLASSROOM;
		}
		if (name.equals("seriesid")) {
			return Kind.SERIES;
		}
		if (name.startsWith("lecturerid") || name.startsWith("craftsmanid")) {
			return Kind.CRAFTSMAN;
		}
		if (name.equals("storyid")) {
			return Kind.STORY;
		}
		if (name.equals("stationid")) {
			return Kind.STATION;
		}
		return null;
	}

	/** An id of the same kind that is not the caller's to act on, or null. */
	Object otherUnit(String owner, String field) {
		Kind kind = kindOf(owner, field);
		Long id = (kind != null) ? this.other.get(kind) : null;
		return (id != null) ? Raw.string(id.toString()) : null;
	}

	/** A valid value for a position of the given type. */
	Object plausible(CorpusSchema schema, String owner, String field, TypeRef type, int depth) {
		TypeRef nullable = type.nullable();
		if (nullable.isList()) {
			Object element = plausible(schema, owner, field, nullable.element(), depth);
			if (field.equals("options")) {
				return new ArrayList<>(List.of(Raw.string("S"), Raw.string("M")));
			}
			if (field.equals("openingHours")) {
				List<Object> week = new ArrayList<>();
				for (int day = 1; day <= 7; day++) {
					Map<String, Object> hours = new LinkedHashMap<>();
					hours.put("weekday", Raw.of(day));
					hours.put("opens", Raw.string("08:00"));
					hours.put("closes", Raw.string("21:00"));
					week.add(hours);
				}
				return week;
			}
			return (element != null) ? new ArrayList<>(List.of(element)) : new ArrayList<>();
		}
		NamedType named = schema.type(nullable);
		if ("INPUT_OBJECT".equals(named.kind())) {
			return (depth > 4) ? null : object(schema, named, depth + 1);
		}
		if ("ENUM".equals(named.kind())) {
			return Raw.string(enumValue(owner, field, named.enumValues()));
		}
		return scalar(owner, field, named.name());
	}

	/** The required fields of an input object, with plausible values. */
	Map<String, Object> object(CorpusSchema schema, NamedType type, int depth) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (InputValue field : type.inputFields()) {
			if (field.required() || ALWAYS.contains(type.name() + "." + field.name())) {
				object.put(field.name(), plausible(schema, type.name(), field.name(), field.type(), depth));
			}
		}
		return object;
	}

	private static String enumValue(String owner, String field, List<String> values) {
		List<String> preferred = switch (field) {
			case "kind" -> owner.equals("SignUpQuestionInput") ? List.of("CHOICE") : List.of("DEMONSTRATION");
			case "mode" -> List.of("OFFLINE");
			case "category" -> List.of("SPORTS");
			case "audience" -> List.of("PUBLIC");
			default -> List.of();
		};
		return preferred.stream().filter(values::contains).findFirst().orElse(values.get(0));
	}

	private Object scalar(String owner, String field, String type) {
		String name = field.toLowerCase(Locale.ROOT);
		switch (type) {
			case "ID" -> {
				if (name.equals("questionid")) {
					return Raw.string("q1");
				}
				Kind kind = kindOf(owner, field);
				Long id = (kind != null) ? this.home.get(kind) : null;
				return Raw.string((id != null) ? id.toString() : "1");
			}
			case "Int" -> {
				return Raw.of(switch (name) {
					case "first" -> 5;
					case "version" -> this.eventVersion;
					case "seatno", "powersocketseats", "accessibleseats" -> 7;
					case "weekday", "weekdays" -> 1;
					case "durationminutes" -> 30;
					case "stars" -> 5;
					case "bookinghorizondays" -> 7;
					case "slotminutes" -> 60;
					default -> 10;
				});
			}
			case "Float" -> {
				return Raw.of(name.equals("lat") ? "30.2765" : name.equals("lng") ? "120.156" : "5");
			}
			case "Boolean" -> {
				return new Raw(name.equals("required") ? "false" : "true");
			}
			case "Date" -> {
				return Raw.string(date(owner, name).toString());
			}
			case "DateTime" -> {
				return Raw.string(dateTime(owner, name).toString());
			}
			default -> {
				return Raw.string(string(owner, name));
			}
		}
	}

	private LocalDate date(String owner, String name) {
		return switch (owner + "." + name) {
			case "BookSeatInput.date" -> this.today.plusDays(3);
			case "CloseReadingRoomInput.date" -> this.today.plusDays(5);
			case "lectureDays.from", "EventFilter.from" -> this.today;
			case "lectureDays.to" -> this.today.plusDays(7);
			case "EventFilter.to" -> this.today.plusDays(30);
			case "lectureReport.from", "helpRequestReport.from" -> this.today.minusDays(30);
			case "lectureReport.to", "helpRequestReport.to" -> this.today;
			case "ScheduleLectureSeriesInput.firstdate" -> this.farMonday;
			case "ScheduleLectureSeriesInput.lastdate" -> this.farMonday.plusDays(6);
			default -> this.today.plusDays(1);
		};
	}

	private OffsetDateTime dateTime(String owner, String name) {
		OffsetDateTime now = OffsetDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
		return switch (name) {
			case "startsat" -> owner.startsWith("ScheduleLecture")
					? this.farMonday.atTime(9, 0).atOffset(ZoneOffset.ofHours(8)) : this.eventStart;
			case "endsat" -> this.eventStart.plusHours(2);
			case "registrationopensat" -> now.minusHours(1);
			case "registrationclosesat" -> this.eventStart.minusDays(1);
			case "to" -> now.plusDays(14);
			case "from", "openat" -> now;
			default -> now.plusDays(1);
		};
	}

	private String string(String owner, String name) {
		switch (name) {
			case "code" -> {
				return switch (owner) {
					case "LoginInput" -> "demo-worker-1";
					case "BindPhoneInput" -> "demo-phone-13800000001";
					case "CheckInAttendeeInput" -> (this.attendeeCode != null) ? this.attendeeCode : "NOSUCHCODE";
					case "CheckInBookingInput" -> this.deskCode;
					default -> this.lectureCode;
				};
			}
			case "citycode", "city" -> {
				return "330100";
			}
			case "districtcode", "district" -> {
				return "330106";
			}
			case "regioncode" -> {
				return "330106";
			}
			case "coverurl", "liveurl", "replayurl", "photos", "portraiturl" -> {
				return "https://example.com/corpus.jpg";
			}
			case "from" -> {
				return "12:00";
			}
			case "to" -> {
				return "13:00";
			}
			case "opens" -> {
				return "08:00";
			}
			case "closes" -> {
				return "21:00";
			}
			case "starttime" -> {
				return "09:00";
			}
			case "releasetime" -> {
				return "20:00";
			}
			case "value" -> {
				return "西溪";
			}
			case "options" -> {
				return "S";
			}
			case "body" -> {
				return "## 语料\n\n正文";
			}
			case "label" -> {
				return "所在单位";
			}
			default -> {
				return "语料测试";
			}
		}
	}

	private static Long id(JdbcTemplate jdbc, String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	private static Long helpRequestId(JdbcTemplate jdbc, String openid) {
		return jdbc.queryForObject(
				"SELECT min(r.id) FROM help_request r JOIN app_user u ON u.id = r.user_id WHERE u.openid = ?",
				Long.class, openid);
	}

	private static Long storyId(JdbcTemplate jdbc, String title) {
		return jdbc.queryForObject("SELECT min(story_id) FROM story_revision WHERE title = ?", Long.class, title);
	}

	private static Long longAt(JsonNode response, String path) {
		JsonNode node = response.path("data");
		for (String part : path.split("\\.")) {
			node = node.path(part);
		}
		return (node.isString() || node.isNumber()) ? Long.valueOf(node.asString()) : null;
	}

}
