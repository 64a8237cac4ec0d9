package cn.zjgh.portal.lecture;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.lecture.LectureInputs.LecturePayload;
import cn.zjgh.portal.lecture.LectureInputs.LectureRef;
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
class ReminderController {

	private final Reminders reminders;

	ReminderController(Reminders reminders) {
		this.reminders = reminders;
	}

	@QueryMapping
	Connection<Lecture> myReminders(@Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.reminders.mine(caller, PageRequest.of(first, after));
	}

	@MutationMapping
	LecturePayload remindMe(@Argument @Valid LectureRef input, @AuthenticationPrincipal Caller caller) {
		return new LecturePayload(this.reminders.remindMe(caller, input.lectureId()));
	}

	@MutationMapping
	LecturePayload cancelReminder(@Argument @Valid LectureRef input, @AuthenticationPrincipal Caller caller) {
		return new LecturePayload(this.reminders.cancel(caller, input.lectureId()));
	}

	@BatchMapping(typeName = "Lecture")
	Map<Lecture, Boolean> remindMe(List<Lecture> lectures, Principal principal) {
		return this.reminders.remindedOf(Caller.of(principal), lectures);
	}

}
