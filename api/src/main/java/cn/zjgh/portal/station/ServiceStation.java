package cn.zjgh.portal.station;

import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/**
 * A service station (户外劳动者服务站) of an org unit: where it is, when it opens, what it
 * offers. A closed station ({@code closedAt}) is no longer listed and takes no reports or
 * claims.
 */
@TableName(value = "service_station")
public class ServiceStation {

	@TableId(type = IdType.AUTO)
	private Long id;

	private Long orgUnitId;

	private String name;

	private String address;

	private String districtCode;

	private double lat;

	private double lng;

	private String[] services;

	private String[] photos;

	@TableField("open_24h")
	private boolean open24h;

	/** Free meals a day; null when the station offers none (written even when null). */
	@TableField(updateStrategy = FieldStrategy.ALWAYS)
	private Integer freeMealQuota;

	private OffsetDateTime closedAt;

	private String closedReason;

	@TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime createdAt;

	@TableField(exist = false)
	private Double distanceMeters;

	/**
	 * The sort key of nearest-first listings (straight-line distance through the earth).
	 */
	@TableField(exist = false)
	private Double nearness;

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

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getOrgUnitId() {
		return this.orgUnitId;
	}

	public void setOrgUnitId(Long orgUnitId) {
		this.orgUnitId = orgUnitId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getDistrictCode() {
		return this.districtCode;
	}

	public void setDistrictCode(String districtCode) {
		this.districtCode = districtCode;
	}

	public double getLat() {
		return this.lat;
	}

	public void setLat(double lat) {
		this.lat = lat;
	}

	public double getLng() {
		return this.lng;
	}

	public void setLng(double lng) {
		this.lng = lng;
	}

	public String[] getServices() {
		return this.services;
	}

	public void setServices(String[] services) {
		this.services = services;
	}

	public String[] getPhotos() {
		return this.photos;
	}

	public void setPhotos(String[] photos) {
		this.photos = photos;
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

	public OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(OffsetDateTime createdAt) {
		this.createdAt = createdAt;
	}

	public Double getDistanceMeters() {
		return this.distanceMeters;
	}

	public void setDistanceMeters(Double distanceMeters) {
		this.distanceMeters = distanceMeters;
	}

	public Double getNearness() {
		return this.nearness;
	}

	public void setNearness(Double nearness) {
		this.nearness = nearness;
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
