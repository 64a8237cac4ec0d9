package cn.zjgh.portal.lecture;

import java.time.LocalDate;
import java.util.List;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.lecture.LectureInputs.CancelLectureInput;
import cn.zjgh.portal.lecture.LectureInputs.LectureDay;
import cn.zjgh.portal.lecture.LectureInputs.LectureFilter;
import cn.zjgh.portal.lecture.LectureInputs.LecturePayload;
import cn.zjgh.portal.lecture.LectureInputs.LecturesPayload;
import cn.zjgh.portal.lecture.LectureInputs.RescheduleLectureInput;
import cn.zjgh.portal.lecture.LectureInputs.ScheduleLectureInput;
import cn.zjgh.portal.lecture.LectureInputs.ScheduleLectureSeriesInput;
import cn.zjgh.portal.lecture.LectureInputs.UpdateLectureInput;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class LectureController {

	private final Schedule schedule;

	private final LectureScheduling scheduling;

	LectureController(Schedule schedule, LectureScheduling scheduling) {
		this.schedule = schedule;
		this.scheduling = scheduling;
	}

	@QueryMapping
	Connection<Lecture> lectures(@Argument @Valid LectureFilter filter, @Argument Integer first,
			@Argument String after) {
		return this.schedule.page(filter, PageRequest.of(first, after));
	}

	@QueryMapping
	Lecture lecture(@Argument long id) {
		return this.schedule.find(id);
	}

	@QueryMapping
	List<LectureDay> lectureDays(@Argument LocalDate from, @Argument LocalDate to,
			@Argument @Valid LectureFilter filter) {
		return this.schedule.days(from, to, filter);
	}

	@QueryMapping
	LectureReport lectureReport(@Argument long orgUnitId, @Argument LocalDate from, @Argument LocalDate to,
			@AuthenticationPrincipal Caller caller) {
		return this.schedule.report(caller, orgUnitId, from, to);
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
	LecturePayload updateLecture(@Argument @Valid UpdateLectureInput input, @AuthenticationPrincipal Caller caller) {
		return new LecturePayload(this.scheduling.update(caller, input));
	}

	@MutationMapping
	LecturePayload rescheduleLecture(@Argument @Valid RescheduleLectureInput input,
			@AuthenticationPrincipal Caller caller) {
		return new LecturePayload(this.scheduling.reschedule(caller, input));
	}

	@MutationMapping
	LecturePayload cancelLecture(@Argument @Valid CancelLectureInput input, @AuthenticationPrincipal Caller caller) {
		return new LecturePayload(this.scheduling.cancel(caller, input.id(), input.reason()));
	}

}
