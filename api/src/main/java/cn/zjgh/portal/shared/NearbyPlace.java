package cn.zjgh.portal.shared;

import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.TableField;

/**
 * A place of an org unit that workers find nearest first ({@link NearbySearch}): its
 * address, position and photos, and, when a nearest-first listing read it, how far it is.
 * Its table has a stored {@code position} computed from {@code lat} and {@code lng}.
 */
public abstract class NearbyPlace extends OrgUnitEntity {

	private String name;

	private String address;

	private String districtCode;

	private double lat;

	private double lng;

	private String[] photos;

	@TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime createdAt;

	@TableField(exist = false)
	private Double distanceMeters;

	/**
	 * The sort key of nearest-first listings (straight-line distance through the earth).
	 */
	@TableField(exist = false)
	private Double nearness;

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

	public String[] getPhotos() {
		return this.photos;
	}

	public void setPhotos(String[] photos) {
		this.photos = photos;
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

}
