package cn.zjgh.portal.help;

public enum HelpRequestStatus {

	/** Waiting for an organizer of the current unit to accept it. */
	SUBMITTED,

	/** Accepted by an organizer, who answers it. */
	ACCEPTED,

	/** Done, with an outcome; the worker may rate it once. */
	CLOSED

}
