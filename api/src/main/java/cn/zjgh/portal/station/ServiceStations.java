package cn.zjgh.portal.station;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.WeeklyHours;
import cn.zjgh.portal.shared.WeeklyHours.OpeningHoursInput;
import cn.zjgh.portal.station.StationInputs.CloseServiceStationInput;
import cn.zjgh.portal.station.StationInputs.CreateServiceStationInput;
import cn.zjgh.portal.station.StationInputs.UpdateServiceStationInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizers opening, changing and closing down the stations of their units. Each change
 * is checked against the unit the station belongs to, which no change can move. A station
 * is open round the clock or has weekly hours, never both; it offers free meals exactly
 * when it has a daily quota.
 */
@Service
class ServiceStations {

	private final StationMapper stations;

	private final StationDirectory directory;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	private final Clock clock;

	ServiceStations(StationMapper stations, StationDirectory directory, OrgUnitDirectory orgUnits, OrgScope orgScope,
			Clock clock) {
		this.stations = stations;
		this.directory = directory;
		this.orgUnits = orgUnits;
		this.orgScope = orgScope;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	ServiceStation create(Caller caller, CreateServiceStationInput input) {
		this.orgUnits.requireOpen(input.orgUnitId(), "orgUnitId");
		this.orgScope.requireOrganizerOf(caller, input.orgUnitId());
		ServiceStation station = new ServiceStation();
		station.setOrgUnitId(input.orgUnitId());
		station.setName(input.name().strip());
		station.setAddress(input.address().strip());
		station.setDistrictCode(input.districtCode());
		station.setLat(input.lat());
		station.setLng(input.lng());
		station.setPhotos((input.photos() != null) ? input.photos().toArray(String[]::new) : new String[0]);
		station.setOpen24h(Boolean.TRUE.equals(input.open24h()));
		List<WeeklyHours.Day> week = hours(station.isOpen24h(), input.openingHours());
		setServices(station, input.services(), input.freeMealQuota());
		this.stations.insert(station);
		insertHours(station.getId(), week);
		return this.stations.selectById(station.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	ServiceStation update(Caller caller, UpdateServiceStationInput input) {
		ServiceStation station = this.directory.require(input.stationId());
		this.orgScope.requireOrganizerOf(caller, station.getOrgUnitId());
		if (station.isClosed()) {
			throw DomainException.badInput("stationId", "the station is closed down");
		}
		if ((input.lat() == null) != (input.lng() == null)) {
			throw DomainException.badInput((input.lat() == null) ? "lat" : "lng", "give lat and lng together");
		}
		if (input.name() != null) {
			station.setName(input.name().strip());
		}
		if (input.address() != null) {
			station.setAddress(input.address().strip());
		}
		if (input.lat() != null) {
			station.setLat(input.lat());
			station.setLng(input.lng());
		}
		if (input.photos() != null) {
			station.setPhotos(input.photos().toArray(String[]::new));
		}
		boolean was24h = station.isOpen24h();
		if (input.open24h() != null) {
			station.setOpen24h(input.open24h());
		}
		boolean hoursChange = input.openingHours() != null || station.isOpen24h() != was24h;
		List<WeeklyHours.Day> week = hoursChange ? hours(station.isOpen24h(), input.openingHours()) : null;
		if (input.services() != null || input.freeMealQuota() != null) {
			List<StationService> services = (input.services() != null) ? input.services()
					: Arrays.stream(station.getServices()).map(StationService::valueOf).toList();
			Integer quota = (input.freeMealQuota() != null) ? input.freeMealQuota()
					: (services.contains(StationService.FREE_MEALS) ? station.getFreeMealQuota() : null);
			setServices(station, services, quota);
		}
		this.stations.updateById(station);
		if (input.freeMealQuota() != null) {
			this.stations.setQuotaFrom(station.getId(), LocalDate.now(this.clock), station.getFreeMealQuota());
		}
		if (week != null) {
			this.stations.deleteHours(station.getId());
			insertHours(station.getId(), week);
		}
		return this.stations.selectById(station.getId());
	}

	/** Closes the station down for good: it leaves the listings and takes no reports. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	ServiceStation close(Caller caller, CloseServiceStationInput input) {
		ServiceStation station = this.directory.require(input.stationId());
		this.orgScope.requireOrganizerOf(caller, station.getOrgUnitId());
		if (station.isClosed()) {
			throw DomainException.badInput("stationId", "the station is already closed down");
		}
		station.setClosedAt(OffsetDateTime.now(this.clock));
		station.setClosedReason(input.reason().strip());
		this.stations.updateById(station);
		return this.stations.selectById(station.getId());
	}

	/**
	 * The weekly hours, checked: none for a station open round the clock, at least one
	 * day for any other.
	 */
	private static List<WeeklyHours.Day> hours(boolean open24h, List<OpeningHoursInput> openingHours) {
		List<OpeningHoursInput> days = (openingHours != null) ? openingHours : List.of();
		if (open24h && !days.isEmpty()) {
			throw DomainException.badInput("openingHours", "a station open 24 hours has no weekly hours");
		}
		if (!open24h && days.isEmpty()) {
			throw DomainException.badInput("openingHours", "give the weekly hours, or open24h: true");
		}
		return WeeklyHours.parse("openingHours", days);
	}

	private static void setServices(ServiceStation station, List<StationService> services, Integer freeMealQuota) {
		EnumSet<StationService> set = services.isEmpty() ? EnumSet.noneOf(StationService.class)
				: EnumSet.copyOf(services);
		if (set.contains(StationService.FREE_MEALS) != (freeMealQuota != null)) {
			throw DomainException.badInput("freeMealQuota",
					"a station offering FREE_MEALS needs a daily quota," + " and only such a station has one");
		}
		station.setServices(set.stream().map(Enum::name).toArray(String[]::new));
		station.setFreeMealQuota(freeMealQuota);
	}

	private void insertHours(long stationId, List<WeeklyHours.Day> week) {
		for (WeeklyHours.Day day : week) {
			this.stations.insertHours(stationId, day.weekday(), day.opens(), day.closes());
		}
	}

}
