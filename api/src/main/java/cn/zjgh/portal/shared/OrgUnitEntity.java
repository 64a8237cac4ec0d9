package cn.zjgh.portal.shared;

/** A row that belongs to one org unit. */
public abstract class OrgUnitEntity extends BaseEntity {

	private Long orgUnitId;

	public Long getOrgUnitId() {
		return this.orgUnitId;
	}

	public void setOrgUnitId(Long orgUnitId) {
		this.orgUnitId = orgUnitId;
	}

}
