package cn.zjgh.portal.help;

import java.security.Principal;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.help.HelpInputs.HelpRequestPayload;
import cn.zjgh.portal.help.HelpInputs.RateHelpRequestInput;
import cn.zjgh.portal.help.HelpInputs.SubmitHelpRequestInput;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** A help request as the worker submits, follows and rates it, and its fields. */
@Controller
class HelpRequestController {

	private final HelpRequests requests;

	private final HelpRequestReading reading;

	HelpRequestController(HelpRequests requests, HelpRequestReading reading) {
		this.requests = requests;
		this.reading = reading;
	}

	@QueryMapping
	Connection<HelpRequest> myHelpRequests(@Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.reading.mine(caller, PageRequest.of(first, after));
	}

	@QueryMapping
	HelpRequest helpRequest(@Argument long id, @AuthenticationPrincipal Caller caller) {
		return this.reading.find(caller, id);
	}

	@MutationMapping
	HelpRequestPayload submitHelpRequest(@Argument @Valid SubmitHelpRequestInput input,
			@AuthenticationPrincipal Caller caller) {
		return new HelpRequestPayload(this.requests.submit(caller, input));
	}

	@MutationMapping
	HelpRequestPayload rateHelpRequest(@Argument @Valid RateHelpRequestInput input,
			@AuthenticationPrincipal Caller caller) {
		return new HelpRequestPayload(this.requests.rate(caller, input));
	}

	@SchemaMapping(typeName = "HelpRequest")
	String contactPhone(HelpRequest request, Principal principal) {
		return this.reading.contactPhoneFor(Caller.of(principal), request);
	}

	@SchemaMapping(typeName = "HelpRequest")
	boolean overdue(HelpRequest request) {
		return this.reading.isOverdue(request);
	}

	/** Read one request at a time (the detail page); lists do not ask for it. */
	@SchemaMapping(typeName = "HelpRequest")
	Connection<HelpRequestStep> timeline(HelpRequest request, @Argument Integer first, @Argument String after) {
		return this.reading.timeline(request, PageRequest.of(first, after));
	}

}
