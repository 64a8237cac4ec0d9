package cn.zjgh.portal.event;

import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.BaseEntity;
import cn.zjgh.portal.shared.JsonbTypeHandler;

/** A worker's place at an event: confirmed, waitlisted, cancelled, attended or missed. */
@TableName(value = "registration")
public class Registration extends BaseEntity {

	private Long eventId;

	private Long userId;

	private RegistrationStatus status;

	private Long waitlistSeq;

	private String checkInCode;

	private OffsetDateTime registeredAt;

	private OffsetDateTime cancelledAt;

	private OffsetDateTime checkedInAt;

	/** The answers given, a JSON array of {@link SignUpAnswer}. */
	@TableField(typeHandler = JsonbTypeHandler.class)
	private String answers = "[]";

	public String getAnswers() {
		return this.answers;
	}

	public void setAnswers(String answers) {
		this.answers = answers;
	}

	public Long getEventId() {
		return this.eventId;
	}

	public void setEventId(Long eventId) {
		this.eventId = eventId;
	}

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public RegistrationStatus getStatus() {
		return this.status;
	}

	public void setStatus(RegistrationStatus status) {
		this.status = status;
	}

	public Long getWaitlistSeq() {
		return this.waitlistSeq;
	}

	public void setWaitlistSeq(Long waitlistSeq) {
		this.waitlistSeq = waitlistSeq;
	}

	public String getCheckInCode() {
		return this.checkInCode;
	}

	public void setCheckInCode(String checkInCode) {
		this.checkInCode = checkInCode;
	}

	public OffsetDateTime getRegisteredAt() {
		return this.registeredAt;
	}

	public void setRegisteredAt(OffsetDateTime registeredAt) {
		this.registeredAt = registeredAt;
	}

	public OffsetDateTime getCancelledAt() {
		return this.cancelledAt;
	}

	public void setCancelledAt(OffsetDateTime cancelledAt) {
		this.cancelledAt = cancelledAt;
	}

	public OffsetDateTime getCheckedInAt() {
		return this.checkedInAt;
	}

	public void setCheckedInAt(OffsetDateTime checkedInAt) {
		this.checkedInAt = checkedInAt;
	}

}
