package cn.zjgh.portal.account;

import java.time.Clock;
import java.time.OffsetDateTime;

import cn.zjgh.portal.shared.RedisGuard;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting an account (PIPL): the user's row stays, so that counts and histories that
 * refer to it stay right, but nothing on it identifies the person any more, organizer
 * rights go, and the user's tokens stop working (roles are looked up per request and a
 * deleted user has none). Features holding personal data of their own erase it in the
 * same transaction, before calling this.
 */
@Service
public class AccountErasure {

	private final UserMapper users;

	private final OrganizerGrantMapper grants;

	private final CurrentRoles currentRoles;

	private final StringRedisTemplate redis;

	private final RedisGuard guard;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountErasure(UserMapper users, OrganizerGrantMapper grants, CurrentRoles currentRoles, StringRedisTemplate redis,
			RedisGuard guard, Clock clock, ApplicationEventPublisher events) {
		this.users = users;
		this.grants = grants;
		this.currentRoles = currentRoles;
		this.redis = redis;
		this.guard = guard;
		this.clock = clock;
		this.events = events;
	}

	/** Erases the user's personal fields; false when the account was already deleted. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean erase(long userId) {
		if (this.users.erase(userId, OffsetDateTime.now(this.clock)) == 0) {
			return false;
		}
		this.grants.deleteAll(userId);
		this.events.publishEvent(new AccountErased(userId));
		this.guard.run(() -> this.redis.delete(LoginService.sessionKeyKey(userId)));
		this.currentRoles.changed(userId);
		return true;
	}

}
