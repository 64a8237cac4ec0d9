package cn.zjgh.portal.lecture;

/** A unit's sessions in a period, and how many checked in to them. */
record LectureReport(int sessions, int attendees) {
}
