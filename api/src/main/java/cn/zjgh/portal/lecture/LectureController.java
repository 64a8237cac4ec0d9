package cn.zjgh.portal.lecture;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.lecture.LectureInputs.CancelLectureInput;
import cn.zjgh.portal.lecture.LectureInputs.CheckInLectureInput;
import cn.zjgh.portal.lecture.LectureInputs.ClassroomPayload;
import cn.zjgh.portal.lecture.LectureInputs.CraftsmanFilter;
import cn.zjgh.portal.lecture.LectureInputs.CreateClassroomInput;
import cn.zjgh.portal.lecture.LectureInputs.CreateLectureSeriesInput;
import cn.zjgh.portal.lecture.LectureInputs.LectureDay;
import cn.zjgh.portal.lecture.LectureInputs.LectureFilter;
import cn.zjgh.portal.lecture.LectureInputs.LecturePayload;
import cn.zjgh.portal.lecture.LectureInputs.LectureRef;
import cn.zjgh.portal.lecture.LectureInputs.LecturesPayload;
import cn.zjgh.portal.lecture.LectureInputs.ScheduleLectureInput;
import cn.zjgh.portal.lecture.LectureInputs.ScheduleLectureSeriesInput;
import cn.zjgh.portal.lecture.LectureInputs.SeriesPayload;
import cn.zjgh.portal.lecture.LectureMapper.LecturerRow;
import cn.zjgh.portal.lecture.LectureMapper.Report;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.PageRequest;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class LectureController {

	private final Schedule schedule;

	private final LectureScheduling scheduling;

	private final Reminders reminders;

	private final LectureMapper lectures;

	private final ClassroomMapper classrooms;

	private final LectureSeriesMapper series;

	private final CraftsmanMapper craftsmen;

	private final ReminderMapper reminderRows;

	private final OrgUnitDirectory orgUnits;

	LectureController(Schedule schedule, LectureScheduling scheduling, Reminders reminders, LectureMapper lectures,
			ClassroomMapper classrooms, LectureSeriesMapper series, CraftsmanMapper craftsmen,
			ReminderMapper reminderRows, OrgUnitDirectory orgUnits) {
		this.schedule = schedule;
		this.scheduling = scheduling;
		this.reminders = reminders;
		this.lectures = lectures;
		this.classrooms = classrooms;
		this.series = series;
		this.craftsmen = craftsmen;
		this.reminderRows = reminderRows;
		this.orgUnits = orgUnits;
	}

	@QueryMapping
	Connection<Lecture> lectures(@Argument @Valid LectureFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.schedule.page(filter, PageRequest.of(first, after));
	}

	@QueryMapping
	Lecture lecture(@Argument long id) {
		return this.lectures.selectById(id);
	}

	@QueryMapping
	List<LectureDay> lectureDays(@Argument LocalDate from, @Argument LocalDate to,
			@Argument @Valid LectureFilter filter) {
		return this.schedule.days(from, to, filter);
	}

	@QueryMapping
	Connection<Classroom> classrooms(@Argument Long orgUnitId, @Argument LectureMode mode, @Argument Integer first,
			@Argument String after) {
		PageRequest page = PageRequest.of(first, after);
		Long afterId = page.afterId();
		return Connection.of(this.classrooms.findPage(orgUnitId, mode, afterId, page.fetchSize()), page,
				(classroom) -> Cursor.of(classroom.getId()));
	}

	@QueryMapping
	Connection<LectureSeries> lectureSeries(@Argument Long orgUnitId, @Argument Integer first, @Argument String after) {
		PageRequest page = PageRequest.of(first, after);
		Long afterId = page.afterId();
		return Connection.of(this.series.findPage(orgUnitId, afterId, page.fetchSize()), page,
				(found) -> Cursor.of(found.getId()));
	}

	@QueryMapping
	Connection<Craftsman> craftsmen(@Argument @Valid CraftsmanFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.schedule.craftsmen(filter, PageRequest.of(first, after));
	}

	@QueryMapping
	Craftsman craftsman(@Argument long id) {
		return this.craftsmen.selectById(id);
	}

	@QueryMapping
	Connection<Lecture> myReminders(@Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.reminders.mine(caller, PageRequest.of(first, after));
	}

	@QueryMapping
	Report lectureReport(@Argument long orgUnitId, @Argument LocalDate from, @Argument LocalDate to,
			@AuthenticationPrincipal Caller caller) {
		return this.schedule.report(caller, orgUnitId, from, to);
	}

	@MutationMapping
	ClassroomPayload createClassroom(@Argument @Valid CreateClassroomInput input,
			@AuthenticationPrincipal Caller caller) {
		return new ClassroomPayload(this.scheduling.createClassroom(caller, input));
	}

	@MutationMapping
	SeriesPayload createLectureSeries(@Argument @Valid CreateLectureSeriesInput input,
			@AuthenticationPrincipal Caller caller) {
		return new SeriesPayload(this.scheduling.createSeries(caller, input));
	}

	@MutationMapping
	LecturePayload scheduleLecture(@Argument @Valid ScheduleLectureInput input,
			@AuthenticationPrincipal Caller caller) {
		return new LecturePayload(this.scheduling.schedule(caller, input));
	}

	@MutationMapping
	LecturesPayload scheduleLectureSeries(@Argument @Valid ScheduleLectureSeriesInput input,
			@AuthenticationPrincipal Caller caller) {
		return new LecturesPayload(this.scheduling.scheduleSeries(caller, input));
	}

	@MutationMapping
	LecturePayload updateLecture(@Argument @Valid LectureInputs.UpdateLectureInput input,
			@AuthenticationPrincipal Caller caller) {
		return new LecturePayload(this.scheduling.update(caller, input));
	}

	@MutationMapping
	ClassroomPayload updateClassroom(@Argument @Valid LectureInputs.UpdateClassroomInput input,
			@AuthenticationPrincipal Caller caller) {
		return new ClassroomPayload(this.scheduling.updateClassroom(caller, input));
	}

	@MutationMapping
	SeriesPayload updateLectureSeries(@Argument @Valid LectureInputs.UpdateLectureSeriesInput input,
			@AuthenticationPrincipal Caller caller) {
		return new SeriesPayload(this.scheduling.updateSeries(caller, input));
	}

	@MutationMapping
	LecturePayload cancelLecture(@Argument @Valid CancelLectureInput input, @AuthenticationPrincipal Caller caller) {
		return new LecturePayload(this.scheduling.cancel(caller, input.id(), input.reason()));
	}

	@MutationMapping
	LecturePayload remindMe(@Argument @Valid LectureRef input, @AuthenticationPrincipal Caller caller) {
		return new LecturePayload(this.reminders.remindMe(caller, input.lectureId()));
	}

	@MutationMapping
	LecturePayload cancelReminder(@Argument @Valid LectureRef input, @AuthenticationPrincipal Caller caller) {
		return new LecturePayload(this.reminders.cancel(caller, input.lectureId()));
	}

	@MutationMapping
	LecturePayload checkInLecture(@Argument @Valid CheckInLectureInput input, @AuthenticationPrincipal Caller caller) {
		return new LecturePayload(this.schedule.checkIn(caller, input.code()));
	}

	@SchemaMapping(typeName = "Lecture")
	String checkInCode(Lecture lecture, @AuthenticationPrincipal Caller caller) {
		return this.schedule.organizes(caller, lecture) ? lecture.getCheckInCode() : null;
	}

	@BatchMapping(typeName = "Lecture")
	Map<Lecture, Classroom> classroom(List<Lecture> lectures) {
		Map<Long, Classroom> found = byId(this.classrooms.selectByIds(distinct(lectures, Lecture::getClassroomId)),
				Classroom::getId);
		return Batches.map(lectures, (lecture) -> found.get(lecture.getClassroomId()));
	}

	@BatchMapping(typeName = "Lecture")
	Map<Lecture, LectureSeries> series(List<Lecture> lectures) {
		List<Long> ids = distinct(lectures, Lecture::getSeriesId);
		Map<Long, LectureSeries> found = ids.isEmpty() ? Map.of()
				: byId(this.series.selectByIds(ids), LectureSeries::getId);
		return Batches.map(lectures, (lecture) -> found.get(lecture.getSeriesId()));
	}

	@BatchMapping(typeName = "Lecture")
	Map<Lecture, List<Craftsman>> lecturers(List<Lecture> lectures) {
		List<LecturerRow> rows = this.lectures.lecturersOf(distinct(lectures, Lecture::getId));
		List<Long> craftsmanIds = rows.stream().map(LecturerRow::craftsmanId).distinct().toList();
		Map<Long, Craftsman> people = craftsmanIds.isEmpty() ? Map.of()
				: byId(this.craftsmen.selectByIds(craftsmanIds), Craftsman::getId);
		Map<Long, List<Craftsman>> byLecture = rows.stream()
			.collect(Collectors.groupingBy(LecturerRow::lectureId,
					Collectors.mapping((row) -> people.get(row.craftsmanId()), Collectors.toList())));
		return Batches.map(lectures, (lecture) -> byLecture.getOrDefault(lecture.getId(), List.of()));
	}

	@BatchMapping(typeName = "Lecture")
	Map<Lecture, Boolean> remindMe(List<Lecture> lectures, Principal principal) {
		Caller caller = Caller.of(principal);
		Set<Long> reminded = (caller == null) ? Set.of()
				: Set.copyOf(this.reminderRows.remindedAmong(caller.userId(), distinct(lectures, Lecture::getId)));
		return Batches.map(lectures, (lecture) -> reminded.contains(lecture.getId()));
	}

	@BatchMapping(typeName = "Classroom")
	Map<Classroom, OrgUnit> orgUnit(List<Classroom> classrooms) {
		Map<Long, OrgUnit> units = this.orgUnits
			.findAll(classrooms.stream().map(Classroom::getOrgUnitId).distinct().toList());
		return Batches.map(classrooms, (classroom) -> units.get(classroom.getOrgUnitId()));
	}

	@BatchMapping(typeName = "LectureSeries", field = "orgUnit")
	Map<LectureSeries, OrgUnit> seriesOrgUnit(List<LectureSeries> series) {
		Map<Long, OrgUnit> units = this.orgUnits
			.findAll(series.stream().map(LectureSeries::getOrgUnitId).distinct().toList());
		return Batches.map(series, (found) -> units.get(found.getOrgUnitId()));
	}

	@SchemaMapping(typeName = "Classroom")
	List<Lecture> upcomingLectures(Classroom classroom, @Argument Integer first) {
		return this.schedule.upcomingIn(classroom, first);
	}

	@SchemaMapping(typeName = "Craftsman", field = "upcomingLectures")
	List<Lecture> craftsmanLectures(Craftsman craftsman, @Argument Integer first) {
		return this.schedule.upcomingOf(craftsman, first);
	}

	@SchemaMapping(typeName = "Craftsman")
	List<HonourAward> honours(Craftsman craftsman) {
		return craftsman.honourAwards();
	}

	private static <T> List<Long> distinct(List<T> items, Function<T, Long> id) {
		return items.stream().map(id).filter(Objects::nonNull).distinct().toList();
	}

	private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity()));
	}

}
