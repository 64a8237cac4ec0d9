package cn.zjgh.portal.membership;

public enum ApplicationStatus {

	PENDING, APPROVED, REJECTED,

	/** Closed without a decision: the worker deleted the account. */
	WITHDRAWN

}
