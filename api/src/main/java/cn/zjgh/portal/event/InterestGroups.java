package cn.zjgh.portal.event;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.OrgUnitDirectory;
import cn.zjgh.portal.event.EventInputs.CreateInterestGroupInput;
import cn.zjgh.portal.shared.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Interest groups (兴趣小组): organizers create them, workers join and leave. */
@Service
class InterestGroups {

	private final InterestGroupMapper groups;

	private final OrgUnitDirectory orgUnits;

	private final OrgScope orgScope;

	InterestGroups(InterestGroupMapper groups, OrgUnitDirectory orgUnits, OrgScope orgScope) {
		this.groups = groups;
		this.orgUnits = orgUnits;
		this.orgScope = orgScope;
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	InterestGroup create(Caller caller, CreateInterestGroupInput input) {
		this.orgUnits.require(input.orgUnitId());
		this.orgScope.requireOrganizerOf(caller, input.orgUnitId());
		InterestGroup group = new InterestGroup();
		group.setOrgUnitId(input.orgUnitId());
		group.setName(input.name().strip());
		group.setDescription(input.description());
		group.setCategory(input.category());
		this.groups.insert(group);
		return this.groups.selectById(group.getId());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	InterestGroup join(Caller caller, long groupId) {
		require(groupId);
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

	private void require(long groupId) {
		if (this.groups.selectById(groupId) == null) {
			throw DomainException.notFound("Interest group", groupId);
		}
	}

}
