/**
 * Micro-lecture schedules (微课堂): classrooms, series, craftsmen as lecturers, sessions
 * that PostgreSQL never lets clash, reminders by WeChat subscribe message, attendance.
 */
package cn.zjgh.portal.lecture;
