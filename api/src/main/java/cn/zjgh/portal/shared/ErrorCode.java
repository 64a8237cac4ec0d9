package cn.zjgh.portal.shared;

/**
 * Stable codes carried in {@code extensions.code} of every GraphQL error. Clients switch
 * on these, so a code is never renamed once released.
 */
public enum ErrorCode {

	UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, RATE_LIMITED, VERSION_CONFLICT,

	/** The WeChat login code was rejected by WeChat (expired, used twice or invalid). */
	WECHAT_CODE_INVALID,

	/** WeChat could not be reached or answered with an error we cannot act on. */
	WECHAT_UNAVAILABLE,

	/** The query is deeper or more complex than the configured limits. */
	QUERY_TOO_COMPLEX,

	/** The document does not parse or does not validate against the schema. */
	GRAPHQL_VALIDATION_FAILED,

	/**
	 * The request named its document by hash only, and this server does not know the
	 * hash: send the document with the same hash.
	 */
	PERSISTED_QUERY_NOT_FOUND,

	EVENT_FULL, REGISTRATION_CLOSED, CHECK_IN_CLOSED, ALREADY_CHECKED_IN, SEAT_TAKEN, ROOM_CLOSED, OUTSIDE_HOURS,
	BOOKING_LIMIT, BOOKING_BANNED, LECTURER_BUSY, CLASSROOM_BUSY, CONTENT_RISKY,

	/**
	 * A room's seat count cannot go down yet: a seat it would take away holds a booking
	 * that has not ended.
	 */
	SEATS_BOOKED,

	/**
	 * Only union members may do this (a members' event or interest group); apply first.
	 */
	MEMBERSHIP_REQUIRED,

	/** The worker's phone number must be bound (bindPhone) first. */
	PHONE_REQUIRED,

	/**
	 * Nothing of it is left today (a station's free meals); try tomorrow or elsewhere.
	 */
	QUOTA_EXHAUSTED,

	/** The caller already took their share for today (one free meal a day). */
	ALREADY_CLAIMED,

	/** Anything unexpected; details are in the server log, never in the response. */
	INTERNAL

}
