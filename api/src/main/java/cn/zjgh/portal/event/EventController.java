package cn.zjgh.portal.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.event.EventInputs.CancelEventInput;
import cn.zjgh.portal.event.EventInputs.CreateEventInput;
import cn.zjgh.portal.event.EventInputs.Eligibility;
import cn.zjgh.portal.event.EventInputs.EventFilter;
import cn.zjgh.portal.event.EventInputs.EventIdInput;
import cn.zjgh.portal.event.EventInputs.EventPayload;
import cn.zjgh.portal.event.EventInputs.GeoPoint;
import cn.zjgh.portal.event.EventInputs.UpdateEventInput;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
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
class EventController {

	private final EventListing listing;

	private final EventPublishing publishing;

	private final Registrations registrations;

	private final RegistrationMapper registrationRows;

	private final SeasonMapper seasons;

	private final InterestGroupMapper groups;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	private final Clock clock;

	EventController(EventListing listing, EventPublishing publishing, Registrations registrations,
			RegistrationMapper registrationRows, SeasonMapper seasons, InterestGroupMapper groups,
			OrgUnitDirectory orgUnits, OrgScope orgScope, Clock clock) {
		this.listing = listing;
		this.publishing = publishing;
		this.registrations = registrations;
		this.registrationRows = registrationRows;
		this.seasons = seasons;
		this.groups = groups;
		this.orgUnits = orgUnits;
		this.orgScope = orgScope;
		this.clock = clock;
	}

	@QueryMapping
	Connection<Season> seasons(@Argument Integer first, @Argument String after) {
		PageRequest page = PageRequest.of(first, after);
		Long afterId = page.afterId();
		return Connection.of(this.seasons.findPage(afterId, page.fetchSize()), page,
				(season) -> Cursor.of(season.getId()));
	}

	@QueryMapping
	Connection<Event> events(@Argument @Valid EventFilter filter, @Argument EventOrder orderBy,
			@Argument @Valid GeoPoint near, @Argument Integer first, @Argument String after) {
		return this.listing.events(filter, orderBy, near, PageRequest.of(first, after));
	}

	@QueryMapping
	Connection<Event> popularEvents(@Argument String city, @Argument Integer first) {
		return this.listing.popular(city, PageRequest.of(first, null));
	}

	@QueryMapping
	Event event(@Argument long id) {
		return this.listing.find(id);
	}

	@QueryMapping
	Connection<Event> organizerEvents(@Argument EventStatus status, @Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.listing.forOrganizer(caller, status, PageRequest.of(first, after));
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

	@SchemaMapping(typeName = "Event")
	List<SignUpQuestion> questions(Event event) {
		return SignUpForm.questionsOf(event);
	}

	@BatchMapping(typeName = "Event")
	Map<Event, OrgUnit> organizer(List<Event> events) {
		Map<Long, OrgUnit> units = this.orgUnits.findAll(events.stream().map(Event::getOrgUnitId).distinct().toList());
		return Batches.map(events, (event) -> units.get(event.getOrgUnitId()));
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Season> season(List<Event> events) {
		List<Long> ids = events.stream().map(Event::getSeasonId).filter(Objects::nonNull).distinct().toList();
		Map<Long, Season> found = ids.isEmpty() ? Map.of()
				: this.seasons.selectByIds(ids).stream().collect(Collectors.toMap(Season::getId, Function.identity()));
		return Batches.map(events, (event) -> found.get(event.getSeasonId()));
	}

	@BatchMapping(typeName = "Event")
	Map<Event, InterestGroup> interestGroup(List<Event> events) {
		List<Long> ids = events.stream().map(Event::getInterestGroupId).filter(Objects::nonNull).distinct().toList();
		Map<Long, InterestGroup> found = ids.isEmpty() ? Map.of()
				: this.groups.selectByIds(ids)
					.stream()
					.collect(Collectors.toMap(InterestGroup::getId, Function.identity()));
		return Batches.map(events, (event) -> found.get(event.getInterestGroupId()));
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Integer> attendedCount(List<Event> events, java.security.Principal principal) {
		Caller caller = Caller.of(principal);
		if (caller == null) {
			return Map.of();
		}
		Map<Long, Boolean> inScope = new HashMap<>();
		return Batches.map(events,
				(event) -> inScope.computeIfAbsent(event.getOrgUnitId(), (unit) -> this.orgScope.covers(caller, unit))
						? event.getAttendedCount() : null);
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Registration> myRegistration(List<Event> events, java.security.Principal principal) {
		Caller caller = Caller.of(principal);
		if (caller == null) {
			return Map.of();
		}
		Map<Long, Registration> mine = this.registrationRows
			.findMineFor(caller.userId(), events.stream().map(Event::getId).distinct().toList())
			.stream()
			.filter((registration) -> registration.getStatus() != RegistrationStatus.PENDING)
			.collect(Collectors.toMap(Registration::getEventId, Function.identity()));
		return Batches.map(events, (event) -> mine.get(event.getId()));
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Eligibility> eligibility(List<Event> events, java.security.Principal principal) {
		Caller caller = Caller.of(principal);
		if (caller == null) {
			Eligibility login = new Eligibility(false, "UNAUTHENTICATED", "请先登录");
			return Batches.map(events, (event) -> login);
		}
		List<Long> unionPath = this.registrations.unionPath(caller.userId());
		List<Long> groupIds = events.stream()
			.map(Event::getInterestGroupId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Set<Long> joined = groupIds.isEmpty() ? Set.of()
				: Set.copyOf(this.groups.joinedAmong(caller.userId(), groupIds));
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return Batches.map(events,
				(event) -> RegistrationRules.check(event, now, unionPath,
						event.getInterestGroupId() == null || joined.contains(event.getInterestGroupId()),
						this.clock.getZone()));
	}

}
