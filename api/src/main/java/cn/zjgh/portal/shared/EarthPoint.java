package cn.zjgh.portal.shared;

/**
 * A position as PostgreSQL's earthdistance module stores it: a point in metres from the
 * earth's centre. Computed here so a query gets a constant to walk its GiST index with.
 */
public record EarthPoint(double x, double y, double z) {

	/** The earth radius earthdistance uses ({@code earth()}). */
	public static final double EARTH_RADIUS_METRES = 6_378_168;

	public static EarthPoint of(double lat, double lng) {
		double phi = Math.toRadians(lat);
		double lambda = Math.toRadians(lng);
		return new EarthPoint(EARTH_RADIUS_METRES * Math.cos(phi) * Math.cos(lambda),
				EARTH_RADIUS_METRES * Math.cos(phi) * Math.sin(lambda), EARTH_RADIUS_METRES * Math.sin(phi));
	}

}
