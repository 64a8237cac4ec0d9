package cn.zjgh.portal.event;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.event.EventInputs.CancelEventInput;
import cn.zjgh.portal.event.EventInputs.CreateEventInput;
import cn.zjgh.portal.event.EventInputs.EventIdInput;
import cn.zjgh.portal.event.EventInputs.EventPayload;
import cn.zjgh.portal.event.EventInputs.UpdateEventInput;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class EventPublishingController {

	private final EventPublishing publishing;

	EventPublishingController(EventPublishing publishing) {
		this.publishing = publishing;
	}

	@MutationMapping
	EventPayload createEvent(@Argument @Valid CreateEventInput input, @AuthenticationPrincipal Caller caller) {
		return new EventPayload(this.publishing.create(caller, input));
	}

	@MutationMapping
	EventPayload updateEvent(@Argument @Valid UpdateEventInput input, @AuthenticationPrincipal Caller caller) {
		return new EventPayload(this.publishing.update(caller, input));
	}

	@MutationMapping
	EventPayload publishEvent(@Argument @Valid EventIdInput input, @AuthenticationPrincipal Caller caller) {
		return new EventPayload(this.publishing.publish(caller, input.id()));
	}

	@MutationMapping
	EventPayload cancelEvent(@Argument @Valid CancelEventInput input, @AuthenticationPrincipal Caller caller) {
		return new EventPayload(this.publishing.cancel(caller, input.id(), input.reason()));
	}

}
