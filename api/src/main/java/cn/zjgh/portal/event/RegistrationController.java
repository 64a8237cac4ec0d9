package cn.zjgh.portal.event;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.event.EventInputs.Eligibility;
import cn.zjgh.portal.event.EventInputs.EventRef;
import cn.zjgh.portal.event.EventInputs.RegisterForEventInput;
import cn.zjgh.portal.event.EventInputs.RegistrationPayload;
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
class RegistrationController {

	private final Registrations registrations;

	private final RegistrationRecords records;

	private final RegistrationEligibility eligibility;

	RegistrationController(Registrations registrations, RegistrationRecords records,
			RegistrationEligibility eligibility) {
		this.registrations = registrations;
		this.records = records;
		this.eligibility = eligibility;
	}

	@QueryMapping
	Connection<Registration> myRegistrations(@Argument RegistrationStatus status, @Argument Integer first,
			@Argument String after, @AuthenticationPrincipal Caller caller) {
		return this.records.mine(caller, status, PageRequest.of(first, after));
	}

	@MutationMapping
	RegistrationPayload registerForEvent(@Argument @Valid RegisterForEventInput input,
			@AuthenticationPrincipal Caller caller) {
		return new RegistrationPayload(this.registrations.register(caller, input.eventId(), input.answers()));
	}

	@MutationMapping
	RegistrationPayload cancelRegistration(@Argument @Valid EventRef input, @AuthenticationPrincipal Caller caller) {
		return new RegistrationPayload(this.registrations.cancel(caller, input.eventId()));
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Registration> myRegistration(List<Event> events, Principal principal) {
		return this.records.mineFor(Caller.of(principal), events);
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Eligibility> eligibility(List<Event> events, Principal principal) {
		return this.eligibility.forEvents(Caller.of(principal), events);
	}

	@BatchMapping(typeName = "Registration")
	Map<Registration, Event> event(List<Registration> registrations) {
		return this.records.events(registrations);
	}

	@BatchMapping(typeName = "Registration")
	Map<Registration, Integer> waitlistPosition(List<Registration> registrations) {
		return this.records.waitlistPositions(registrations);
	}

	@SchemaMapping(typeName = "Registration")
	List<SignUpAnswer> answers(Registration registration) {
		return SignUpForm.answersOf(registration);
	}

	@SchemaMapping(typeName = "Registration")
	String checkInCode(Registration registration, @AuthenticationPrincipal Caller caller) {
		return this.records.checkInCodeFor(caller, registration);
	}

	@SchemaMapping(typeName = "Registration")
	String checkInQrCode(Registration registration, @AuthenticationPrincipal Caller caller) {
		return this.records.checkInQrCodeFor(caller, registration);
	}

}
