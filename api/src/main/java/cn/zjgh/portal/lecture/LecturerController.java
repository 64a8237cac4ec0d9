package cn.zjgh.portal.lecture;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.craftsman.Craftsman;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Craftsmen as lecturers: who gives a session, and what a craftsman gives next. */
@Controller
class LecturerController {

	private final Schedule schedule;

	LecturerController(Schedule schedule) {
		this.schedule = schedule;
	}

	@BatchMapping(typeName = "Lecture")
	Map<Lecture, List<Craftsman>> lecturers(List<Lecture> lectures) {
		return this.schedule.lecturersOf(lectures);
	}

	@SchemaMapping(typeName = "Craftsman")
	List<Lecture> upcomingLectures(Craftsman craftsman, @Argument Integer first) {
		return this.schedule.upcomingOf(craftsman, first);
	}

}
