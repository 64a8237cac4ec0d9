package cn.zjgh.portal.lecture;

public enum LectureMode {

	OFFLINE, ONLINE

}
