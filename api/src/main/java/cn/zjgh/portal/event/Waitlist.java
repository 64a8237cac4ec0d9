package cn.zjgh.portal.event;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.wechat.SubscribeMessages;

import org.springframework.stereotype.Component;

/** Moves waitlisted workers onto free seats, first come first served, and tells them. */
@Component
class Waitlist {

	static final String PROMOTED_TEMPLATE = "waitlist-promoted";

	private final RegistrationMapper registrations;

	private final EventMapper events;

	private final SubscribeMessages messages;

	Waitlist(RegistrationMapper registrations, EventMapper events, SubscribeMessages messages) {
		this.registrations = registrations;
		this.events = events;
		this.messages = messages;
	}

	/**
	 * Promotes up to {@code seats} workers; must run in the transaction that freed the
	 * seats.
	 */
	int promote(Event event, int seats) {
		if (seats <= 0 || event.getWaitlistCount() == 0) {
			return 0;
		}
		List<Registration> next = this.registrations.lockNextWaitlisted(event.getId(), seats);
		for (Registration registration : next) {
			registration.setStatus(RegistrationStatus.CONFIRMED);
			registration.setWaitlistSeq(null);
			this.registrations.updateById(registration);
			this.messages.enqueue(registration.getUserId(), PROMOTED_TEMPLATE,
					"pages/events/detail?id=" + event.getId(), Map.of("thing1",
							SubscribeMessages.thing(event.getTitle()), "phrase2", "候补成功", "thing3", "已为您保留名额，请按时参加"));
		}
		if (!next.isEmpty()) {
			this.events.promoteFromWaitlist(event.getId(), next.size());
		}
		return next.size();
	}

}
