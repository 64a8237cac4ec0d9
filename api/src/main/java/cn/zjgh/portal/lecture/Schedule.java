package cn.zjgh.portal.lecture;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.craftsman.Craftsman;
import cn.zjgh.portal.craftsman.CraftsmanDirectory;
import cn.zjgh.portal.lecture.LectureInputs.LectureDay;
import cn.zjgh.portal.lecture.LectureInputs.LectureFilter;
import cn.zjgh.portal.lecture.LectureMapper.LecturerRow;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.shared.ReadsFromReplica;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The read side of sessions: the schedule, the calendar strip, what is next in a
 * classroom or for a lecturer, the lecturers of each session, the organizers' report, and
 * who may see a session's check-in code.
 */
@Service
class Schedule {

	static final int MAX_CALENDAR_DAYS = 62;

	private final LectureMapper lectures;

	private final ClassroomMapper classrooms;

	private final CraftsmanDirectory craftsmen;

	private final OrgScope orgScope;

	private final Clock clock;

	Schedule(LectureMapper lectures, ClassroomMapper classrooms, CraftsmanDirectory craftsmen, OrgScope orgScope,
			Clock clock) {
		this.lectures = lectures;
		this.classrooms = classrooms;
		this.craftsmen = craftsmen;
		this.orgScope = orgScope;
		this.clock = clock;
	}

	@ReadsFromReplica
	Connection<Lecture> page(LectureFilter filter, PageRequest page) {
		return Connection.of(this.lectures.findSchedule(filterOf(filter, null), page.afterTime(0), page.afterLong(1),
				page.fetchSize()), page, (lecture) -> Cursor.of(lecture.getStartsAt(), lecture.getId()));
	}

	Lecture find(long id) {
		return this.lectures.selectById(id);
	}

	@ReadsFromReplica
	List<LectureDay> days(LocalDate from, LocalDate to, LectureFilter filter) {
		if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_CALENDAR_DAYS - 1))) {
			throw DomainException.badInput("to", "must be on or after from, at most " + MAX_CALENDAR_DAYS + " days on");
		}
		OffsetDateTime start = from.atStartOfDay(this.clock.getZone()).toOffsetDateTime();
		OffsetDateTime end = to.plusDays(1).atStartOfDay(this.clock.getZone()).toOffsetDateTime();
		ScheduleFilter window = filterOf(filter, start);
		ScheduleFilter bounded = new ScheduleFilter(start, end, window.orgUnitId(), window.district(),
				window.seriesId(), window.lecturerId(), window.classroomId(), window.mode(), window.lat(), window.lng(),
				window.radiusMetres());
		return this.lectures.countByDay(bounded, this.clock.getZone().getId())
			.stream()
			.map((row) -> new LectureDay(row.date(), row.count()))
			.toList();
	}

	List<Lecture> upcomingOf(Craftsman craftsman, Integer first) {
		return this.lectures.upcomingOfCraftsman(craftsman.getId(), OffsetDateTime.now(this.clock), limit(first));
	}

	List<Lecture> upcomingIn(Classroom classroom, Integer first) {
		return this.lectures.upcomingInClassroom(classroom.getId(), OffsetDateTime.now(this.clock), limit(first));
	}

	@PreAuthorize("isAuthenticated()")
	LectureReport report(Caller caller, long orgUnitId, LocalDate from, LocalDate to) {
		this.orgScope.requireOrganizerOf(caller, orgUnitId);
		return this.lectures.report(orgUnitId, from.atStartOfDay(this.clock.getZone()).toOffsetDateTime(),
				to.plusDays(1).atStartOfDay(this.clock.getZone()).toOffsetDateTime());
	}

	Map<Lecture, List<Craftsman>> lecturersOf(List<Lecture> lectures) {
		List<LecturerRow> rows = this.lectures.lecturersOf(Ids.distinct(lectures, Lecture::getId));
		Map<Long, Craftsman> people = this.craftsmen
			.findAll(rows.stream().map(LecturerRow::craftsmanId).distinct().toList());
		Map<Long, List<Craftsman>> byLecture = rows.stream()
			.collect(Collectors.groupingBy(LecturerRow::lectureId,
					Collectors.mapping((row) -> people.get(row.craftsmanId()), Collectors.toList())));
		return Batches.map(lectures, (lecture) -> byLecture.getOrDefault(lecture.getId(), List.of()));
	}

	/**
	 * The code workers enter to check in; only organizers of the classroom's unit see it.
	 */
	Map<Lecture, String> checkInCodesFor(Caller caller, List<Lecture> lectures) {
		if (caller == null || !caller.mayOrganize()) {
			return Map.of();
		}
		Map<Long, Classroom> classrooms = Ids
			.index(this.classrooms.selectByIds(Ids.distinct(lectures, Lecture::getClassroomId)), Classroom::getId);
		Set<Long> covered = this.orgScope.coveredAmong(caller,
				classrooms.values().stream().map(Classroom::getOrgUnitId).distinct().toList());
		return Batches.map(lectures, (lecture) -> {
			Classroom classroom = classrooms.get(lecture.getClassroomId());
			return (classroom != null && covered.contains(classroom.getOrgUnitId())) ? lecture.getCheckInCode() : null;
		});
	}

	private ScheduleFilter filterOf(LectureFilter filter, OffsetDateTime defaultFrom) {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (filter == null) {
			return new ScheduleFilter((defaultFrom != null) ? defaultFrom : now, null, null, null, null, null, null,
					null, null, null, null);
		}
		return new ScheduleFilter((filter.from() != null) ? filter.from() : ((defaultFrom != null) ? defaultFrom : now),
				filter.to(), filter.orgUnitId(), filter.district(), filter.seriesId(), filter.lecturerId(),
				filter.classroomId(), filter.mode(), (filter.near() != null) ? filter.near().lat() : null,
				(filter.near() != null) ? filter.near().lng() : null,
				(filter.near() != null) ? ((filter.radiusKm() != null) ? filter.radiusKm() : 10.0) * 1000 : null);
	}

	private static int limit(Integer first) {
		int size = (first != null) ? first : 5;
		if (size < 1 || size > PageRequest.MAX_SIZE) {
			throw DomainException.badInput("first", "must be between 1 and " + PageRequest.MAX_SIZE);
		}
		return size;
	}

}
