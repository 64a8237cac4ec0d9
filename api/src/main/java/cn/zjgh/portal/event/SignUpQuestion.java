package cn.zjgh.portal.event;

import java.util.List;

/**
 * A short question an event asks at sign-up, e.g. 所在单位 or a shirt size to choose.
 *
 * @param id stable within the event: q1 … q5
 * @param options the choices when {@code kind} is CHOICE; empty for TEXT
 */
record SignUpQuestion(String id, String label, SignUpQuestionKind kind, boolean required, List<String> options) {

	enum SignUpQuestionKind {

		TEXT, CHOICE

	}

}
