package cn.zjgh.portal.readingroom;

/** A numbered seat of a room. */
public record Seat(long roomId, int seatNo, boolean powerSocket, boolean accessible, boolean inService) {

}
