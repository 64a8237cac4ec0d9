package cn.zjgh.portal.event;

public enum EventKind {

	DEMONSTRATION, CULTURE_DELIVERY, INTEREST_GROUP, LEAGUE_MATCH

}
