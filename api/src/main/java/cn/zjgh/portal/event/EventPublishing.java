package cn.zjgh.portal.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.event.EventInputs.CreateEventInput;
import cn.zjgh.portal.event.EventInputs.UpdateEventInput;
import cn.zjgh.portal.event.EventInputs.VenueInput;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;
import cn.zjgh.portal.wechat.SubscribeMessages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizers create, edit, publish and cancel the events of the org units they organize.
 * Every change that workers can see evicts the cached listings once it has committed.
 */
@Service
class EventPublishing {

	static final String CANCELLED_TEMPLATE = "event-cancelled";

	private final EventMapper events;

	private final RegistrationMapper registrations;

	private final InterestGroupMapper groups;

	private final SeasonMapper seasons;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	private final Waitlist waitlist;

	private final SubscribeMessages messages;

	private final EventListingCache listings;

	private final PopularityBoard board;

	private final Clock clock;

	EventPublishing(EventMapper events, RegistrationMapper registrations, InterestGroupMapper groups,
			SeasonMapper seasons, OrgUnitDirectory orgUnits, OrgScope orgScope, Waitlist waitlist,
			SubscribeMessages messages, EventListingCache listings, PopularityBoard board, Clock clock) {
		this.board = board;
		this.events = events;
		this.registrations = registrations;
		this.groups = groups;
		this.seasons = seasons;
		this.orgUnits = orgUnits;
		this.orgScope = orgScope;
		this.waitlist = waitlist;
		this.messages = messages;
		this.listings = listings;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Event create(Caller caller, CreateEventInput input) {
		this.orgUnits.requireOpen(input.orgUnitId(), "orgUnitId");
		this.orgScope.requireOrganizerOf(caller, input.orgUnitId());
		Event event = new Event();
		event.setOrgUnitId(input.orgUnitId());
		event.setSeasonId(input.seasonId());
		event.setInterestGroupId(input.interestGroupId());
		event.setTitle(input.title().strip());
		event.setSummary(input.summary().strip());
		event.setBody(input.body());
		event.setCoverUrl(input.coverUrl());
		event.setKind(input.kind());
		event.setCategory(input.category());
		applyVenue(event, input.venue());
		event.setStartsAt(input.startsAt());
		event.setEndsAt(input.endsAt());
		event.setRegistrationOpensAt(input.registrationOpensAt());
		event.setRegistrationClosesAt(input.registrationClosesAt());
		event.setCapacity(input.capacity());
		event.setWaitlistEnabled(Boolean.TRUE.equals(input.waitlistEnabled()));
		event.setAudience((input.audience() != null) ? input.audience() : Audience.PUBLIC);
		event.setTags(tags(input.tags()));
		event.setQuestions(SignUpForm.toJson(SignUpForm.define(input.questions())));
		event.setStatus(EventStatus.DRAFT);
		event.setCreatedBy(caller.userId());
		checkSeason(event);
		checkGroup(caller, event);
		checkTimes(event);
		this.events.insert(event);
		return this.events.selectById(event.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Event update(Caller caller, UpdateEventInput input) {
		Event event = requireInScope(caller, input.id());
		if (event.getStatus() == EventStatus.CANCELLED || event.getStatus() == EventStatus.FINISHED) {
			throw DomainException.badInput("id",
					"a " + event.getStatus().name().toLowerCase() + " event cannot be changed");
		}
		if (event.getVersion() != input.version()) {
			throw versionConflict();
		}
		Integer oldCapacity = event.getCapacity();
		setIfGiven(input.title(), (value) -> event.setTitle(value.strip()));
		setIfGiven(input.summary(), (value) -> event.setSummary(value.strip()));
		setIfGiven(input.body(), event::setBody);
		setIfGiven(input.coverUrl(), event::setCoverUrl);
		setIfGiven(input.category(), event::setCategory);
		setIfGiven(input.venue(), (venue) -> applyVenue(event, venue));
		setIfGiven(input.startsAt(), event::setStartsAt);
		setIfGiven(input.endsAt(), event::setEndsAt);
		setIfGiven(input.registrationOpensAt(), event::setRegistrationOpensAt);
		setIfGiven(input.registrationClosesAt(), event::setRegistrationClosesAt);
		setIfGiven(input.capacity(), event::setCapacity);
		setIfGiven(input.waitlistEnabled(), event::setWaitlistEnabled);
		setIfGiven(input.audience(), event::setAudience);
		setIfGiven(input.tags(), (value) -> event.setTags(tags(value)));
		checkTimes(event);
		if (event.getCapacity() != null && event.getCapacity() < event.getConfirmedCount()) {
			throw DomainException.badInput("capacity",
					"cannot be lower than the " + event.getConfirmedCount() + " confirmed registrations");
		}
		if (this.events.updateIfVersion(event, input.version()) == 0) {
			Event now = this.events.selectById(event.getId());
			if (now.getCapacity() == null || event.getCapacity() == null
					|| now.getConfirmedCount() <= event.getCapacity()) {
				throw versionConflict();
			}
			throw DomainException.badInput("capacity",
					"cannot be lower than the " + now.getConfirmedCount() + " confirmed registrations");
		}
		Event updated = this.events.selectById(event.getId());
		if (updated.getStatus() == EventStatus.PUBLISHED && capacityGrew(oldCapacity, updated.getCapacity())) {
			int free = (updated.getCapacity() != null) ? updated.getCapacity() - updated.getConfirmedCount()
					: updated.getWaitlistCount();
			if (this.waitlist.promote(updated, free) > 0) {
				updated = this.events.selectById(event.getId());
			}
		}
		this.listings.evictAfterCommit();
		return updated;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Event publish(Caller caller, long id) {
		Event event = requireInScope(caller, id);
		if (event.getStatus() != EventStatus.DRAFT) {
			throw DomainException.badInput("id", "only a draft can be published; this event is " + event.getStatus());
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		if (!event.getEndsAt().isAfter(now)) {
			throw DomainException.badInput("id", "the event has already ended");
		}
		this.events.publish(id, now);
		this.board.moveAfterCommit(event, 0);
		this.listings.evictAfterCommit();
		return this.events.selectById(id);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	Event cancel(Caller caller, long id, String reason) {
		Event event = requireInScope(caller, id);
		if (this.events.cancel(id, reason.strip()) == 0) {
			throw DomainException.badInput("id",
					"a " + event.getStatus().name().toLowerCase() + " event cannot be cancelled");
		}
		List<Long> registrants = this.registrations.cancelAllFor(id, OffsetDateTime.now(this.clock));
		for (Long userId : registrants) {
			this.messages.enqueue(userId, CANCELLED_TEMPLATE, "pages/events/detail?id=" + id, Map.of("thing1",
					SubscribeMessages.thing(event.getTitle()), "thing2", SubscribeMessages.thing(reason.strip())));
		}
		this.listings.evictAfterCommit();
		this.board.removeAfterCommit(event);
		return this.events.selectById(id);
	}

	private Event requireInScope(Caller caller, long id) {
		Event event = DomainException.requireFound(this.events.selectById(id), "Event", id);
		this.orgScope.requireOrganizerOf(caller, event.getOrgUnitId());
		return event;
	}

	/**
	 * Seasons belong to no org unit: the province publishes each season and every union
	 * holds its events in it, so any organizer may name any season that exists.
	 */
	private void checkSeason(Event event) {
		if (event.getSeasonId() != null && this.seasons.selectById(event.getSeasonId()) == null) {
			throw DomainException.notFound("Season", event.getSeasonId());
		}
	}

	/**
	 * An interest group belongs to its org unit: an event may name it only when the
	 * caller organizes that unit (or one above it), as for the event's own unit. Updates
	 * cannot change an event's unit, season or group, so this is checked on creation
	 * only.
	 */
	private void checkGroup(Caller caller, Event event) {
		if (event.getKind() == EventKind.INTEREST_GROUP && event.getInterestGroupId() == null) {
			throw DomainException.badInput("interestGroupId", "an interest-group activity names its group");
		}
		if (event.getInterestGroupId() != null) {
			InterestGroup group = DomainException.requireFound(this.groups.selectById(event.getInterestGroupId()),
					"Interest group", event.getInterestGroupId());
			if (!this.orgScope.covers(caller, group.getOrgUnitId())) {
				throw DomainException.forbidden("Interest group " + group.getId()
						+ " belongs to an org unit you do not organize; an event can only name a group of yours");
			}
		}
	}

	private static void checkTimes(Event event) {
		if (!event.getEndsAt().isAfter(event.getStartsAt())) {
			throw DomainException.badInput("endsAt", "must be after startsAt");
		}
		if (!event.getRegistrationClosesAt().isAfter(event.getRegistrationOpensAt())) {
			throw DomainException.badInput("registrationClosesAt", "must be after registrationOpensAt");
		}
		if (event.getRegistrationClosesAt().isAfter(event.getEndsAt())) {
			throw DomainException.badInput("registrationClosesAt", "must not be after endsAt");
		}
	}

	private static boolean capacityGrew(Integer before, Integer after) {
		return before != null && (after == null || after > before);
	}

	private static void applyVenue(Event event, VenueInput venue) {
		event.setVenueName(venue.name().strip());
		event.setAddress(venue.address().strip());
		event.setCityCode(venue.cityCode());
		event.setDistrictCode(venue.districtCode());
		event.setLat(venue.lat());
		event.setLng(venue.lng());
	}

	private static String[] tags(List<String> tags) {
		return (tags != null) ? tags.stream().map(String::strip).distinct().toArray(String[]::new) : new String[0];
	}

	private static <T> void setIfGiven(T value, Consumer<T> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}

	private static DomainException versionConflict() {
		return new DomainException(ErrorCode.VERSION_CONFLICT,
				"The event was changed by someone else; reload it and apply your change again");
	}

}
