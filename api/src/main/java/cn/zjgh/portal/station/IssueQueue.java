package cn.zjgh.portal.station;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reports as the organizers of the stations' units see them: those of the unit and the
 * units below it, newest first. Nobody else lists reports; a worker sees their own only
 * in the answer to reporting it.
 */
@Service
class IssueQueue {

	private final StationIssueMapper issues;

	private final StationMapper stations;

	private final StationDirectory directory;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	IssueQueue(StationIssueMapper issues, StationMapper stations, StationDirectory directory, OrgUnitDirectory orgUnits,
			OrgScope orgScope) {
		this.issues = issues;
		this.stations = stations;
		this.directory = directory;
		this.orgUnits = orgUnits;
		this.orgScope = orgScope;
	}

	@PreAuthorize("isAuthenticated()")
	Connection<StationIssue> forUnit(Caller caller, long orgUnitId, Long stationId, IssueStatus status,
			PageRequest page) {
		this.orgUnits.require(orgUnitId);
		this.orgScope.requireOrganizerOf(caller, orgUnitId);
		if (stationId != null) {
			ServiceStation station = this.directory.require(stationId);
			if (!this.orgUnits.isWithin(station.getOrgUnitId(), orgUnitId)) {
				throw DomainException.badInput("stationId", "the station is not in this unit");
			}
		}
		return Connection.of(this.issues.findInSubtree(orgUnitId, stationId, status, page.afterId(), page.fetchSize()),
				page, (issue) -> Cursor.of(issue.getId()));
	}

	Map<StationIssue, ServiceStation> stationsOf(List<StationIssue> issues) {
		Map<Long, ServiceStation> byId = this.stations
			.selectByIds(issues.stream().map(StationIssue::getStationId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(ServiceStation::getId, Function.identity()));
		return Batches.map(issues, (issue) -> byId.get(issue.getStationId()));
	}

}
