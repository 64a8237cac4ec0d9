package cn.zjgh.portal.event;

public enum RegistrationStatus {

	/**
	 * Only inside the registering transaction, before a seat or waitlist place is
	 * decided.
	 */
	PENDING,

	CONFIRMED, WAITLISTED, CANCELLED, ATTENDED, NO_SHOW;

	/** Holds a seat or a waitlist place, or has used it. */
	public boolean isActive() {
		return this == CONFIRMED || this == WAITLISTED || this == ATTENDED;
	}

}
