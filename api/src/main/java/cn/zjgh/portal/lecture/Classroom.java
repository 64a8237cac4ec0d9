package cn.zjgh.portal.lecture;

import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.OrgUnitEntity;

/** A micro-classroom: an offline site or an online cloud classroom (云课堂). */
@TableName(value = "classroom")
public class Classroom extends OrgUnitEntity {

	private String name;

	private LectureMode mode;

	private String address;

	private String districtCode;

	private Double lat;

	private Double lng;

	private Integer capacity;

	private String liveUrl;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LectureMode getMode() {
		return this.mode;
	}

	public void setMode(LectureMode mode) {
		this.mode = mode;
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

	public Double getLat() {
		return this.lat;
	}

	public void setLat(Double lat) {
		this.lat = lat;
	}

	public Double getLng() {
		return this.lng;
	}

	public void setLng(Double lng) {
		this.lng = lng;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public String getLiveUrl() {
		return this.liveUrl;
	}

	public void setLiveUrl(String liveUrl) {
		this.liveUrl = liveUrl;
	}

}
