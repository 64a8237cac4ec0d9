package cn.zjgh.portal.event;

import java.time.OffsetDateTime;

/**
 * The parameters of one page of the public event listing, as the SQL in EventMapper.xml
 * uses them. The keyset fields hold the sort key of the last row of the previous page.
 */
record ListingQuery(String cityCode, String districtCode, Long orgUnitId, EventCategory category, EventKind kind,
		Long seasonId, Long interestGroupId, OffsetDateTime startsFrom, OffsetDateTime startsBefore,
		boolean registrationOpen, String keywordPattern, EventOrder order, Double lat, Double lng, OffsetDateTime now,
		OffsetDateTime afterStartsAt, Double afterValue, Long afterId, int limit) {

}
