package cn.zjgh.portal.station;

enum IssueStatus {

	OPEN, RESOLVED

}
