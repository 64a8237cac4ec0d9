package cn.zjgh.portal.event;

public enum EventStatus {

	DRAFT, PUBLISHED, CANCELLED, FINISHED

}
