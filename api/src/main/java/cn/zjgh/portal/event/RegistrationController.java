package cn.zjgh.portal.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.account.UserDirectory.UserSummary;
import cn.zjgh.portal.event.EventInputs.Attendee;
import cn.zjgh.portal.event.EventInputs.CheckInAttendeeInput;
import cn.zjgh.portal.event.EventInputs.EventRef;
import cn.zjgh.portal.event.EventInputs.GroupPayload;
import cn.zjgh.portal.event.EventInputs.GroupRef;
import cn.zjgh.portal.event.EventInputs.RegistrationPayload;
import cn.zjgh.portal.event.RegistrationMapper.WaitlistPosition;
import cn.zjgh.portal.shared.Batches;
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

	private final RegistrationMapper registrationRows;

	private final EventMapper events;

	private final InterestGroups interestGroups;

	private final UserDirectory users;

	private final OrgScope orgScope;

	private final cn.zjgh.portal.account.OrgUnitDirectory orgUnits;

	private final cn.zjgh.portal.wechat.MiniProgramCodes qrCodes;

	RegistrationController(Registrations registrations, RegistrationMapper registrationRows, EventMapper events,
			InterestGroups interestGroups, UserDirectory users, OrgScope orgScope,
			cn.zjgh.portal.account.OrgUnitDirectory orgUnits, cn.zjgh.portal.wechat.MiniProgramCodes qrCodes) {
		this.qrCodes = qrCodes;
		this.registrations = registrations;
		this.registrationRows = registrationRows;
		this.events = events;
		this.interestGroups = interestGroups;
		this.users = users;
		this.orgScope = orgScope;
		this.orgUnits = orgUnits;
	}

	@QueryMapping
	Connection<Registration> myRegistrations(@Argument RegistrationStatus status, @Argument Integer first,
			@Argument String after, @AuthenticationPrincipal Caller caller) {
		return this.registrations.mine(caller, status, PageRequest.of(first, after));
	}

	@QueryMapping
	Connection<Registration> eventAttendees(@Argument long eventId, @Argument RegistrationStatus status,
			@Argument Integer first, @Argument String after, @AuthenticationPrincipal Caller caller) {
		return this.registrations.attendees(caller, eventId, status, PageRequest.of(first, after));
	}

	@QueryMapping
	Connection<InterestGroup> interestGroups(@Argument Long orgUnitId, @Argument EventCategory category,
			@Argument Integer first, @Argument String after) {
		return this.interestGroups.page(orgUnitId, category, PageRequest.of(first, after));
	}

	@MutationMapping
	RegistrationPayload registerForEvent(@Argument @Valid EventInputs.RegisterForEventInput input,
			@AuthenticationPrincipal Caller caller) {
		return new RegistrationPayload(this.registrations.register(caller, input.eventId(), input.answers()));
	}

	@MutationMapping
	RegistrationPayload cancelRegistration(@Argument @Valid EventRef input, @AuthenticationPrincipal Caller caller) {
		return new RegistrationPayload(this.registrations.cancel(caller, input.eventId()));
	}

	@MutationMapping
	RegistrationPayload checkInAttendee(@Argument @Valid CheckInAttendeeInput input,
			@AuthenticationPrincipal Caller caller) {
		return new RegistrationPayload(this.registrations.checkIn(caller, input.code()));
	}

	@MutationMapping
	GroupPayload createInterestGroup(@Argument @Valid EventInputs.CreateInterestGroupInput input,
			@AuthenticationPrincipal Caller caller) {
		return new GroupPayload(this.interestGroups.create(caller, input));
	}

	@MutationMapping
	GroupPayload joinInterestGroup(@Argument @Valid GroupRef input, @AuthenticationPrincipal Caller caller) {
		return new GroupPayload(this.interestGroups.join(caller, input.groupId()));
	}

	@MutationMapping
	GroupPayload leaveInterestGroup(@Argument @Valid GroupRef input, @AuthenticationPrincipal Caller caller) {
		return new GroupPayload(this.interestGroups.leave(caller, input.groupId()));
	}

	/**
	 * The QR code to show at the door; the registrant only, while the seat is confirmed.
	 */
	@SchemaMapping(typeName = "Registration")
	String checkInQrCode(Registration registration, @AuthenticationPrincipal Caller caller) {
		String code = checkInCode(registration, caller);
		return (code != null && registration.getStatus() == RegistrationStatus.CONFIRMED)
				? this.qrCodes.dataUrl("pages/events/checkin", "c=" + code) : null;
	}

	@SchemaMapping(typeName = "Registration")
	List<SignUpAnswer> answers(Registration registration) {
		return SignUpForm.answersOf(registration);
	}

	@SchemaMapping(typeName = "Registration")
	String checkInCode(Registration registration, @AuthenticationPrincipal Caller caller) {
		boolean owner = caller != null && caller.userId() == registration.getUserId();
		boolean usable = registration.getStatus() == RegistrationStatus.CONFIRMED
				|| registration.getStatus() == RegistrationStatus.ATTENDED;
		return (owner && usable) ? registration.getCheckInCode() : null;
	}

	@BatchMapping(typeName = "Registration")
	Map<Registration, Event> event(List<Registration> registrations) {
		Map<Long, Event> found = this.events
			.selectByIds(registrations.stream().map(Registration::getEventId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Event::getId, Function.identity()));
		return Batches.map(registrations, (registration) -> found.get(registration.getEventId()));
	}

	@BatchMapping(typeName = "Registration")
	Map<Registration, Integer> waitlistPosition(List<Registration> registrations) {
		List<Long> waitlisted = registrations.stream()
			.filter((registration) -> registration.getStatus() == RegistrationStatus.WAITLISTED)
			.map(Registration::getId)
			.toList();
		Map<Long, Integer> positions = waitlisted.isEmpty() ? Map.of()
				: this.registrationRows.waitlistPositions(waitlisted)
					.stream()
					.collect(Collectors.toMap(WaitlistPosition::registrationId, WaitlistPosition::position));
		return Batches.map(registrations, (registration) -> positions.get(registration.getId()));
	}

	/** Who registered: shown to the registrant and to organizers of the event's unit. */
	@BatchMapping(typeName = "Registration")
	Map<Registration, Attendee> attendee(List<Registration> registrations, java.security.Principal principal) {
		Caller caller = Caller.of(principal);
		if (caller == null) {
			return Map.of();
		}
		Map<Long, Long> unitOfEvent = this.events
			.selectByIds(registrations.stream().map(Registration::getEventId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Event::getId, Event::getOrgUnitId));
		Map<Long, Boolean> organizes = new java.util.HashMap<>();
		List<Registration> visible = registrations.stream()
			.filter((registration) -> caller.userId() == registration.getUserId() || organizes.computeIfAbsent(
					unitOfEvent.get(registration.getEventId()), (unit) -> this.orgScope.covers(caller, unit)))
			.toList();
		Map<Long, UserSummary> summaries = this.users
			.summaries(visible.stream().map(Registration::getUserId).filter(Objects::nonNull).distinct().toList());
		return Batches.map(visible, (registration) -> {
			UserSummary summary = summaries.get(registration.getUserId());
			return (summary != null) ? new Attendee(summary.nickname(), summary.maskedPhone(), summary.orgUnitName())
					: null;
		});
	}

	@BatchMapping(typeName = "InterestGroup")
	Map<InterestGroup, cn.zjgh.portal.account.OrgUnit> orgUnit(List<InterestGroup> groups) {
		var units = this.orgUnits.findAll(groups.stream().map(InterestGroup::getOrgUnitId).distinct().toList());
		Map<InterestGroup, cn.zjgh.portal.account.OrgUnit> result = new LinkedHashMap<>();
		groups.forEach((group) -> result.put(group, units.get(group.getOrgUnitId())));
		return result;
	}

	@BatchMapping(typeName = "InterestGroup")
	Map<InterestGroup, Boolean> joined(List<InterestGroup> groups, java.security.Principal principal) {
		Caller caller = Caller.of(principal);
		var joined = this.interestGroups.joined(caller, groups.stream().map(InterestGroup::getId).toList());
		Map<InterestGroup, Boolean> result = new LinkedHashMap<>();
		groups.forEach((group) -> result.put(group, joined.contains(group.getId())));
		return result;
	}

}
