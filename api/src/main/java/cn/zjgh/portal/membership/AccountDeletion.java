package cn.zjgh.portal.membership;

import java.time.Clock;
import java.time.OffsetDateTime;

import cn.zjgh.portal.account.AccountErasure;
import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.shared.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker deletes the account (PIPL). What identifies the person goes — the real names
 * given in applications here, nickname, phone and the WeChat link in the account — while
 * rows that counts and histories rest on stay: the membership ends (its history and
 * member number remain, naming nobody), an open application is withdrawn.
 */
@Service
class AccountDeletion {

	private final Memberships memberships;

	private final MembershipApplicationMapper applications;

	private final AccountErasure accounts;

	private final Clock clock;

	AccountDeletion(Memberships memberships, MembershipApplicationMapper applications, AccountErasure accounts,
			Clock clock) {
		this.memberships = memberships;
		this.applications = applications;
		this.accounts = accounts;
		this.clock = clock;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	boolean delete(Caller caller, boolean confirm) {
		if (!confirm) {
			throw DomainException.badInput("confirm", "must be true to delete the account");
		}
		this.memberships.endFor(caller.userId(), OffsetDateTime.now(this.clock));
		this.applications.eraseOf(caller.userId());
		return this.accounts.erase(caller.userId());
	}

}
