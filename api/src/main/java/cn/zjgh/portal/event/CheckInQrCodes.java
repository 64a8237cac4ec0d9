package cn.zjgh.portal.event;

import java.time.Duration;
import java.util.Base64;

import cn.zjgh.portal.shared.RedisGuard;
import cn.zjgh.portal.wechat.WeChatClient;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The QR code a registrant shows at the door: a mini-program code (WxJava's unlimited
 * wxacode) that opens the organizer's check-in page with the check-in code as its scene.
 * Made once per code and kept in Redis, since WeChat limits how often codes may be
 * generated.
 */
@Component
class CheckInQrCodes {

	static final String CHECK_IN_PAGE = "pages/events/checkin";

	private static final Duration KEEP = Duration.ofDays(7);

	private final WeChatClient wechat;

	private final StringRedisTemplate redis;

	private final RedisGuard guard;

	CheckInQrCodes(WeChatClient wechat, StringRedisTemplate redis, RedisGuard guard) {
		this.wechat = wechat;
		this.redis = redis;
		this.guard = guard;
	}

	/**
	 * A {@code data:image/png;base64,…} URL the mini-program can show in an image tag.
	 */
	String dataUrl(String checkInCode) {
		String key = "portal:qr:check-in:" + checkInCode;
		String cached = this.guard.call(() -> this.redis.opsForValue().get(key), null);
		if (cached != null) {
			return cached;
		}
		String url = "data:image/png;base64,"
				+ Base64.getEncoder().encodeToString(this.wechat.unlimitedCode(CHECK_IN_PAGE, "c=" + checkInCode));
		this.guard.run(() -> this.redis.opsForValue().set(key, url, KEEP));
		return url;
	}

}
