package cn.zjgh.portal.station;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.RateLimiter;
import cn.zjgh.portal.station.StationInputs.ReportStationIssueInput;
import cn.zjgh.portal.station.StationInputs.ResolveStationIssueInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workers reporting a problem at a station, organizers of the station's unit resolving
 * it. One open report per worker, station and kind (a partial unique index): reporting
 * the same again answers with the open one. Resolving is a conditional update of an open
 * report, so two organizers cannot both resolve it.
 */
@Service
class StationIssues {

	/** A worker reports now and then; this only stops scripts. */
	static final int REPORT_LIMIT = 10;

	static final Duration REPORT_WINDOW = Duration.ofMinutes(10);

	private final StationIssueMapper issues;

	private final StationDirectory directory;

	private final OrgScope orgScope;

	private final RateLimiter rateLimiter;

	private final Clock clock;

	StationIssues(StationIssueMapper issues, StationDirectory directory, OrgScope orgScope, RateLimiter rateLimiter,
			Clock clock) {
		this.issues = issues;
		this.directory = directory;
		this.orgScope = orgScope;
		this.rateLimiter = rateLimiter;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	StationIssue report(Caller caller, ReportStationIssueInput input) {
		this.rateLimiter.check("report-station", caller.userId(), REPORT_LIMIT, REPORT_WINDOW);
		ServiceStation station = this.directory.requireInService(input.stationId(), "stationId");
		StationIssue issue = new StationIssue();
		issue.setStationId(station.getId());
		issue.setUserId(caller.userId());
		issue.setKind(input.kind());
		issue.setNote((input.note() != null && !input.note().isBlank()) ? input.note().strip() : null);
		Long id = this.issues.insertIfNoneOpen(issue);
		return (id != null) ? this.issues.selectById(id)
				: this.issues.findOpen(station.getId(), caller.userId(), input.kind());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	StationIssue resolve(Caller caller, ResolveStationIssueInput input) {
		StationIssue issue = DomainException.requireFound(this.issues.selectById(input.id()), "Station issue",
				input.id());
		ServiceStation station = this.directory.require(issue.getStationId());
		this.orgScope.requireOrganizerOf(caller, station.getOrgUnitId());
		String resolution = (input.resolution() != null && !input.resolution().isBlank()) ? input.resolution().strip()
				: null;
		if (this.issues.resolve(issue.getId(), resolution, caller.userId(), OffsetDateTime.now(this.clock)) == 0) {
			throw DomainException.badInput("id", "the report is already resolved");
		}
		return this.issues.selectById(issue.getId());
	}

}
