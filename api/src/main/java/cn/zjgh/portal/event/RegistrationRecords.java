package cn.zjgh.portal.event;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.event.RegistrationMapper.WaitlistPosition;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.wechat.MiniProgramCodes;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A worker's registrations, and what a registration shows: its event, its place on the
 * waitlist, and the check-in code, which only its registrant sees.
 */
@Service
class RegistrationRecords {

	static final Duration QR_CODE_KEPT = Duration.ofDays(2);

	private final RegistrationMapper registrations;

	private final EventMapper events;

	private final MiniProgramCodes qrCodes;

	RegistrationRecords(RegistrationMapper registrations, EventMapper events, MiniProgramCodes qrCodes) {
		this.registrations = registrations;
		this.events = events;
		this.qrCodes = qrCodes;
	}

	@PreAuthorize("isAuthenticated()")
	Connection<Registration> mine(Caller caller, RegistrationStatus status, PageRequest page) {
		return Connection.of(this.registrations.findMine(caller.userId(), status, page.afterId(), page.fetchSize()),
				page, (registration) -> Cursor.of(registration.getId()));
	}

	/** The caller's registration for each event; none for an anonymous caller. */
	Map<Event, Registration> mineFor(Caller caller, List<Event> events) {
		if (caller == null) {
			return Map.of();
		}
		Map<Long, Registration> mine = this.registrations
			.findMineFor(caller.userId(), events.stream().map(Event::getId).distinct().toList())
			.stream()
			.filter((registration) -> registration.getStatus() != RegistrationStatus.PENDING)
			.collect(Collectors.toMap(Registration::getEventId, Function.identity()));
		return Batches.map(events, (event) -> mine.get(event.getId()));
	}

	Map<Registration, Event> events(List<Registration> registrations) {
		Map<Long, Event> found = this.events
			.selectByIds(registrations.stream().map(Registration::getEventId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Event::getId, Function.identity()));
		return Batches.map(registrations, (registration) -> found.get(registration.getEventId()));
	}

	Map<Registration, Integer> waitlistPositions(List<Registration> registrations) {
		List<Long> waitlisted = registrations.stream()
			.filter((registration) -> registration.getStatus() == RegistrationStatus.WAITLISTED)
			.map(Registration::getId)
			.toList();
		Map<Long, Integer> positions = waitlisted.isEmpty() ? Map.of()
				: this.registrations.waitlistPositions(waitlisted)
					.stream()
					.collect(Collectors.toMap(WaitlistPosition::registrationId, WaitlistPosition::position));
		return Batches.map(registrations, (registration) -> positions.get(registration.getId()));
	}

	/**
	 * The code to show at the door: to the registrant only, while the seat is confirmed
	 * or attended; null otherwise.
	 */
	String checkInCodeFor(Caller caller, Registration registration) {
		boolean owner = caller != null && caller.userId() == registration.getUserId();
		boolean usable = registration.getStatus() == RegistrationStatus.CONFIRMED
				|| registration.getStatus() == RegistrationStatus.ATTENDED;
		return (owner && usable) ? registration.getCheckInCode() : null;
	}

	/**
	 * The check-in code as a QR code to show at the door: to the registrant only, while
	 * the seat is confirmed; null otherwise. Kept in Redis for {@link #QR_CODE_KEPT}
	 * only: a season's millions of registrations would otherwise fill it with images
	 * shown once.
	 */
	String checkInQrCodeFor(Caller caller, Registration registration) {
		String code = checkInCodeFor(caller, registration);
		return (code != null && registration.getStatus() == RegistrationStatus.CONFIRMED)
				? this.qrCodes.dataUrl("pages/events/checkin", "c=" + code, QR_CODE_KEPT) : null;
	}

}
