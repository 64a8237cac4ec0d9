package cn.zjgh.portal.event;

import cn.zjgh.portal.account.AccountErased;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sign-up answers are personal data: they go with a deleted account, in its transaction.
 */
@Component
class AnswerErasure {

	private final RegistrationMapper registrations;

	AnswerErasure(RegistrationMapper registrations) {
		this.registrations = registrations;
	}

	@EventListener
	void on(AccountErased erased) {
		this.registrations.eraseAnswersOf(erased.userId());
	}

}
