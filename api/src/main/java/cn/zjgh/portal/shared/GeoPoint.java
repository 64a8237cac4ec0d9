package cn.zjgh.portal.shared;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * A point on the map ({@code GeoPointInput}): where the caller is, for nearest-first
 * lists.
 */
public record GeoPoint(@DecimalMin("-90") @DecimalMax("90") double lat,
		@DecimalMin("-180") @DecimalMax("180") double lng) {
}
