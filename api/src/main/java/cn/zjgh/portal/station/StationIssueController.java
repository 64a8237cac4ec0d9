package cn.zjgh.portal.station;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import cn.zjgh.portal.station.StationInputs.IssuePayload;
import cn.zjgh.portal.station.StationInputs.ReportStationIssueInput;
import cn.zjgh.portal.station.StationInputs.ResolveStationIssueInput;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class StationIssueController {

	private final StationIssues issues;

	private final IssueQueue queue;

	StationIssueController(StationIssues issues, IssueQueue queue) {
		this.issues = issues;
		this.queue = queue;
	}

	@QueryMapping
	Connection<StationIssue> stationIssues(@Argument long orgUnitId, @Argument Long stationId,
			@Argument IssueStatus status, @Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.queue.forUnit(caller, orgUnitId, stationId, status, PageRequest.of(first, after));
	}

	@MutationMapping
	IssuePayload reportStationIssue(@Argument @Valid ReportStationIssueInput input,
			@AuthenticationPrincipal Caller caller) {
		return new IssuePayload(this.issues.report(caller, input));
	}

	@MutationMapping
	IssuePayload resolveStationIssue(@Argument @Valid ResolveStationIssueInput input,
			@AuthenticationPrincipal Caller caller) {
		return new IssuePayload(this.issues.resolve(caller, input));
	}

	@BatchMapping(typeName = "StationIssue")
	Map<StationIssue, ServiceStation> station(List<StationIssue> issues) {
		return this.queue.stationsOf(issues);
	}

	@SchemaMapping(typeName = "StationIssue")
	OffsetDateTime reportedAt(StationIssue issue) {
		return issue.getCreatedAt();
	}

}
