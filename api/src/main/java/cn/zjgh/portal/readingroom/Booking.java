package cn.zjgh.portal.readingroom;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A seat held by a worker for a time range on one day. */
public class Booking {

	private Long id;

	private Long roomId;

	private int seatNo;

	private Long userId;

	private LocalDate day;

	private OffsetDateTime startsAt;

	private OffsetDateTime endsAt;

	private BookingStatus status;

	private OffsetDateTime checkedInAt;

	private OffsetDateTime awaySince;

	private boolean awayUsed;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getRoomId() {
		return this.roomId;
	}

	public void setRoomId(Long roomId) {
		this.roomId = roomId;
	}

	public int getSeatNo() {
		return this.seatNo;
	}

	public void setSeatNo(int seatNo) {
		this.seatNo = seatNo;
	}

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public OffsetDateTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(OffsetDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public OffsetDateTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(OffsetDateTime endsAt) {
		this.endsAt = endsAt;
	}

	public BookingStatus getStatus() {
		return this.status;
	}

	public void setStatus(BookingStatus status) {
		this.status = status;
	}

	public OffsetDateTime getCheckedInAt() {
		return this.checkedInAt;
	}

	public void setCheckedInAt(OffsetDateTime checkedInAt) {
		this.checkedInAt = checkedInAt;
	}

	public OffsetDateTime getAwaySince() {
		return this.awaySince;
	}

	public void setAwaySince(OffsetDateTime awaySince) {
		this.awaySince = awaySince;
	}

	public boolean isAwayUsed() {
		return this.awayUsed;
	}

	public void setAwayUsed(boolean awayUsed) {
		this.awayUsed = awayUsed;
	}

}
