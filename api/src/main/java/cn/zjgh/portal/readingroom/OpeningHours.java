package cn.zjgh.portal.readingroom;

import java.time.LocalTime;

/** The hours of one weekday (1 = Monday … 7 = Sunday). */
public record OpeningHours(long roomId, int weekday, LocalTime opens, LocalTime closes) {

}
