package cn.zjgh.portal.station;

import cn.zjgh.portal.account.AccountErased;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account's reports lose their text, in the deleting transaction. */
@Component
class IssueErasure {

	private final StationIssueMapper issues;

	IssueErasure(StationIssueMapper issues) {
		this.issues = issues;
	}

	@EventListener
	void on(AccountErased erased) {
		this.issues.eraseNotesOf(erased.userId());
	}

}
