/**
 * Micro-lecture schedules (微课堂): classrooms, series, sessions given by craftsmen that
 * PostgreSQL never lets clash, reminders by WeChat subscribe message, attendance. Reads
 * go through {@code Schedule}, {@code ClassroomDirectory} and
 * {@code LectureSeriesDirectory}, which also decide who sees a check-in code; the rules
 * live in {@code LectureScheduling}, {@code Reminders} and {@code Attendance}.
 */
package cn.zjgh.portal.lecture;
