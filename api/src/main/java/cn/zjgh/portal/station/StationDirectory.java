package cn.zjgh.portal.station;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.GeoPoint;
import cn.zjgh.portal.shared.NearbySearch;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.shared.ReadsFromReplica;
import cn.zjgh.portal.station.StationInputs.FreeMealStatus;

import org.springframework.stereotype.Service;

/**
 * Stations as workers find them: nearest first, open now, with a service; a station's
 * unit, hours, whether it is open at this moment, whether a worker reported it closed,
 * and today's free meals. "Now" and "today" are the portal's clock and zone.
 */
@Service
class StationDirectory {

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	private final StationMapper stations;

	private final FreeMealMapper meals;

	private final Clock clock;

	StationDirectory(StationMapper stations, FreeMealMapper meals, Clock clock) {
		this.stations = stations;
		this.meals = meals;
		this.clock = clock;
	}

	ServiceStation find(long id) {
		return this.stations.selectById(id);
	}

	ServiceStation require(long id) {
		return DomainException.requireFound(this.stations.selectById(id), "Service station", id);
	}

	/** A station that is still in service, for reports and claims. */
	ServiceStation requireInService(long id, String field) {
		ServiceStation station = require(id);
		if (station.isClosed()) {
			throw DomainException.badInput(field, "the station is closed down");
		}
		return station;
	}

	@ReadsFromReplica
	Connection<ServiceStation> page(GeoPoint near, Double radiusKm, StationService service, Boolean openNow,
			Long orgUnitId, PageRequest page) {
		NearbySearch nearby = NearbySearch.of(near, radiusKm, "radiusKm", page);
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		List<ServiceStation> rows = this.stations.findPage(nearby, orgUnitId, service, Boolean.TRUE.equals(openNow),
				now.toLocalDate(), now.getDayOfWeek().getValue(), now.toLocalTime(), NearbySearch.afterId(page),
				page.fetchSize());
		return Connection.of(rows, page, (station) -> (nearby != null)
				? NearbySearch.cursorOf(station.getNearness(), station.getId()) : Cursor.of(station.getId()));
	}

	Map<ServiceStation, List<StationHours>> openingHoursOf(List<ServiceStation> stations) {
		Map<Long, List<StationHours>> hours = hoursByStation(stations);
		return Batches.map(stations, (station) -> hours.getOrDefault(station.getId(), List.of()));
	}

	/**
	 * Open at this moment: round the clock, or today's hours contain the time. A listing
	 * has read it with the stations already.
	 */
	Map<ServiceStation, Boolean> openNowOf(List<ServiceStation> stations) {
		if (listed(stations)) {
			return Batches.map(stations, ServiceStation::getOpenNow);
		}
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		int weekday = now.getDayOfWeek().getValue();
		String time = now.format(HOURS_MINUTES);
		Map<Long, List<StationHours>> hours = hoursByStation(stations);
		return Batches.map(stations,
				(station) -> !station.isClosed()
						&& (station.isOpen24h() || hours.getOrDefault(station.getId(), List.of())
							.stream()
							.anyMatch((day) -> day.weekday() == weekday && day.contains(time))));
	}

	Map<ServiceStation, Boolean> reportedClosedOf(List<ServiceStation> stations) {
		if (listed(stations)) {
			return Batches.map(stations, ServiceStation::getReportedClosed);
		}
		Set<Long> reported = Set.copyOf(this.stations.reportedClosedAmong(idsOf(stations)));
		return Batches.map(stations, (station) -> reported.contains(station.getId()));
	}

	/** Today's free meals of the stations that offer them; null for the others. */
	Map<ServiceStation, FreeMealStatus> freeMealsOf(List<ServiceStation> stations) {
		List<Long> ids = stations.stream().filter(ServiceStation::offersFreeMeals).map(ServiceStation::getId).toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, StationMapper.MealDay> days = listed(stations) ? mealDaysListed(stations)
				: this.stations.mealDaysOf(ids, today)
					.stream()
					.collect(Collectors.toMap(StationMapper.MealDay::stationId, Function.identity()));
		return Batches.map(stations, (station) -> {
			if (!station.offersFreeMeals()) {
				return null;
			}
			StationMapper.MealDay day = days.get(station.getId());
			int quota = (day != null) ? day.quota() : station.getFreeMealQuota();
			int claimed = (day != null) ? day.claimed() : 0;
			return new FreeMealStatus(station.getId(), quota, Math.max(0, quota - claimed));
		});
	}

	/**
	 * Which of these stations' meals the caller took today; none for an anonymous one.
	 */
	Map<FreeMealStatus, Boolean> claimedBy(Caller caller, List<FreeMealStatus> meals) {
		Set<Long> mine = (caller != null) ? Set.copyOf(this.meals.claimedAmong(caller.userId(),
				LocalDate.now(this.clock), meals.stream().map(FreeMealStatus::stationId).toList())) : Set.of();
		return Batches.map(meals, (meal) -> mine.contains(meal.stationId()));
	}

	/** Whether the stations come from a listing that read their state today with them. */
	private static boolean listed(List<ServiceStation> stations) {
		return stations.stream().allMatch(ServiceStation::hasTodaysState);
	}

	private static Map<Long, StationMapper.MealDay> mealDaysListed(List<ServiceStation> stations) {
		return stations.stream()
			.filter((station) -> station.getMealQuotaToday() != null)
			.collect(
					Collectors.toMap(
							ServiceStation::getId, (station) -> new StationMapper.MealDay(station.getId(),
									station.getMealQuotaToday(), station.getMealsClaimedToday()),
							(first, second) -> first));
	}

	private Map<Long, List<StationHours>> hoursByStation(List<ServiceStation> stations) {
		return this.stations.hoursOf(idsOf(stations)).stream().collect(Collectors.groupingBy(StationHours::stationId));
	}

	static List<Long> idsOf(Collection<ServiceStation> stations) {
		return stations.stream().map(ServiceStation::getId).distinct().toList();
	}

}
