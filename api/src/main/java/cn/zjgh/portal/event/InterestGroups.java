package cn.zjgh.portal.event;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Interest groups (兴趣小组): browsing them, joining and leaving. */
@Service
class InterestGroups {

	private final InterestGroupMapper groups;

	private final OrgScope orgScope;

	InterestGroups(InterestGroupMapper groups, OrgScope orgScope) {
		this.groups = groups;
		this.orgScope = orgScope;
	}

	Connection<InterestGroup> page(Long orgUnitId, EventCategory category, PageRequest page) {
		Long afterId = page.afterId();
		List<InterestGroup> rows = this.groups.findPage(orgUnitId, category, afterId, page.fetchSize());
		return Connection.of(rows, page, (group) -> Cursor.of(group.getId()));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	InterestGroup create(Caller caller, EventInputs.CreateInterestGroupInput input) {
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

	Set<Long> joined(Caller caller, Collection<Long> groupIds) {
		if (caller == null || groupIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.groups.joinedAmong(caller.userId(), groupIds));
	}

	private void require(long groupId) {
		if (this.groups.selectById(groupId) == null) {
			throw DomainException.notFound("Interest group", groupId);
		}
	}

}
