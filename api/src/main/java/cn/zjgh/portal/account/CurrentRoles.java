package cn.zjgh.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import cn.zjgh.portal.account.UserMapper.RoleFlags;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The roles a user holds now, read from the database rather than from the token, so that
 * revoking an organizer or admin takes effect within {@link #FRESHNESS} on every replica
 * instead of when the day-long token expires. Kept briefly per replica so a rush of
 * requests costs one lookup per user, not one per request.
 */
@Component
class CurrentRoles {

	static final Duration FRESHNESS = Duration.ofSeconds(30);

	private final UserMapper users;

	private final LoadingCache<Long, Set<Role>> roles;

	CurrentRoles(UserMapper users, Clock clock) {
		this.users = users;
		this.roles = Caffeine.newBuilder()
			.maximumSize(200_000)
			.expireAfterWrite(FRESHNESS)
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build(this::load);
	}

	/**
	 * The user's roles, or null when the user does not exist or deleted the account (not
	 * kept, so that nothing stale outlives a restore).
	 */
	Set<Role> of(long userId) {
		return this.roles.get(userId);
	}

	/** Forgets the user's roles once the current transaction commits (here at once). */
	void changed(long userId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					CurrentRoles.this.roles.invalidate(userId);
				}

			});
		}
		else {
			this.roles.invalidate(userId);
		}
	}

	private Set<Role> load(long userId) {
		RoleFlags flags = this.users.findRoleFlags(userId);
		if (flags == null) {
			return null;
		}
		Set<Role> roles = EnumSet.of(Role.WORKER);
		if (flags.organizer()) {
			roles.add(Role.ORGANIZER);
		}
		if (flags.admin()) {
			roles.add(Role.ADMIN);
		}
		return Set.copyOf(roles);
	}

}
