package cn.zjgh.portal.event;

/**
 * A worker's answer to one sign-up question; the label is kept so exports stay readable.
 */
record SignUpAnswer(String questionId, String label, String value) {

}
