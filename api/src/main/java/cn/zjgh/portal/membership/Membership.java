package cn.zjgh.portal.membership;

import java.time.OffsetDateTime;

import com.baomidou.mybatisplus.annotation.TableName;

import cn.zjgh.portal.shared.OrgUnitEntity;

/**
 * A worker's membership of one union from {@code since}; {@code until} is set when it
 * ended (left, or transferred to another union).
 */
@TableName("membership")
public class Membership extends OrgUnitEntity {

	private Long userId;

	private String memberNo;

	private Long applicationId;

	private OffsetDateTime since;

	private OffsetDateTime until;

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public String getMemberNo() {
		return this.memberNo;
	}

	public void setMemberNo(String memberNo) {
		this.memberNo = memberNo;
	}

	public Long getApplicationId() {
		return this.applicationId;
	}

	public void setApplicationId(Long applicationId) {
		this.applicationId = applicationId;
	}

	public OffsetDateTime getSince() {
		return this.since;
	}

	public void setSince(OffsetDateTime since) {
		this.since = since;
	}

	public OffsetDateTime getUntil() {
		return this.until;
	}

	public void setUntil(OffsetDateTime until) {
		this.until = until;
	}

	public boolean isCurrent() {
		return this.until == null;
	}

}
