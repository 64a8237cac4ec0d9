package cn.zjgh.portal.event;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgScope;
import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.account.UserDirectory.UserSummary;
import cn.zjgh.portal.event.EventInputs.InterestGroupMember;
import cn.zjgh.portal.event.InterestGroupMapper.MemberRow;
import cn.zjgh.portal.shared.Batches;
import cn.zjgh.portal.shared.Connection;
import cn.zjgh.portal.shared.Cursor;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Interest groups to browse: a page of them, the group of each activity, the unit of each
 * group, and whether the caller has joined it; and, for organizers, who the members are.
 */
@Service
class InterestGroupDirectory {

	private final InterestGroupMapper groups;

	private final UserDirectory users;

	private final OrgScope orgScope;

	InterestGroupDirectory(InterestGroupMapper groups, UserDirectory users, OrgScope orgScope) {
		this.groups = groups;
		this.users = users;
		this.orgScope = orgScope;
	}

	Connection<InterestGroup> page(Long orgUnitId, EventCategory category, PageRequest page) {
		List<InterestGroup> rows = this.groups.findPage(orgUnitId, category, page.afterId(), page.fetchSize());
		return Connection.of(rows, page, (group) -> Cursor.of(group.getId()));
	}

	/**
	 * The members of a group, in the order they joined, for organizers of its unit: each
	 * with a nickname, a masked phone and a union, as attendee lists show them.
	 */
	@PreAuthorize("isAuthenticated()")
	Connection<InterestGroupMember> members(Caller caller, long groupId, PageRequest page) {
		InterestGroup group = DomainException.requireFound(this.groups.selectById(groupId), "Interest group", groupId);
		this.orgScope.requireOrganizerOf(caller, group.getOrgUnitId());
		List<MemberRow> rows = this.groups.findMembers(groupId, page.afterTime(0), page.afterLong(1), page.fetchSize());
		Map<Long, UserSummary> summaries = this.users.summaries(rows.stream().map(MemberRow::userId).toList());
		List<InterestGroupMember> members = rows.stream().map((row) -> {
			UserSummary summary = summaries.get(row.userId());
			return (summary != null)
					? new InterestGroupMember(row.userId(), summary.nickname(), summary.maskedPhone(),
							summary.orgUnitName(), row.joinedAt())
					: new InterestGroupMember(row.userId(), null, null, null, row.joinedAt());
		}).toList();
		return Connection.of(members, page, (member) -> Cursor.of(member.joinedAt(), member.userId()));
	}

	Map<Event, InterestGroup> ofEvents(List<Event> events) {
		List<Long> ids = events.stream().map(Event::getInterestGroupId).filter(Objects::nonNull).distinct().toList();
		Map<Long, InterestGroup> found = ids.isEmpty() ? Map.of()
				: this.groups.selectByIds(ids)
					.stream()
					.collect(Collectors.toMap(InterestGroup::getId, Function.identity()));
		return Batches.byReference(events, Event::getInterestGroupId, found);
	}

	/** Whether the caller belongs to each group; false for an anonymous caller. */
	Map<InterestGroup, Boolean> joined(Caller caller, List<InterestGroup> groups) {
		Set<Long> joined = (caller != null && !groups.isEmpty())
				? Set.copyOf(
						this.groups.joinedAmong(caller.userId(), groups.stream().map(InterestGroup::getId).toList()))
				: Set.of();
		return Batches.map(groups, (group) -> joined.contains(group.getId()));
	}

}
