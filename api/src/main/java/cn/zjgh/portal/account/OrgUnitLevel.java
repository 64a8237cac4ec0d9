package cn.zjgh.portal.account;

/** The five levels of the union tree, from the provincial federation down. */
public enum OrgUnitLevel {

	PROVINCE, CITY, COUNTY, TOWNSHIP, ENTERPRISE;

	/** The level of a unit directly below this one, or null for an enterprise union. */
	public OrgUnitLevel below() {
		return (this == ENTERPRISE) ? null : values()[ordinal() + 1];
	}

	/** The level of a unit's parent, or null for a province. */
	public OrgUnitLevel above() {
		return (this == PROVINCE) ? null : values()[ordinal() - 1];
	}

}
