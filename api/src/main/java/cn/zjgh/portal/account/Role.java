package cn.zjgh.portal.account;

public enum Role {

	WORKER, ORGANIZER, ADMIN

}
