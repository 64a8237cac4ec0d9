package cn.zjgh.portal.wechat;

import java.time.Duration;
import java.util.Base64;

import cn.zjgh.portal.shared.RedisGuard;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Mini-program codes (WxJava's unlimited wxacode) as data URLs an image tag can show.
 * Each page-and-scene pair is generated once and kept in Redis, since WeChat limits how
 * often codes may be generated.
 */
@Component
public class MiniProgramCodes {

	private static final Duration KEEP = Duration.ofDays(30);

	private final WeChatClient wechat;

	private final StringRedisTemplate redis;

	private final RedisGuard guard;

	MiniProgramCodes(WeChatClient wechat, StringRedisTemplate redis, RedisGuard guard) {
		this.wechat = wechat;
		this.redis = redis;
		this.guard = guard;
	}

	/**
	 * A {@code data:image/png;base64,…} code opening {@code page} with {@code scene} (≤
	 * 32 characters).
	 */
	public String dataUrl(String page, String scene) {
		return dataUrl(page, scene, KEEP);
	}

	/** The same, kept only for {@code keep}: for codes that soon stop being valid. */
	public String dataUrl(String page, String scene, Duration keep) {
		String key = "portal:wxacode:" + page + "?" + scene;
		String cached = this.guard.call(() -> this.redis.opsForValue().get(key), null);
		if (cached != null) {
			return cached;
		}
		String url = "data:image/png;base64,"
				+ Base64.getEncoder().encodeToString(this.wechat.unlimitedCode(page, scene));
		this.guard.run(() -> this.redis.opsForValue().set(key, url, keep));
		return url;
	}

}
