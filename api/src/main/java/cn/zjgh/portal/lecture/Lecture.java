package cn.zjgh.portal.lecture;

import java.time.Duration;
import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.BaseEntity;

/**
 * One session of a micro-lecture, at a classroom, by one or more lecturers. Its time,
 * place and status change only through the statements that guard them, never by a plain
 * update.
 */
@TableName(value = "lecture")
public class Lecture extends BaseEntity {

	private Long seriesId;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private Long classroomId;

	private String topic;

	private String summary;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime startsAt;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime endsAt;

	private Integer capacity;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private LectureStatus status;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private String cancelReason;

	private String liveUrl;

	private String replayUrl;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private String checkInCode;

	@TableField(updateStrategy = FieldStrategy.NEVER)
	private int attendeeCount;

	private Long createdBy;

	@TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime createdAt;

	public Long getSeriesId() {
		return this.seriesId;
	}

	public void setSeriesId(Long seriesId) {
		this.seriesId = seriesId;
	}

	public Long getClassroomId() {
		return this.classroomId;
	}

	public void setClassroomId(Long classroomId) {
		this.classroomId = classroomId;
	}

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
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

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public LectureStatus getStatus() {
		return this.status;
	}

	public void setStatus(LectureStatus status) {
		this.status = status;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

	public void setCancelReason(String cancelReason) {
		this.cancelReason = cancelReason;
	}

	public String getLiveUrl() {
		return this.liveUrl;
	}

	public void setLiveUrl(String liveUrl) {
		this.liveUrl = liveUrl;
	}

	public String getReplayUrl() {
		return this.replayUrl;
	}

	public void setReplayUrl(String replayUrl) {
		this.replayUrl = replayUrl;
	}

	public String getCheckInCode() {
		return this.checkInCode;
	}

	public void setCheckInCode(String checkInCode) {
		this.checkInCode = checkInCode;
	}

	public int getAttendeeCount() {
		return this.attendeeCount;
	}

	public void setAttendeeCount(int attendeeCount) {
		this.attendeeCount = attendeeCount;
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

	public int getDurationMinutes() {
		return (int) Duration.between(this.startsAt, this.endsAt).toMinutes();
	}

}
