package cn.zjgh.portal.wechat;

import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.zjgh.portal.wechat.SubscribeMessageMapper.PendingMessage;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * WeChat subscribe messages, sent through an outbox: a feature enqueues a message in the
 * transaction that decided it, and a job sends pending messages shortly after. Nothing is
 * lost when WeChat is slow or the application stops, and each message is claimed by one
 * replica only. A refusal (43101: no consent left) is recorded and never retried; other
 * failures are retried up to {@link #MAX_ATTEMPTS} times.
 */
@Service
public class SubscribeMessages {

	static final int MAX_ATTEMPTS = 5;

	private static final int BATCH = 50;

	private static final Log logger = LogFactory.getLog(SubscribeMessages.class);

	private final SubscribeMessageMapper messages;

	private final WeChatClient wechat;

	private final WeChatProperties properties;

	private final JsonMapper json;

	SubscribeMessages(SubscribeMessageMapper messages, WeChatClient wechat, WeChatProperties properties,
			JsonMapper json) {
		this.messages = messages;
		this.wechat = wechat;
		this.properties = properties;
		this.json = json;
	}

	/** A subscribe-message "thing" value: at most 20 characters. */
	public static String thing(String text) {
		return (text.length() <= 20) ? text : text.substring(0, 19) + "…";
	}

	/**
	 * Queues a message for the user; {@code template} is a key of
	 * {@code portal.wechat.templates}.
	 */
	public void enqueue(long userId, String template, String page, Map<String, String> data) {
		this.messages.insert(userId, template, page, this.json.writeValueAsString(data));
	}

	/** Sends one batch of pending messages; returns how many were handled. */
	@Scheduled(fixedDelayString = "${portal.wechat.send-interval:5s}",
			initialDelayString = "${portal.wechat.send-interval:5s}")
	@Transactional
	public int sendPending() {
		List<PendingMessage> batch = this.messages.lockPending(BATCH);
		for (PendingMessage message : batch) {
			String templateId = this.properties.templates().getOrDefault(message.template(), message.template());
			Map<String, String> data = this.json.readValue(message.data(), new TypeReference<>() {
			});
			int result = this.wechat.sendSubscribeMessage(message.openid(), templateId, message.page(), data);
			if (result == 0) {
				this.messages.markSent(message.id());
			}
			else if (result == WeChatClient.SUBSCRIBE_REFUSED) {
				this.messages.markRefused(message.id(), result);
			}
			else {
				logger.warn("Subscribe message " + message.id() + " failed with " + result);
				this.messages.markAttemptFailed(message.id(), result, MAX_ATTEMPTS);
			}
		}
		return batch.size();
	}

}
