package cn.zjgh.portal.event;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.event.EventInputs.CreateInterestGroupInput;
import cn.zjgh.portal.event.EventInputs.GroupPayload;
import cn.zjgh.portal.event.EventInputs.GroupRef;
import cn.zjgh.portal.event.EventInputs.InterestGroupMember;
import cn.zjgh.portal.event.EventInputs.InterestGroupMemberInput;
import cn.zjgh.portal.event.EventInputs.UpdateInterestGroupInput;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class InterestGroupController {

	private final InterestGroupDirectory directory;

	private final InterestGroups groups;

	InterestGroupController(InterestGroupDirectory directory, InterestGroups groups) {
		this.directory = directory;
		this.groups = groups;
	}

	@QueryMapping
	Connection<InterestGroup> interestGroups(@Argument Long orgUnitId, @Argument EventCategory category,
			@Argument Integer first, @Argument String after) {
		return this.directory.page(orgUnitId, category, PageRequest.of(first, after));
	}

	@MutationMapping
	GroupPayload createInterestGroup(@Argument @Valid CreateInterestGroupInput input,
			@AuthenticationPrincipal Caller caller) {
		return new GroupPayload(this.groups.create(caller, input));
	}

	@MutationMapping
	GroupPayload joinInterestGroup(@Argument @Valid GroupRef input, @AuthenticationPrincipal Caller caller) {
		return new GroupPayload(this.groups.join(caller, input.groupId()));
	}

	@MutationMapping
	GroupPayload leaveInterestGroup(@Argument @Valid GroupRef input, @AuthenticationPrincipal Caller caller) {
		return new GroupPayload(this.groups.leave(caller, input.groupId()));
	}

	@QueryMapping
	Connection<InterestGroupMember> interestGroupMembers(@Argument long groupId, @Argument Integer first,
			@Argument String after, @AuthenticationPrincipal Caller caller) {
		return this.directory.members(caller, groupId, PageRequest.of(first, after));
	}

	@MutationMapping
	GroupPayload updateInterestGroup(@Argument @Valid UpdateInterestGroupInput input,
			@AuthenticationPrincipal Caller caller) {
		return new GroupPayload(this.groups.update(caller, input));
	}

	@MutationMapping
	GroupPayload removeInterestGroupMember(@Argument @Valid InterestGroupMemberInput input,
			@AuthenticationPrincipal Caller caller) {
		return new GroupPayload(this.groups.removeMember(caller, input.groupId(), input.userId()));
	}

	@BatchMapping(typeName = "Event")
	Map<Event, InterestGroup> interestGroup(List<Event> events) {
		return this.directory.ofEvents(events);
	}

	@BatchMapping(typeName = "InterestGroup")
	Map<InterestGroup, Boolean> joined(List<InterestGroup> groups, Principal principal) {
		return this.directory.joined(Caller.of(principal), groups);
	}

}
