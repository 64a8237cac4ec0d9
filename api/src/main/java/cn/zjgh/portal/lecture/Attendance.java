package cn.zjgh.portal.lecture;

import java.time.Clock;
import java.time.OffsetDateTime;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workers' attendance at offline sessions, counted once per worker. */
@Service
class Attendance {

	private final LectureMapper lectures;

	private final AttendanceMapper attendance;

	private final Clock clock;

	Attendance(LectureMapper lectures, AttendanceMapper attendance, Clock clock) {
		this.lectures = lectures;
		this.attendance = attendance;
		this.clock = clock;
	}

	/**
	 * Attendance at an offline session: from 30 minutes before the start to its end, once
	 * per worker.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	Lecture checkIn(Caller caller, String code) {
		Lecture lecture = this.lectures.findByCheckInCode(code.strip().toUpperCase());
		if (lecture == null || lecture.getStatus() != LectureStatus.SCHEDULED) {
			throw new DomainException(ErrorCode.NOT_FOUND, "签到码无效");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (now.isBefore(lecture.getStartsAt().minusMinutes(30)) || !now.isBefore(lecture.getEndsAt())) {
			throw new DomainException(ErrorCode.CHECK_IN_CLOSED, "不在签到时间内（开始前 30 分钟至结束）");
		}
		if (this.attendance.add(lecture.getId(), caller.userId()) == 1) {
			this.attendance.countAttendee(lecture.getId());
		}
		return this.lectures.selectById(lecture.getId());
	}

}
