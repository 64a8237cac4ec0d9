package cn.zjgh.portal.event;

public enum Audience {

	PUBLIC, MEMBERS, ORG_UNIT

}
