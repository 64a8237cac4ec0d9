package cn.zjgh.portal.lecture;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LectureMapper extends BaseMapper<Lecture> {

	default Lecture findByCheckInCode(String code) {
		return selectOne(Wrappers.<Lecture>lambdaQuery().eq(Lecture::getCheckInCode, code));
	}

	List<Lecture> findSchedule(@Param("f") ScheduleFilter filter, @Param("afterStartsAt") OffsetDateTime afterStartsAt,
			@Param("afterId") Long afterId, @Param("limit") int limit);

	List<DayCount> countByDay(@Param("f") ScheduleFilter filter, @Param("zone") String zone);

	/**
	 * The first session that would clash with [from, to) in the classroom or for one of
	 * the lecturers.
	 */
	Clash findClash(@Param("classroomId") long classroomId, @Param("lecturerIds") Collection<Long> lecturerIds,
			@Param("from") OffsetDateTime from, @Param("to") OffsetDateTime to,
			@Param("excludeLectureId") Long excludeLectureId);

	void addLecturer(@Param("lectureId") long lectureId, @Param("craftsmanId") long craftsmanId);

	List<LecturerRow> lecturersOf(@Param("lectureIds") Collection<Long> lectureIds);

	int cancel(@Param("id") long id, @Param("reason") String reason);

	/** Moves a scheduled session; 0 when it is no longer scheduled. */
	int reschedule(@Param("id") long id, @Param("classroomId") long classroomId,
			@Param("startsAt") OffsetDateTime startsAt, @Param("endsAt") OffsetDateTime endsAt,
			@Param("capacity") Integer capacity, @Param("liveUrl") String liveUrl);

	/** The session's active lecturers follow it to its new time. */
	void moveLecturers(@Param("lectureId") long lectureId);

	void releaseLecturers(@Param("lectureId") long lectureId);

	List<Lecture> upcomingOfCraftsman(@Param("craftsmanId") long craftsmanId, @Param("now") OffsetDateTime now,
			@Param("limit") int limit);

	List<Lecture> upcomingInClassroom(@Param("classroomId") long classroomId, @Param("now") OffsetDateTime now,
			@Param("limit") int limit);

	LectureReport report(@Param("orgUnitId") long orgUnitId, @Param("from") OffsetDateTime from,
			@Param("to") OffsetDateTime to);

	record DayCount(LocalDate date, int count) {
	}

	record Clash(String kind, long lectureId, String topic, OffsetDateTime startsAt, String lecturer) {
	}

	record LecturerRow(long lectureId, long craftsmanId) {
	}

}
