package cn.zjgh.portal.readingroom;

import java.time.LocalTime;

import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.NearbyPlace;

/** A reading room (职工书屋) of an org unit: where it is, its seats and its booking rules. */
@TableName(value = "reading_room")
public class ReadingRoom extends NearbyPlace {

	private String[] facilities;

	private int bookingHorizonDays;

	private int slotMinutes;

	private LocalTime releaseTime;

	public String[] getFacilities() {
		return this.facilities;
	}

	public void setFacilities(String[] facilities) {
		this.facilities = facilities;
	}

	public int getBookingHorizonDays() {
		return this.bookingHorizonDays;
	}

	public void setBookingHorizonDays(int bookingHorizonDays) {
		this.bookingHorizonDays = bookingHorizonDays;
	}

	public int getSlotMinutes() {
		return this.slotMinutes;
	}

	public void setSlotMinutes(int slotMinutes) {
		this.slotMinutes = slotMinutes;
	}

	public LocalTime getReleaseTime() {
		return this.releaseTime;
	}

	public void setReleaseTime(LocalTime releaseTime) {
		this.releaseTime = releaseTime;
	}

}
