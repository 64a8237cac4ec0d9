package cn.zjgh.portal.help;

import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.OrgUnitEntity;

/**
 * One step in a request's timeline, taken at the unit that held the request then.
 */
@TableName("help_request_step")
public class HelpRequestStep extends OrgUnitEntity {

	private Long requestId;

	private HelpRequestStepKind kind;

	private Long toOrgUnitId;

	private Long actorId;

	private String note;

	private OffsetDateTime at;

	public Long getRequestId() {
		return this.requestId;
	}

	public void setRequestId(Long requestId) {
		this.requestId = requestId;
	}

	public HelpRequestStepKind getKind() {
		return this.kind;
	}

	public void setKind(HelpRequestStepKind kind) {
		this.kind = kind;
	}

	public Long getToOrgUnitId() {
		return this.toOrgUnitId;
	}

	public void setToOrgUnitId(Long toOrgUnitId) {
		this.toOrgUnitId = toOrgUnitId;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public void setActorId(Long actorId) {
		this.actorId = actorId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public OffsetDateTime getAt() {
		return this.at;
	}

	public void setAt(OffsetDateTime at) {
		this.at = at;
	}

}
