package cn.zjgh.portal.station;

import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.BaseEntity;

/** A worker's report of a problem at a station, open until an organizer resolves it. */
@TableName(value = "station_issue")
public class StationIssue extends BaseEntity {

	private Long stationId;

	private Long userId;

	private IssueKind kind;

	private String note;

	private IssueStatus status;

	private String resolution;

	private Long resolvedBy;

	private OffsetDateTime resolvedAt;

	@TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime createdAt;

	public Long getStationId() {
		return this.stationId;
	}

	public void setStationId(Long stationId) {
		this.stationId = stationId;
	}

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public IssueKind getKind() {
		return this.kind;
	}

	public void setKind(IssueKind kind) {
		this.kind = kind;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public IssueStatus getStatus() {
		return this.status;
	}

	public void setStatus(IssueStatus status) {
		this.status = status;
	}

	public String getResolution() {
		return this.resolution;
	}

	public void setResolution(String resolution) {
		this.resolution = resolution;
	}

	public Long getResolvedBy() {
		return this.resolvedBy;
	}

	public void setResolvedBy(Long resolvedBy) {
		this.resolvedBy = resolvedBy;
	}

	public OffsetDateTime getResolvedAt() {
		return this.resolvedAt;
	}

	public void setResolvedAt(OffsetDateTime resolvedAt) {
		this.resolvedAt = resolvedAt;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(OffsetDateTime createdAt) {
		this.createdAt = createdAt;
	}

}
