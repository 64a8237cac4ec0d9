package cn.zjgh.portal.event;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.event.EventInputs.Attendee;
import cn.zjgh.portal.event.EventInputs.CheckInAttendeeInput;
import cn.zjgh.portal.event.EventInputs.RegistrationPayload;
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
class AttendeeController {

	private final AttendeeList attendees;

	private final CheckIns checkIns;

	AttendeeController(AttendeeList attendees, CheckIns checkIns) {
		this.attendees = attendees;
		this.checkIns = checkIns;
	}

	@QueryMapping
	Connection<Registration> eventAttendees(@Argument long eventId, @Argument RegistrationStatus status,
			@Argument Integer first, @Argument String after, @AuthenticationPrincipal Caller caller) {
		return this.attendees.page(caller, eventId, status, PageRequest.of(first, after));
	}

	@MutationMapping
	RegistrationPayload checkInAttendee(@Argument @Valid CheckInAttendeeInput input,
			@AuthenticationPrincipal Caller caller) {
		return new RegistrationPayload(this.checkIns.checkIn(caller, input.code()));
	}

	@BatchMapping(typeName = "Registration")
	Map<Registration, Attendee> attendee(List<Registration> registrations, Principal principal) {
		return this.attendees.attendees(Caller.of(principal), registrations);
	}

}
