package cn.zjgh.portal.lecture;

public enum LectureStatus {

	SCHEDULED, CANCELLED, DONE

}
