package cn.zjgh.portal.event;

import java.time.OffsetDateTime;
import java.util.List;

import cn.zjgh.portal.event.EventInputs.Eligibility;
import cn.zjgh.portal.event.EventInputs.SignUpAnswerInput;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;

/**
 * One press of "register", prepared once: the event as read, the worker's earlier
 * registration for it (null when none), the time, and the answers checked and serialised.
 * The rules are checked when it is made; the paths that take a seat take it as it is.
 */
record RegistrationAttempt(long userId, Event event, Registration earlier, OffsetDateTime at, String answers) {

	static RegistrationAttempt of(long userId, Event event, Registration earlier, Eligibility eligibility,
			OffsetDateTime at, List<SignUpAnswerInput> answers) {
		RegistrationRules.require(eligibility);
		if (!eligibility.allowed()) {
			// full without a waitlist: answered from this read, so the rush after the
			// last seat never waits for the event row
			throw new DomainException(ErrorCode.EVENT_FULL, "名额已满");
		}
		return new RegistrationAttempt(userId, event, earlier, at,
				SignUpForm.toJson(SignUpForm.answer(SignUpForm.questionsOf(event), answers)));
	}

	/** A first registration for an event that had a free seat when it was read. */
	boolean mayClaimFreeSeat() {
		return this.earlier == null && !this.event.isFull();
	}

	/** Writes this attempt into the registration, in the given status. */
	Registration applyTo(Registration registration, RegistrationStatus status) {
		registration.setEventId(this.event.getId());
		registration.setUserId(this.userId);
		registration.setStatus(status);
		registration.setRegisteredAt(this.at);
		registration.setAnswers(this.answers);
		return registration;
	}

}
