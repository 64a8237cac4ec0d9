package cn.zjgh.portal.lecture;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.lecture.LectureInputs.CraftsmanFilter;
import cn.zjgh.portal.lecture.LectureInputs.LectureDay;
import cn.zjgh.portal.lecture.LectureInputs.LectureFilter;
import cn.zjgh.portal.lecture.LectureMapper.Report;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.shared.LikePattern;
import cn.zjgh.portal.shared.LikePattern;
import cn.zjgh.portal.shared.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What workers browse: the schedule, the calendar strip, craftsmen; and attendance
 * check-in.
 */
@Service
class Schedule {

	static final int MAX_CALENDAR_DAYS = 62;

	private final LectureMapper lectures;

	private final ClassroomMapper classrooms;

	private final CraftsmanMapper craftsmen;

	private final ReminderMapper attendance;

	private final OrgScope orgScope;

	private final Clock clock;

	Schedule(LectureMapper lectures, ClassroomMapper classrooms, CraftsmanMapper craftsmen, ReminderMapper attendance,
			OrgScope orgScope, Clock clock) {
		this.lectures = lectures;
		this.classrooms = classrooms;
		this.craftsmen = craftsmen;
		this.attendance = attendance;
		this.orgScope = orgScope;
		this.clock = clock;
	}

	Connection<Lecture> page(LectureFilter filter, PageRequest page) {
		OffsetDateTime afterStartsAt = null;
		Long afterId = null;
		if (page.hasCursor()) {
			afterStartsAt = page.after().timeKey(0);
			afterId = page.after().longKey(1);
		}
		return Connection.of(
				this.lectures.findSchedule(filterOf(filter, null), afterStartsAt, afterId, page.fetchSize()), page,
				(lecture) -> Cursor.of(lecture.getStartsAt(), lecture.getId()));
	}

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

	Connection<Craftsman> craftsmen(CraftsmanFilter filter, PageRequest page) {
		String afterName = page.afterKey(0);
		Long afterId = page.afterLong(1);
		String honour = (filter != null && filter.honour() != null) ? filter.honour().name() + ":" : null;
		String trade = (filter != null) ? filter.trade() : null;
		String keyword = (filter != null) ? LikePattern.containing(filter.keyword()) : null;
		Long orgUnitId = (filter != null) ? filter.orgUnitId() : null;
		return Connection.of(
				this.craftsmen.findPage(honour, trade, orgUnitId, keyword, afterName, afterId, page.fetchSize()), page,
				(craftsman) -> Cursor.of(craftsman.getName(), craftsman.getId()));
	}

	List<Lecture> upcomingOf(Craftsman craftsman, Integer first) {
		return this.lectures.upcomingOfCraftsman(craftsman.getId(), OffsetDateTime.now(this.clock), limit(first));
	}

	List<Lecture> upcomingIn(Classroom classroom, Integer first) {
		return this.lectures.upcomingInClassroom(classroom.getId(), OffsetDateTime.now(this.clock), limit(first));
	}

	@PreAuthorize("isAuthenticated()")
	Report report(Caller caller, long orgUnitId, LocalDate from, LocalDate to) {
		this.orgScope.requireOrganizerOf(caller, orgUnitId);
		return this.lectures.report(orgUnitId, from.atStartOfDay(this.clock.getZone()).toOffsetDateTime(),
				to.plusDays(1).atStartOfDay(this.clock.getZone()).toOffsetDateTime());
	}

	/**
	 * Attendance at an offline session: from 30 minutes before the start to its end, once
	 * per worker.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	Lecture checkIn(Caller caller, String code) {
		Lecture lecture = this.lectures
			.selectOne(new com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper<Lecture>()
				.eq(Lecture::getCheckInCode, code.strip().toUpperCase()));
		if (lecture == null || lecture.getStatus() != LectureStatus.SCHEDULED) {
			throw new DomainException(ErrorCode.NOT_FOUND, "签到码无效");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (now.isBefore(lecture.getStartsAt().minusMinutes(30)) || !now.isBefore(lecture.getEndsAt())) {
			throw new DomainException(ErrorCode.CHECK_IN_CLOSED, "不在签到时间内（开始前 30 分钟至结束）");
		}
		if (this.attendance.addAttendance(lecture.getId(), caller.userId()) == 1) {
			this.attendance.countAttendee(lecture.getId());
		}
		return this.lectures.selectById(lecture.getId());
	}

	boolean organizes(Caller caller, Lecture lecture) {
		Classroom classroom = this.classrooms.selectById(lecture.getClassroomId());
		return caller != null && classroom != null && this.orgScope.covers(caller, classroom.getOrgUnitId());
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
