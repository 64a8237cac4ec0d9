package cn.zjgh.portal.help;

/** What a worker asks for help with. */
public enum HelpRequestCategory {

	/** 欠薪 */
	WAGE_ARREARS("欠薪"),

	/** 劳动合同 */
	LABOUR_CONTRACT("劳动合同"),

	/** 工伤 */
	WORK_INJURY("工伤"),

	/** 社会保险 */
	SOCIAL_INSURANCE("社会保险"),

	/** 困难帮扶 */
	HARDSHIP("困难帮扶"),

	/** 法律咨询 */
	LEGAL_CONSULTATION("法律咨询"),

	OTHER("其他诉求");

	private final String label;

	HelpRequestCategory(String label) {
		this.label = label;
	}

	/** The name a worker reads in a subscribe message. */
	String label() {
		return this.label;
	}

}
