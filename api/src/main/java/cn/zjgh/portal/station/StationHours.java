package cn.zjgh.portal.station;

/** A station's hours on one weekday (1 = Monday … 7 = Sunday), as {@code HH:mm}. */
record StationHours(long stationId, int weekday, String opens, String closes) {

	/** Whether the station is open at {@code time} ({@code HH:mm}) on this weekday. */
	boolean contains(String time) {
		return this.opens.compareTo(time) <= 0 && this.closes.compareTo(time) > 0;
	}

}
