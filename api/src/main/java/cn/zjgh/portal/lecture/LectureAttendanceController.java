package cn.zjgh.portal.lecture;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.lecture.LectureInputs.CheckInLectureInput;
import cn.zjgh.portal.lecture.LectureInputs.LecturePayload;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class LectureAttendanceController {

	private final Attendance attendance;

	private final Schedule schedule;

	LectureAttendanceController(Attendance attendance, Schedule schedule) {
		this.attendance = attendance;
		this.schedule = schedule;
	}

	@MutationMapping
	LecturePayload checkInLecture(@Argument @Valid CheckInLectureInput input, @AuthenticationPrincipal Caller caller) {
		return new LecturePayload(this.attendance.checkIn(caller, input.code()));
	}

	@BatchMapping(typeName = "Lecture")
	Map<Lecture, String> checkInCode(List<Lecture> lectures, Principal principal) {
		return this.schedule.checkInCodesFor(Caller.of(principal), lectures);
	}

}
