package cn.zjgh.portal.event;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.event.EventInputs.CreateInterestGroupInput;
import cn.zjgh.portal.event.EventInputs.UpdateInterestGroupInput;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interest groups (兴趣小组): organizers create and edit them and may take a member out,
 * workers join and leave.
 */
@Service
class InterestGroups {

	private final InterestGroupMapper groups;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	private final UserDirectory users;

	InterestGroups(InterestGroupMapper groups, OrgUnitDirectory orgUnits, OrgScope orgScope, UserDirectory users) {
		this.groups = groups;
		this.orgUnits = orgUnits;
		this.orgScope = orgScope;
		this.users = users;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	InterestGroup create(Caller caller, CreateInterestGroupInput input) {
		this.orgUnits.requireOpen(input.orgUnitId(), "orgUnitId");
		this.orgScope.requireOrganizerOf(caller, input.orgUnitId());
		InterestGroup group = new InterestGroup();
		group.setOrgUnitId(input.orgUnitId());
		group.setName(input.name().strip());
		group.setDescription(input.description());
		group.setCategory(input.category());
		group.setMembersOnly(Boolean.TRUE.equals(input.membersOnly()));
		this.groups.insert(group);
		return this.groups.selectById(group.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	InterestGroup join(Caller caller, long groupId) {
		InterestGroup group = require(groupId);
		if (group.isMembersOnly()) {
			requireMemberWithin(caller.userId(), group);
		}
		if (this.groups.addMember(groupId, caller.userId()) == 1) {
			this.groups.changeMemberCount(groupId, 1);
		}
		return this.groups.selectById(groupId);
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	InterestGroup leave(Caller caller, long groupId) {
		require(groupId);
		if (this.groups.removeMember(groupId, caller.userId()) == 1) {
			this.groups.changeMemberCount(groupId, -1);
		}
		return this.groups.selectById(groupId);
	}

	/** Null fields stay as they are; an empty description clears it. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	InterestGroup update(Caller caller, UpdateInterestGroupInput input) {
		InterestGroup group = organized(caller, input.id());
		if (input.name() != null) {
			if (input.name().isBlank()) {
				throw DomainException.badInput("name", "must not be blank");
			}
			group.setName(input.name().strip());
		}
		if (input.description() != null) {
			group.setDescription(input.description().isBlank() ? null : input.description().strip());
		}
		if (input.category() != null) {
			group.setCategory(input.category());
		}
		this.groups.updateDetails(group);
		return this.groups.selectById(group.getId());
	}

	/** Organizers of the group's unit take a member out of the group. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	InterestGroup removeMember(Caller caller, long groupId, long userId) {
		organized(caller, groupId);
		if (this.groups.removeMember(groupId, userId) == 0) {
			throw DomainException.notFound("Member of interest group " + groupId, userId);
		}
		this.groups.changeMemberCount(groupId, -1);
		return this.groups.selectById(groupId);
	}

	/** The group, once the caller is known to organize its unit. */
	InterestGroup organized(Caller caller, long groupId) {
		InterestGroup group = DomainException.requireFound(this.groups.selectById(groupId), "Interest group", groupId);
		this.orgScope.requireOrganizerOf(caller, group.getOrgUnitId());
		return group;
	}

	private InterestGroup require(long groupId) {
		return DomainException.requireFound(this.groups.selectById(groupId), "Interest group", groupId);
	}

	/**
	 * A members-only group takes members of its union (its unit or one below it); a
	 * worker who is no union's member applies first.
	 */
	private void requireMemberWithin(long userId, InterestGroup group) {
		OrgUnit union = this.users.unionOf(userId);
		if (union == null) {
			throw new DomainException(ErrorCode.MEMBERSHIP_REQUIRED, "仅限工会会员加入，请先申请入会");
		}
		if (!union.pathIds().contains(group.getOrgUnitId())) {
			throw DomainException.forbidden("仅限本工会及下级工会的会员加入");
		}
	}

}
