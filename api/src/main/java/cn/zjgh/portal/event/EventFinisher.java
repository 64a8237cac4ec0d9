package cn.zjgh.portal.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finishes events whose end time has passed and marks their unattended confirmed
 * registrations NO_SHOW. One UPDATE decides which events finish, so replicas running it
 * at the same time do not finish an event twice.
 */
@Component
class EventFinisher {

	private static final Log logger = LogFactory.getLog(EventFinisher.class);

	private final EventMapper events;

	private final RegistrationMapper registrations;

	private final EventListingCache listings;

	private final Clock clock;

	EventFinisher(EventMapper events, RegistrationMapper registrations, EventListingCache listings, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.listings = listings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${portal.events.finish-interval:60s}",
			initialDelayString = "${portal.events.finish-interval:60s}")
	@Transactional
	public int finishEnded() {
		List<Long> finished = this.events.finishEnded(OffsetDateTime.now(this.clock));
		if (!finished.isEmpty()) {
			int noShows = this.registrations.markNoShows(finished);
			this.listings.evictAfterCommit();
			logger.info("Finished " + finished.size() + " events; " + noShows + " registrations were no-shows");
		}
		return finished.size();
	}

}
