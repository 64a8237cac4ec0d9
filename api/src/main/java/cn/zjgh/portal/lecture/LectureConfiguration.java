package cn.zjgh.portal.lecture;

import cn.zjgh.portal.shared.ConstraintRule;
import cn.zjgh.portal.shared.ErrorCode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the clash constraints mean when two organizers schedule into the same time at
 * once.
 */
@Configuration(proxyBeanMethods = false)
class LectureConfiguration {

	@Bean
	ConstraintRule classroomFree() {
		return new ConstraintRule("lecture_classroom_free", ErrorCode.CLASSROOM_BUSY, "该课堂此时段已有其他场次");
	}

	@Bean
	ConstraintRule lecturerFree() {
		return new ConstraintRule("lecture_lecturer_free", ErrorCode.LECTURER_BUSY, "主讲人此时段已有其他场次");
	}

	@Bean
	ConstraintRule seriesNameUnique() {
		return new ConstraintRule("lecture_series_name_unique", ErrorCode.BAD_USER_INPUT, "同一单位已有同名系列");
	}

}
