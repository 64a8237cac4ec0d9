package cn.zjgh.portal.readingroom;

public enum BookingStatus {

	BOOKED, CHECKED_IN, AWAY, COMPLETED, CANCELLED, NO_SHOW, RELEASED;

	/** Holds the seat. */
	public boolean isActive() {
		return this == BOOKED || this == CHECKED_IN || this == AWAY;
	}

}
