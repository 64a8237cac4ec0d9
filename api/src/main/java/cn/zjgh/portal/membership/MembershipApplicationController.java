package cn.zjgh.portal.membership;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.membership.MembershipInputs.ApplicationPayload;
import cn.zjgh.portal.membership.MembershipInputs.ApplyForMembershipInput;
import cn.zjgh.portal.membership.MembershipInputs.ReviewMembershipApplicationInput;
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
class MembershipApplicationController {

	private final MembershipApplications applications;

	private final ApplicationQueue queue;

	MembershipApplicationController(MembershipApplications applications, ApplicationQueue queue) {
		this.applications = applications;
		this.queue = queue;
	}

	@QueryMapping
	Connection<MembershipApplication> membershipApplications(@Argument long orgUnitId,
			@Argument ApplicationStatus status, @Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.queue.forUnit(caller, orgUnitId, status, PageRequest.of(first, after));
	}

	@MutationMapping
	ApplicationPayload applyForMembership(@Argument @Valid ApplyForMembershipInput input,
			@AuthenticationPrincipal Caller caller) {
		return new ApplicationPayload(this.applications.apply(caller, input));
	}

	@MutationMapping
	ApplicationPayload reviewMembershipApplication(@Argument @Valid ReviewMembershipApplicationInput input,
			@AuthenticationPrincipal Caller caller) {
		return new ApplicationPayload(this.applications.review(caller, input));
	}

	@BatchMapping(typeName = "MembershipApplication")
	Map<MembershipApplication, String> realName(List<MembershipApplication> applications, Principal principal) {
		return this.queue.realNamesFor(Caller.of(principal), applications);
	}

	@BatchMapping(typeName = "MembershipApplication")
	Map<MembershipApplication, String> phone(List<MembershipApplication> applications, Principal principal) {
		return this.queue.phonesFor(Caller.of(principal), applications);
	}

}
