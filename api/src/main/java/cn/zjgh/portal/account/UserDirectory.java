package cn.zjgh.portal.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.DomainException;

import org.springframework.stereotype.Service;

/**
 * What the portal knows about users: the caller, their union, what they organize and
 * their roles; for other features their openid and how to show them.
 */
@Service
public class UserDirectory {

	private final UserMapper users;

	private final OrganizerGrantMapper grants;

	private final OrgUnitDirectory orgUnits;

	UserDirectory(UserMapper users, OrganizerGrantMapper grants, OrgUnitDirectory orgUnits) {
		this.users = users;
		this.grants = grants;
		this.orgUnits = orgUnits;
	}

	/** The caller's user, or null when anonymous. */
	PortalUser find(Caller caller) {
		return (caller != null) ? this.users.selectById(caller.userId()) : null;
	}

	PortalUser require(long userId) {
		return DomainException.requireFound(this.users.selectById(userId), "User", userId);
	}

	/** The user; NOT_FOUND when there is none. */
	public PortalUser user(long userId) {
		return require(userId);
	}

	/** Users by id, for batch loading; missing ids are absent from the map. */
	public Map<Long, PortalUser> usersById(Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		return this.users.selectByIds(userIds)
			.stream()
			.collect(Collectors.toMap(PortalUser::getId, Function.identity()));
	}

	/**
	 * The union of the user's current membership, or null when the user is no union's
	 * member.
	 */
	public OrgUnit unionOf(long userId) {
		PortalUser user = require(userId);
		return (user.getOrgUnitId() != null) ? this.orgUnits.find(user.getOrgUnitId()) : null;
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
		List<PortalUser> found = this.users.selectByIds(userIds);
		Map<PortalUser, OrgUnit> units = this.orgUnits.unitsOf(found, PortalUser::getOrgUnitId);
		return found.stream()
			.map((user) -> new UserSummary(user.getId(), user.getNickname(), user.maskedPhone(),
					nameOf(units.get(user))))
			.collect(Collectors.toMap(UserSummary::userId, Function.identity()));
	}

	/** For each user, the units they organize, from the top of the tree down. */
	Map<PortalUser, List<OrgUnit>> organizedUnitsOf(List<PortalUser> users) {
		Map<Long, List<OrganizerGrant>> byUser = grantsOf(users);
		Map<Long, OrgUnit> units = this.orgUnits.findAll(
				byUser.values().stream().flatMap(List::stream).map(OrganizerGrant::getOrgUnitId).distinct().toList());
		return Batches.map(users,
				(user) -> byUser.getOrDefault(user.getId(), List.of())
					.stream()
					.map((grant) -> units.get(grant.getOrgUnitId()))
					.sorted(Comparator.comparing(OrgUnit::getPath))
					.toList());
	}

	Map<PortalUser, List<Role>> rolesOf(List<PortalUser> users) {
		Map<Long, List<OrganizerGrant>> byUser = grantsOf(users);
		return Batches.map(users, (user) -> new ArrayList<>(user.roles(byUser.containsKey(user.getId()))));
	}

	private Map<Long, List<OrganizerGrant>> grantsOf(List<PortalUser> users) {
		return this.grants.findByUsers(users.stream().map(PortalUser::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(OrganizerGrant::getUserId));
	}

	private static String nameOf(OrgUnit unit) {
		return (unit != null) ? unit.getName() : null;
	}

	public record UserSummary(long userId, String nickname, String maskedPhone, String orgUnitName) {
	}

}
