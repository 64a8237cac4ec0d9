package cn.zjgh.portal.help;

import cn.zjgh.portal.account.AccountErased;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a worker wrote in requests and ratings, and their contact phone, go with a deleted
 * account, in its transaction; the requests stay for the counts.
 */
@Component
class HelpRequestErasure {

	private final HelpRequestMapper requests;

	private final HelpRequestStepMapper steps;

	HelpRequestErasure(HelpRequestMapper requests, HelpRequestStepMapper steps) {
		this.requests = requests;
		this.steps = steps;
	}

	@EventListener
	void on(AccountErased erased) {
		this.requests.eraseOf(erased.userId());
		this.steps.eraseOf(erased.userId());
	}

}
