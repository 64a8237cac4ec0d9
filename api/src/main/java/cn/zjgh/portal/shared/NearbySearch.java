package cn.zjgh.portal.shared;

/**
 * A nearest-first search over stored positions ({@code position earth}, a GiST index on
 * it): the caller's point, an optional radius and where the previous page ended. The SQL
 * lives once, in {@code mapper/shared/NearbySearch.xml}; a mapper passes this as
 * {@code nearby} and includes the fragments with its table's alias. Rows come back with
 * {@code distance_meters} and {@code nearness} (the sort key), and the page's cursor is
 * (nearness, id).
 */
public record NearbySearch(EarthPoint here, Double radiusMetres, Double afterNearness) {

	public static final double MAX_RADIUS_KM = 200;

	/**
	 * The search around {@code near}, or null when no point is given (then a radius is
	 * refused, as it means nothing).
	 * @param radiusParameter the argument's name, reported with a bad radius
	 */
	public static NearbySearch of(GeoPoint near, Double radiusKm, String radiusParameter, PageRequest page) {
		if (radiusKm != null && (near == null || !(radiusKm > 0) || radiusKm > MAX_RADIUS_KM)) {
			throw DomainException.badInput(radiusParameter,
					"needs near and must be between 0 and " + (int) MAX_RADIUS_KM);
		}
		if (near == null) {
			return null;
		}
		return new NearbySearch(EarthPoint.of(near.lat(), near.lng()), (radiusKm != null) ? radiusKm * 1000 : null,
				page.afterDouble(0));
	}

	/** The id of the last row seen, from the same cursor. */
	public static Long afterId(PageRequest page) {
		return page.afterLong(1);
	}

	public static Cursor cursorOf(Double nearness, long id) {
		return Cursor.of(nearness, id);
	}

}
