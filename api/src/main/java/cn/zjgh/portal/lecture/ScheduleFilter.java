package cn.zjgh.portal.lecture;

import java.time.OffsetDateTime;

/** The filter of the schedule, as the SQL in LectureMapper.xml uses it. */
record ScheduleFilter(OffsetDateTime from, OffsetDateTime to, Long orgUnitId, String district, Long seriesId,
		Long lecturerId, Long classroomId, LectureMode mode, Double lat, Double lng, Double radiusMetres) {

}
