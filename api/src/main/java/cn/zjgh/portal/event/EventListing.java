package cn.zjgh.portal.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.event.EventInputs.EventFilter;
import cn.zjgh.portal.shared.GeoPoint;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.LikePattern;
import cn.zjgh.portal.shared.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What workers browse: the filtered, keyset-paginated listing and the popular first
 * screen; organizers' own events; and who organizes each event, with its attendance shown
 * to those organizers only. The popular listing per city and the first page of the
 * unfiltered listing come from {@link EventListingCache}.
 */
@Service
class EventListing {

	/** The cache keeps this many rows per key and serves any smaller page from them. */
	private static final int CACHED_ROWS = PageRequest.MAX_SIZE + 1;

	private final EventMapper events;

	private final EventListingCache cache;

	private final PopularityBoard board;

	private final OrgScope orgScope;

	private final Clock clock;

	EventListing(EventMapper events, EventListingCache cache, PopularityBoard board, OrgScope orgScope, Clock clock) {
		this.events = events;
		this.cache = cache;
		this.board = board;
		this.orgScope = orgScope;
		this.clock = clock;
	}

	Event find(long id) {
		Event event = this.events.selectById(id);
		return (event != null && event.getStatus() != EventStatus.DRAFT) ? event : null;
	}

	Connection<Event> events(EventFilter filter, EventOrder order, GeoPoint near, PageRequest page) {
		EventFilter given = (filter != null) ? filter : EventFilter.NONE;
		EventOrder sort = (order != null) ? order : EventOrder.SOONEST;
		if (sort == EventOrder.NEAREST && near == null) {
			throw DomainException.badInput("near", "is needed to order by NEAREST");
		}
		if (given.isEmpty() && sort == EventOrder.SOONEST && near == null && !page.hasCursor()) {
			List<Event> firstRows = this.cache.get("soonest",
					() -> query(given, sort, null, PageRequest.of(PageRequest.MAX_SIZE, null), CACHED_ROWS));
			return connection(firstRows, page, sort);
		}
		return connection(query(given, sort, near, page, page.fetchSize()), page, sort);
	}

	Connection<Event> popular(String city, PageRequest page) {
		if (page.hasCursor()) {
			throw DomainException.badInput("after", "the popular listing has one page");
		}
		if (city != null && !city.matches("\\d{6}")) {
			throw DomainException.badInput("city", "must be a 6-digit region code such as 330100");
		}
		EventFilter filter = new EventFilter(city, null, null, null, null, null, null, null, null, null, null);
		List<Event> rows = this.cache.get("popular:" + ((city != null) ? city : "all"),
				() -> popularFromBoard(city, filter));
		return Connection.of(rows.stream().limit(page.size()).toList(), page, (event) -> Cursor.of(event.getId()));
	}

	/**
	 * The board's order when Redis has it, PostgreSQL's otherwise; only published,
	 * upcoming events.
	 */
	private List<Event> popularFromBoard(String city, EventFilter filter) {
		List<Long> ids = this.board.top((city != null) ? city : PopularityBoard.ALL, PageRequest.MAX_SIZE);
		if (ids == null) {
			return query(filter, EventOrder.POPULAR, null, PageRequest.of(PageRequest.MAX_SIZE, null),
					PageRequest.MAX_SIZE);
		}
		if (ids.isEmpty()) {
			return List.of();
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		Map<Long, Event> found = this.events.selectByIds(ids)
			.stream()
			.filter((event) -> event.getStatus() == EventStatus.PUBLISHED && event.getEndsAt().isAfter(now))
			.collect(Collectors.toMap(Event::getId, Function.identity()));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	@PreAuthorize("isAuthenticated()")
	Connection<Event> forOrganizer(Caller caller, EventStatus status, PageRequest page) {
		List<Event> rows = this.events.findForOrganizer(caller.userId(), caller.isAdmin(), status, page.afterTime(0),
				page.afterLong(1), page.fetchSize());
		return Connection.of(rows, page, (event) -> Cursor.of(event.getCreatedAt(), event.getId()));
	}

	/** How many attended each event: for organizers of its unit only. */
	Map<Event, Integer> attendedCounts(Caller caller, List<Event> events) {
		if (caller == null) {
			return Map.of();
		}
		Map<Long, Boolean> inScope = new HashMap<>();
		return Batches.map(events,
				(event) -> inScope.computeIfAbsent(event.getOrgUnitId(), (unit) -> this.orgScope.covers(caller, unit))
						? event.getAttendedCount() : null);
	}

	private List<Event> query(EventFilter filter, EventOrder order, GeoPoint near, PageRequest page, int limit) {
		ZoneId zone = this.clock.getZone();
		boolean byTime = order == EventOrder.SOONEST;
		ListingQuery query = new ListingQuery(filter.cityCode(), filter.districtCode(), filter.orgUnitId(),
				filter.category(), filter.kind(), filter.seasonId(), filter.interestGroupId(),
				(filter.from() != null) ? filter.from().atStartOfDay(zone).toOffsetDateTime() : null,
				(filter.to() != null) ? filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime() : null,
				Boolean.TRUE.equals(filter.registrationOpen()), LikePattern.containing(filter.keyword()), order,
				(near != null) ? near.lat() : null, (near != null) ? near.lng() : null, OffsetDateTime.now(this.clock),
				byTime ? page.afterTime(0) : null, byTime ? null : page.afterDouble(0), page.afterLong(1), limit);
		return switch (order) {
			case SOONEST -> this.events.findListingSoonest(query);
			case POPULAR -> this.events.findListingPopular(query);
			case NEAREST -> this.events.findListingNearest(query);
		};
	}

	private static Connection<Event> connection(List<Event> rows, PageRequest page, EventOrder order) {
		List<Event> window = rows.stream().limit(page.fetchSize()).toList();
		return Connection.of(window, page, (event) -> switch (order) {
			case SOONEST -> Cursor.of(event.getStartsAt(), event.getId());
			case POPULAR -> Cursor.of((double) (event.getConfirmedCount() + event.getWaitlistCount()), event.getId());
			case NEAREST -> Cursor.of(event.getDistanceMeters(), event.getId());
		});
	}

}
