package cn.zjgh.portal.help;

import java.time.LocalDate;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.help.HelpInputs.CloseHelpRequestInput;
import cn.zjgh.portal.help.HelpInputs.HelpRequestIdInput;
import cn.zjgh.portal.help.HelpInputs.HelpRequestPayload;
import cn.zjgh.portal.help.HelpInputs.HelpRequestReport;
import cn.zjgh.portal.help.HelpInputs.ReplyToHelpRequestInput;
import cn.zjgh.portal.help.HelpInputs.TransferHelpRequestInput;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.PageRequest;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The handlers' side: the queue, the report and the steps they take. */
@Controller
class HelpDeskController {

	private final HelpRequests requests;

	private final HelpRequestReading reading;

	HelpDeskController(HelpRequests requests, HelpRequestReading reading) {
		this.requests = requests;
		this.reading = reading;
	}

	@QueryMapping
	Connection<HelpRequest> helpRequestQueue(@Argument long orgUnitId, @Argument HelpRequestStatus status,
			@Argument Boolean overdue, @Argument Integer first, @Argument String after,
			@AuthenticationPrincipal Caller caller) {
		return this.reading.queue(caller, orgUnitId, status, overdue, PageRequest.of(first, after));
	}

	@QueryMapping
	HelpRequestReport helpRequestReport(@Argument long orgUnitId, @Argument LocalDate from, @Argument LocalDate to,
			@AuthenticationPrincipal Caller caller) {
		return this.reading.report(caller, orgUnitId, from, to);
	}

	@MutationMapping
	HelpRequestPayload acceptHelpRequest(@Argument @Valid HelpRequestIdInput input,
			@AuthenticationPrincipal Caller caller) {
		return new HelpRequestPayload(this.requests.accept(caller, input.id()));
	}

	@MutationMapping
	HelpRequestPayload replyToHelpRequest(@Argument @Valid ReplyToHelpRequestInput input,
			@AuthenticationPrincipal Caller caller) {
		return new HelpRequestPayload(this.requests.reply(caller, input));
	}

	@MutationMapping
	HelpRequestPayload transferHelpRequest(@Argument @Valid TransferHelpRequestInput input,
			@AuthenticationPrincipal Caller caller) {
		return new HelpRequestPayload(this.requests.transfer(caller, input));
	}

	@MutationMapping
	HelpRequestPayload closeHelpRequest(@Argument @Valid CloseHelpRequestInput input,
			@AuthenticationPrincipal Caller caller) {
		return new HelpRequestPayload(this.requests.close(caller, input));
	}

}
