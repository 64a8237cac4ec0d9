package cn.zjgh.portal.help;

import java.util.Map;

import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.wechat.SubscribeMessages;

import org.springframework.stereotype.Component;

/**
 * Tells the worker of each step they should know of (accepted, answered, sent to another
 * union, closed) with a subscribe message that opens the request, queued in the
 * transaction that took the step.
 */
@Component
class HelpRequestNotices {

	static final String TEMPLATE = "help-request-updated";

	private final SubscribeMessages messages;

	HelpRequestNotices(SubscribeMessages messages) {
		this.messages = messages;
	}

	void tell(long userId, long requestId, HelpRequestCategory category, HelpRequestStepKind step, String detail) {
		this.messages.enqueue(userId, TEMPLATE, "pages/help/detail?id=" + requestId,
				Map.of("thing1", SubscribeMessages.thing(category.label()), "phrase2", phraseOf(step), "thing3",
						SubscribeMessages.thing((detail != null && !detail.isBlank()) ? detail : "请查看办理进度")));
	}

	/** What the worker reads when the request went to another unit. */
	static String movedTo(OrgUnit unit) {
		return "已转至" + unit.getName();
	}

	private static String phraseOf(HelpRequestStepKind step) {
		return switch (step) {
			case ACCEPTED -> "已受理";
			case REPLIED -> "已答复";
			case TRANSFERRED -> "已转办";
			case ESCALATED -> "已上报";
			case CLOSED -> "已办结";
			default -> "处理中";
		};
	}

}
