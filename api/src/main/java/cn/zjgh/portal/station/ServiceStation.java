package cn.zjgh.portal.station;

import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.NearbyPlace;

/**
 * A service station (户外劳动者服务站) of an org unit: where it is, when it opens, what it
 * offers. A closed station ({@code closedAt}) is no longer listed and takes no reports or
 * claims.
 */
@TableName(value = "service_station")
public class ServiceStation extends NearbyPlace {

	private String[] services;

	@TableField("open_24h")
	private boolean open24h;

	/** Free meals a day; null when the station offers none (written even when null). */
	@TableField(updateStrategy = FieldStrategy.ALWAYS)
	private Integer freeMealQuota;

	private OffsetDateTime closedAt;

	private String closedReason;

	/**
	 * What a listing reads of today with the station (null when the station was read
	 * alone): open at the moment of the listing, reported closed, and today's free-meal
	 * row (null quota when nobody has claimed one yet today).
	 */
	@TableField(exist = false)
	private Boolean openNow;

	@TableField(exist = false)
	private Boolean reportedClosed;

	@TableField(exist = false)
	private Integer mealQuotaToday;

	@TableField(exist = false)
	private Integer mealsClaimedToday;

	public String[] getServices() {
		return this.services;
	}

	public void setServices(String[] services) {
		this.services = services;
	}

	public boolean isOpen24h() {
		return this.open24h;
	}

	public void setOpen24h(boolean open24h) {
		this.open24h = open24h;
	}

	public Integer getFreeMealQuota() {
		return this.freeMealQuota;
	}

	public void setFreeMealQuota(Integer freeMealQuota) {
		this.freeMealQuota = freeMealQuota;
	}

	public OffsetDateTime getClosedAt() {
		return this.closedAt;
	}

	public void setClosedAt(OffsetDateTime closedAt) {
		this.closedAt = closedAt;
	}

	public String getClosedReason() {
		return this.closedReason;
	}

	public void setClosedReason(String closedReason) {
		this.closedReason = closedReason;
	}

	boolean isClosed() {
		return this.closedAt != null;
	}

	boolean offersFreeMeals() {
		return this.freeMealQuota != null;
	}

	/** Whether the listing that read the station also read its state today. */
	boolean hasTodaysState() {
		return this.openNow != null;
	}

	public Boolean getOpenNow() {
		return this.openNow;
	}

	public void setOpenNow(Boolean openNow) {
		this.openNow = openNow;
	}

	public Boolean getReportedClosed() {
		return this.reportedClosed;
	}

	public void setReportedClosed(Boolean reportedClosed) {
		this.reportedClosed = reportedClosed;
	}

	public Integer getMealQuotaToday() {
		return this.mealQuotaToday;
	}

	public void setMealQuotaToday(Integer mealQuotaToday) {
		this.mealQuotaToday = mealQuotaToday;
	}

	public Integer getMealsClaimedToday() {
		return this.mealsClaimedToday;
	}

	public void setMealsClaimedToday(Integer mealsClaimedToday) {
		this.mealsClaimedToday = mealsClaimedToday;
	}

}
