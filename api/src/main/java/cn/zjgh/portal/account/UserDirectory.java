package cn.zjgh.portal.account;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.shared.DomainException;

import org.springframework.stereotype.Service;

/**
 * What other features may know about users: their union, their openid, how to show them.
 */
@Service
public class UserDirectory {

	private final UserMapper users;

	private final OrgUnitMapper orgUnits;

	UserDirectory(UserMapper users, OrgUnitMapper orgUnits) {
		this.users = users;
		this.orgUnits = orgUnits;
	}

	/** The union the user is a member of, or null when unknown. */
	public OrgUnit unionOf(long userId) {
		PortalUser user = require(userId);
		return (user.getOrgUnitId() != null) ? this.orgUnits.selectById(user.getOrgUnitId()) : null;
	}

	public String openidOf(long userId) {
		return require(userId).getOpenid();
	}

	/**
	 * For lists shown to organizers: nickname, masked phone and union name per user id.
	 */
	public Map<Long, UserSummary> summaries(Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		var found = this.users.selectByIds(userIds);
		Map<Long, String> unitNames = found.stream()
			.map(PortalUser::getOrgUnitId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.collect(Collectors.collectingAndThen(Collectors.toList(),
					(ids) -> ids.isEmpty() ? Map.<Long, String>of()
							: this.orgUnits.selectByIds(ids)
								.stream()
								.collect(Collectors.toMap(OrgUnit::getId, OrgUnit::getName))));
		return found.stream()
			.map((user) -> new UserSummary(user.getId(), user.getNickname(), user.maskedPhone(),
					(user.getOrgUnitId() != null) ? unitNames.get(user.getOrgUnitId()) : null))
			.collect(Collectors.toMap(UserSummary::userId, Function.identity()));
	}

	private PortalUser require(long userId) {
		PortalUser user = this.users.selectById(userId);
		if (user == null) {
			throw DomainException.notFound("User", userId);
		}
		return user;
	}

	public record UserSummary(long userId, String nickname, String maskedPhone, String orgUnitName) {
	}

}
