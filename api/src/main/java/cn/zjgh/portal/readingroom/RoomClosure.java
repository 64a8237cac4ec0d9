package cn.zjgh.portal.readingroom;

import java.time.LocalDate;

public record RoomClosure(long roomId, LocalDate date, String reason) {

}
