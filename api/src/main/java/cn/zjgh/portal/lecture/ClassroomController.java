package cn.zjgh.portal.lecture;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.lecture.LectureInputs.ClassroomPayload;
import cn.zjgh.portal.lecture.LectureInputs.CreateClassroomInput;
import cn.zjgh.portal.lecture.LectureInputs.UpdateClassroomInput;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class ClassroomController {

	private final ClassroomDirectory directory;

	private final Schedule schedule;

	private final LectureScheduling scheduling;

	ClassroomController(ClassroomDirectory directory, Schedule schedule, LectureScheduling scheduling) {
		this.directory = directory;
		this.schedule = schedule;
		this.scheduling = scheduling;
	}

	@QueryMapping
	Connection<Classroom> classrooms(@Argument Long orgUnitId, @Argument LectureMode mode, @Argument Integer first,
			@Argument String after) {
		return this.directory.page(orgUnitId, mode, PageRequest.of(first, after));
	}

	@MutationMapping
	ClassroomPayload createClassroom(@Argument @Valid CreateClassroomInput input,
			@AuthenticationPrincipal Caller caller) {
		return new ClassroomPayload(this.scheduling.createClassroom(caller, input));
	}

	@MutationMapping
	ClassroomPayload updateClassroom(@Argument @Valid UpdateClassroomInput input,
			@AuthenticationPrincipal Caller caller) {
		return new ClassroomPayload(this.scheduling.updateClassroom(caller, input));
	}

	@SchemaMapping(typeName = "Classroom")
	List<Lecture> upcomingLectures(Classroom classroom, @Argument Integer first) {
		return this.schedule.upcomingIn(classroom, first);
	}

	@BatchMapping(typeName = "Lecture")
	Map<Lecture, Classroom> classroom(List<Lecture> lectures) {
		return this.directory.classroomsOf(lectures);
	}

}
