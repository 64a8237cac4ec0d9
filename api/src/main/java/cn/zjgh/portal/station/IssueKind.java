package cn.zjgh.portal.station;

/** What a worker reports about a station. */
enum IssueKind {

	/** The station is closed when it should be open; flags it in listings. */
	CLOSED,

	NO_WATER, CHARGER_BROKEN, MICROWAVE_BROKEN, NO_FREE_MEALS, UNCLEAN, OTHER

}
