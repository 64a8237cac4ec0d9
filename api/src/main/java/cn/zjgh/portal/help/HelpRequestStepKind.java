package cn.zjgh.portal.help;

/** What happened to a request: one row of its timeline each. */
public enum HelpRequestStepKind {

	SUBMITTED, ACCEPTED, REPLIED, TRANSFERRED, ESCALATED, CLOSED, RATED

}
