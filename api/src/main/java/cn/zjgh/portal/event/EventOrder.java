package cn.zjgh.portal.event;

public enum EventOrder {

	SOONEST, NEAREST, POPULAR

}
