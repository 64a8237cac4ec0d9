package cn.zjgh.portal.event;

import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.JsonbTypeHandler;
import cn.zjgh.portal.shared.OrgUnitEntity;

/** An event of a culture & sports season, from draft to finished or cancelled. */
@TableName("event")
public class Event extends OrgUnitEntity {

	private Long seasonId;

	private Long interestGroupId;

	private String title;

	private String summary;

	private String body;

	private String coverUrl;

	private EventKind kind;

	private EventCategory category;

	private String venueName;

	private String address;

	private String cityCode;

	private String districtCode;

	private double lat;

	private double lng;

	private OffsetDateTime startsAt;

	private OffsetDateTime endsAt;

	private OffsetDateTime registrationOpensAt;

	private OffsetDateTime registrationClosesAt;

	private Integer capacity;

	private boolean waitlistEnabled;

	private Audience audience;

	private String[] tags;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private EventStatus status;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private String cancelReason;

	private int version;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private int confirmedCount;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private int waitlistCount;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private int attendedCount;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private Long createdBy;

	@TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime createdAt;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime publishedAt;

	@TableField(exist = false)
	private Double distanceMeters;

	/** The sign-up questions, a JSON array of {@link SignUpQuestion}. */
	@TableField(typeHandler = JsonbTypeHandler.class)
	private String questions = "[]";

	public String getQuestions() {
		return this.questions;
	}

	public void setQuestions(String questions) {
		this.questions = questions;
	}

	public Long getSeasonId() {
		return this.seasonId;
	}

	public void setSeasonId(Long seasonId) {
		this.seasonId = seasonId;
	}

	public Long getInterestGroupId() {
		return this.interestGroupId;
	}

	public void setInterestGroupId(Long interestGroupId) {
		this.interestGroupId = interestGroupId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getCoverUrl() {
		return this.coverUrl;
	}

	public void setCoverUrl(String coverUrl) {
		this.coverUrl = coverUrl;
	}

	public EventKind getKind() {
		return this.kind;
	}

	public void setKind(EventKind kind) {
		this.kind = kind;
	}

	public EventCategory getCategory() {
		return this.category;
	}

	public void setCategory(EventCategory category) {
		this.category = category;
	}

	public String getVenueName() {
		return this.venueName;
	}

	public void setVenueName(String venueName) {
		this.venueName = venueName;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getCityCode() {
		return this.cityCode;
	}

	public void setCityCode(String cityCode) {
		this.cityCode = cityCode;
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

	public OffsetDateTime getRegistrationOpensAt() {
		return this.registrationOpensAt;
	}

	public void setRegistrationOpensAt(OffsetDateTime registrationOpensAt) {
		this.registrationOpensAt = registrationOpensAt;
	}

	public OffsetDateTime getRegistrationClosesAt() {
		return this.registrationClosesAt;
	}

	public void setRegistrationClosesAt(OffsetDateTime registrationClosesAt) {
		this.registrationClosesAt = registrationClosesAt;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public boolean isWaitlistEnabled() {
		return this.waitlistEnabled;
	}

	public void setWaitlistEnabled(boolean waitlistEnabled) {
		this.waitlistEnabled = waitlistEnabled;
	}

	public Audience getAudience() {
		return this.audience;
	}

	public void setAudience(Audience audience) {
		this.audience = audience;
	}

	public String[] getTags() {
		return this.tags;
	}

	public void setTags(String[] tags) {
		this.tags = tags;
	}

	public EventStatus getStatus() {
		return this.status;
	}

	public void setStatus(EventStatus status) {
		this.status = status;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

	public void setCancelReason(String cancelReason) {
		this.cancelReason = cancelReason;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public int getConfirmedCount() {
		return this.confirmedCount;
	}

	public void setConfirmedCount(int confirmedCount) {
		this.confirmedCount = confirmedCount;
	}

	public int getWaitlistCount() {
		return this.waitlistCount;
	}

	public void setWaitlistCount(int waitlistCount) {
		this.waitlistCount = waitlistCount;
	}

	public int getAttendedCount() {
		return this.attendedCount;
	}

	public void setAttendedCount(int attendedCount) {
		this.attendedCount = attendedCount;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public void setCreatedBy(Long createdBy) {
		this.createdBy = createdBy;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(OffsetDateTime createdAt) {
		this.createdAt = createdAt;
	}

	public OffsetDateTime getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(OffsetDateTime publishedAt) {
		this.publishedAt = publishedAt;
	}

	public Double getDistanceMeters() {
		return this.distanceMeters;
	}

	public void setDistanceMeters(Double distanceMeters) {
		this.distanceMeters = distanceMeters;
	}

	/** Where it happens, as the schema's Venue. */
	public EventInputs.Venue getVenue() {
		return new EventInputs.Venue(this.venueName, this.address, this.cityCode, this.districtCode, this.lat,
				this.lng);
	}

	/** Seats left, or null when the event has no limit. */
	public Integer getRemainingSeats() {
		return (this.capacity != null) ? Math.max(0, this.capacity - this.confirmedCount) : null;
	}

	public boolean isFull() {
		return this.capacity != null && this.confirmedCount >= this.capacity;
	}

	public boolean isRegistrationOpenAt(OffsetDateTime now) {
		return !now.isBefore(this.registrationOpensAt) && now.isBefore(this.registrationClosesAt);
	}

}
