package cn.zjgh.portal.account;

import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableName;

/** The right to organize for an org unit and everything below it. */
@TableName("organizer_grant")
public class OrganizerGrant {

	private Long userId;

	private Long orgUnitId;

	private Long grantedBy;

	@TableField(insertStrategy = FieldStrategy.NEVER, updateStrategy = FieldStrategy.NEVER)
	private OffsetDateTime grantedAt;

	public OrganizerGrant() {
	}

	OrganizerGrant(Long userId, Long orgUnitId, Long grantedBy) {
		this.userId = userId;
		this.orgUnitId = orgUnitId;
		this.grantedBy = grantedBy;
	}

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public Long getOrgUnitId() {
		return this.orgUnitId;
	}

	public void setOrgUnitId(Long orgUnitId) {
		this.orgUnitId = orgUnitId;
	}

	public Long getGrantedBy() {
		return this.grantedBy;
	}

	public void setGrantedBy(Long grantedBy) {
		this.grantedBy = grantedBy;
	}

	public OffsetDateTime getGrantedAt() {
		return this.grantedAt;
	}

	public void setGrantedAt(OffsetDateTime grantedAt) {
		this.grantedAt = grantedAt;
	}

}
