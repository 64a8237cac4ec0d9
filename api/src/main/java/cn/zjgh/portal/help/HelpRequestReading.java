package cn.zjgh.portal.help;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.help.HelpInputs.CategoryCount;
import cn.zjgh.portal.help.HelpInputs.HelpRequestReport;
import cn.zjgh.portal.help.HelpInputs.StatusCount;
import cn.zjgh.portal.help.HelpRequestMapper.ReportRow;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Requests as workers and handlers see them. Only the worker and the units the request
 * has been at (with the organizers above them) see a request at all; its contact phone is
 * in full only for the worker and the organizer handling it now, masked for everyone
 * else.
 */
@Service
class HelpRequestReading {

	/** The longest period one report covers. */
	static final int MAX_REPORT_DAYS = 366;

	private final HelpRequestMapper requests;

	private final HelpRequestStepMapper steps;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	private final Clock clock;

	HelpRequestReading(HelpRequestMapper requests, HelpRequestStepMapper steps, OrgUnitDirectory orgUnits,
			OrgScope orgScope, Clock clock) {
		this.requests = requests;
		this.steps = steps;
		this.orgUnits = orgUnits;
		this.orgScope = orgScope;
		this.clock = clock;
	}

	/** The caller's own requests, newest first. */
	@PreAuthorize("isAuthenticated()")
	Connection<HelpRequest> mine(Caller caller, PageRequest page) {
		return Connection.of(this.requests.findMine(caller.userId(), page.afterId(), page.fetchSize()), page,
				(request) -> Cursor.of(request.getId()));
	}

	/**
	 * The request, for its worker and for organizers of a unit it has been at or above;
	 * NOT_FOUND for anyone else, as if it did not exist.
	 */
	@PreAuthorize("isAuthenticated()")
	HelpRequest find(Caller caller, long id) {
		HelpRequest request = this.requests.selectById(id);
		if (request == null || !(request.getUserId() == caller.userId() || handledBy(caller, request))) {
			throw DomainException.notFound("Help request", id);
		}
		return request;
	}

	/**
	 * Requests held now by the unit or the units below it, oldest first, for organizers
	 * of the unit; {@code overdue} keeps those waiting past their deadline to be
	 * accepted.
	 */
	@PreAuthorize("isAuthenticated()")
	Connection<HelpRequest> queue(Caller caller, long orgUnitId, HelpRequestStatus status, Boolean overdue,
			PageRequest page) {
		this.orgUnits.require(orgUnitId);
		this.orgScope.requireOrganizerOf(caller, orgUnitId);
		OffsetDateTime overdueAt = Boolean.TRUE.equals(overdue) ? OffsetDateTime.now(this.clock) : null;
		return Connection.of(this.requests.findQueue(orgUnitId, status, overdueAt, page.afterId(), page.fetchSize()),
				page, (request) -> Cursor.of(request.getId()));
	}

	/**
	 * Requests submitted from {@code from} to {@code to} (days in the portal's time zone,
	 * both included) and held now by the unit or a unit below it: counted per category
	 * and status, with the median minutes from submission to the first acceptance and to
	 * closing, and the average rating. PostgreSQL computes all of it in one statement.
	 */
	@PreAuthorize("isAuthenticated()")
	HelpRequestReport report(Caller caller, long orgUnitId, LocalDate from, LocalDate to) {
		this.orgUnits.require(orgUnitId);
		this.orgScope.requireOrganizerOf(caller, orgUnitId);
		if (to.isBefore(from)) {
			throw DomainException.badInput("to", "must not be before from");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_REPORT_DAYS) {
			throw DomainException.badInput("to", "a report covers at most " + MAX_REPORT_DAYS + " days");
		}
		List<ReportRow> rows = this.requests.report(orgUnitId,
				from.atStartOfDay(this.clock.getZone()).toOffsetDateTime(),
				to.plusDays(1).atStartOfDay(this.clock.getZone()).toOffsetDateTime());
		ReportRow all = rows.stream().filter((row) -> row.grouping() == 3).findFirst().orElseThrow();
		List<CategoryCount> categories = rows.stream()
			.filter((row) -> row.grouping() == 1)
			.map((row) -> new CategoryCount(row.category(), row.count()))
			.sorted((a, b) -> a.category().compareTo(b.category()))
			.toList();
		List<StatusCount> statuses = rows.stream()
			.filter((row) -> row.grouping() == 2)
			.map((row) -> new StatusCount(row.status(), row.count()))
			.sorted((a, b) -> a.status().compareTo(b.status()))
			.toList();
		return new HelpRequestReport(all.count(), categories, statuses, all.medianMinutesToAccept(),
				all.medianMinutesToClose(), all.averageRating(), all.ratings());
	}

	/** A page of the request's timeline, oldest first. */
	Connection<HelpRequestStep> timeline(HelpRequest request, PageRequest page) {
		return Connection.of(this.steps.findTimeline(request.getId(), page.afterId(), page.fetchSize()), page,
				(step) -> Cursor.of(step.getId()));
	}

	boolean isOverdue(HelpRequest request) {
		return request.getStatus() == HelpRequestStatus.SUBMITTED
				&& !OffsetDateTime.now(this.clock).isBefore(request.getAcceptDueAt());
	}

	/**
	 * In full for the worker and the organizer handling the request now; masked
	 * otherwise.
	 */
	String contactPhoneFor(Caller caller, HelpRequest request) {
		String phone = request.getContactPhone();
		if (phone == null || (caller != null && (caller.userId() == request.getUserId()
				|| Objects.equals(request.getHandlerId(), caller.userId())))) {
			return phone;
		}
		return (phone.length() < 7) ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

	Map<HelpRequestStep, OrgUnit> destinationsOf(List<HelpRequestStep> steps) {
		return this.orgUnits.unitsOf(steps, HelpRequestStep::getToOrgUnitId);
	}

	private boolean handledBy(Caller caller, HelpRequest request) {
		return caller.mayOrganize()
				&& !this.orgScope.coveredAmong(caller, this.steps.unitsOf(request.getId())).isEmpty();
	}

}
