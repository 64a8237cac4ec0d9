package cn.zjgh.portal.readingroom;

/**
 * A room on one date: its hours for that weekday (null when it does not open then) and
 * whether the date is one of its closed days.
 */
record OpeningDay(OpeningHours hours, boolean closed) {

	boolean open() {
		return this.hours != null && !this.closed;
	}

}
