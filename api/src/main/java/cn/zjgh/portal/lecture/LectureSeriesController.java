package cn.zjgh.portal.lecture;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.lecture.LectureInputs.CreateLectureSeriesInput;
import cn.zjgh.portal.lecture.LectureInputs.SeriesPayload;
import cn.zjgh.portal.lecture.LectureInputs.UpdateLectureSeriesInput;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class LectureSeriesController {

	private final LectureSeriesDirectory directory;

	private final LectureScheduling scheduling;

	LectureSeriesController(LectureSeriesDirectory directory, LectureScheduling scheduling) {
		this.directory = directory;
		this.scheduling = scheduling;
	}

	@QueryMapping
	Connection<LectureSeries> lectureSeries(@Argument Long orgUnitId, @Argument Integer first, @Argument String after) {
		return this.directory.page(orgUnitId, PageRequest.of(first, after));
	}

	@MutationMapping
	SeriesPayload createLectureSeries(@Argument @Valid CreateLectureSeriesInput input,
			@AuthenticationPrincipal Caller caller) {
		return new SeriesPayload(this.scheduling.createSeries(caller, input));
	}

	@MutationMapping
	SeriesPayload updateLectureSeries(@Argument @Valid UpdateLectureSeriesInput input,
			@AuthenticationPrincipal Caller caller) {
		return new SeriesPayload(this.scheduling.updateSeries(caller, input));
	}

	@BatchMapping(typeName = "Lecture")
	Map<Lecture, LectureSeries> series(List<Lecture> lectures) {
		return this.directory.seriesOf(lectures);
	}

}
