package cn.zjgh.portal.station;

/** What a station offers: a closed set, as the schema's {@code StationService}. */
enum StationService {

	DRINKING_WATER, PHONE_CHARGING, EBIKE_CHARGING, MICROWAVE, REST_AREA, TOILET, FIRST_AID_KIT, LEGAL_AID,

	/** 爱心餐: free meals up to a daily quota. */
	FREE_MEALS

}
