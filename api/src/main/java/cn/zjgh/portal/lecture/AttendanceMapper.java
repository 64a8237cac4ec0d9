package cn.zjgh.portal.lecture;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AttendanceMapper {

	/** 1 when the worker checked in now, 0 when already checked in. */
	int add(@Param("lectureId") long lectureId, @Param("userId") long userId);

	void countAttendee(@Param("lectureId") long lectureId);

}
