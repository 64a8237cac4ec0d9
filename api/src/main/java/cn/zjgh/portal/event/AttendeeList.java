package cn.zjgh.portal.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.account.UserDirectory.UserSummary;
import cn.zjgh.portal.event.EventInputs.Attendee;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Who registered for an event, in registration order, for the organizers of its unit;
 * each registrant's name, masked phone and union is shown to those organizers and to the
 * registrant.
 */
@Service
class AttendeeList {

	private final EventMapper events;

	private final RegistrationMapper registrations;

	private final UserDirectory users;

	private final OrgScope orgScope;

	AttendeeList(EventMapper events, RegistrationMapper registrations, UserDirectory users, OrgScope orgScope) {
		this.events = events;
		this.registrations = registrations;
		this.users = users;
		this.orgScope = orgScope;
	}

	@PreAuthorize("isAuthenticated()")
	Connection<Registration> page(Caller caller, long eventId, RegistrationStatus status, PageRequest page) {
		organizedEvent(caller, eventId);
		return Connection.of(this.registrations.findByEvent(eventId, status, page.afterId(), page.fetchSize()), page,
				(registration) -> Cursor.of(registration.getId()));
	}

	/** The event, once the caller is known to organize it. */
	Event organizedEvent(Caller caller, long eventId) {
		Event event = DomainException.requireFound(this.events.selectById(eventId), "Event", eventId);
		this.orgScope.requireOrganizerOf(caller, event.getOrgUnitId());
		return event;
	}

	/**
	 * The next {@code count} registrations of any status after {@code afterId} (from the
	 * first when null), for an event whose organizer was checked.
	 */
	List<Registration> after(long eventId, Long afterId, int count) {
		return this.registrations.findByEvent(eventId, null, afterId, count);
	}

	/** The registrant of each registration the caller registered or organizes. */
	Map<Registration, Attendee> attendees(Caller caller, List<Registration> registrations) {
		if (caller == null) {
			return Map.of();
		}
		Map<Long, Long> unitOfEvent = this.events
			.selectByIds(registrations.stream().map(Registration::getEventId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Event::getId, Event::getOrgUnitId));
		Map<Long, Boolean> organizes = new HashMap<>();
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

}
