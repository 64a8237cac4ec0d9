package cn.zjgh.portal.event;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import tools.jackson.databind.JavaType;

import cn.zjgh.portal.shared.ListingCache;

import org.springframework.stereotype.Component;

/**
 * The cached event listings, one {@link ListingCache} under one name. Entries live
 * {@link #STALENESS} at most; every change that hides an event or fills it evicts them
 * all.
 */
@Component
class EventListingCache {

	/** The cache's name, as its metrics are tagged. */
	static final String NAME = "event-listings";

	/** How old seat counts in a cached listing may be. */
	static final Duration STALENESS = Duration.ofSeconds(5);

	private final ListingCache cache;

	private final JavaType rows;

	EventListingCache(ListingCache cache) {
		this.cache = cache;
		this.rows = cache.listOf(Event.class);
	}

	List<Event> get(String key, Supplier<List<Event>> loader) {
		return this.cache.get(NAME, key, STALENESS, this.rows, loader);
	}

	/** Evicts every listing once the current transaction commits. */
	void evictAfterCommit() {
		this.cache.invalidateAfterCommit(NAME);
	}

	/** Evicts every listing now, for a change that has already committed. */
	void evict() {
		this.cache.invalidate(NAME);
	}

}
