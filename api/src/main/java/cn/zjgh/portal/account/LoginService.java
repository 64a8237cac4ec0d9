package cn.zjgh.portal.account;

import java.time.Duration;

import cn.zjgh.portal.account.AccountInputs.LoginPayload;
import cn.zjgh.portal.account.TokenService.IssuedToken;
import cn.zjgh.portal.shared.RedisGuard;
import cn.zjgh.portal.wechat.WeChatClient;
import cn.zjgh.portal.wechat.WeChatClient.WeChatSession;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * WeChat login: the code from {@code wx.login} is exchanged with WeChat for the user's
 * openid, the user is created on first login (and made an admin if
 * {@link BootstrapAdmins} lists them), and the portal issues its own token. WeChat's
 * session key is kept in Redis for server-side use only; it is never returned.
 */
@Service
class LoginService {

	static final Duration SESSION_KEY_TTL = Duration.ofDays(3);

	private final WeChatClient wechat;

	private final UserMapper users;

	private final OrganizerGrantMapper grants;

	private final TokenService tokens;

	private final StringRedisTemplate redis;

	private final RedisGuard guard;

	private final BootstrapAdmins bootstrapAdmins;

	LoginService(WeChatClient wechat, UserMapper users, OrganizerGrantMapper grants, TokenService tokens,
			StringRedisTemplate redis, RedisGuard guard, BootstrapAdmins bootstrapAdmins) {
		this.guard = guard;
		this.bootstrapAdmins = bootstrapAdmins;
		this.wechat = wechat;
		this.users = users;
		this.grants = grants;
		this.tokens = tokens;
		this.redis = redis;
	}

	LoginPayload login(String code) {
		WeChatSession session = this.wechat.exchangeLoginCode(code);
		PortalUser user = this.users.upsertOnLogin(session.openid(), session.unionid());
		this.bootstrapAdmins.onLogin(user);
		this.guard.run(
				() -> this.redis.opsForValue().set(sessionKeyKey(user.getId()), session.sessionKey(), SESSION_KEY_TTL));
		IssuedToken token = this.tokens.issue(user.getId(), user.roles(this.grants.exists(user.getId())));
		return new LoginPayload(token.token(), token.expiresAt(), user);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	PortalUser bindPhone(Caller caller, String code) {
		String phone = this.wechat.phoneNumber(code);
		PortalUser user = this.users.selectById(caller.userId());
		user.setPhone(phone);
		this.users.updateById(user);
		return user;
	}

	static String sessionKeyKey(long userId) {
		return "portal:wechat-session:" + userId;
	}

}
