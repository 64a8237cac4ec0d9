package cn.zjgh.portal.event;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.account.OrgUnit;
import cn.zjgh.portal.account.UserDirectory;
import cn.zjgh.portal.event.EventInputs.Eligibility;
import cn.zjgh.portal.shared.Batches;

import org.springframework.stereotype.Component;

/**
 * What {@link RegistrationRules} ask about a worker — the union they belong to, the
 * interest groups they joined — read once: for the one event a worker registers for, or
 * for all the events of a page the caller is shown.
 */
@Component
class RegistrationEligibility {

	private static final Eligibility LOG_IN_FIRST = new Eligibility(false, "UNAUTHENTICATED", "请先登录");

	private final UserDirectory users;

	private final InterestGroupMapper groups;

	private final Clock clock;

	RegistrationEligibility(UserDirectory users, InterestGroupMapper groups, Clock clock) {
		this.users = users;
		this.groups = groups;
		this.clock = clock;
	}

	/**
	 * Whether the worker may register for the event at {@code now}, reading only what its
	 * rules ask: the union for a restricted audience, the membership for a group's
	 * activity.
	 */
	Eligibility check(long userId, Event event, OffsetDateTime now) {
		List<Long> unionPath = (event.getAudience() != Audience.PUBLIC) ? unionPath(userId) : List.of();
		boolean groupMember = event.getInterestGroupId() == null
				|| !this.groups.joinedAmong(userId, List.of(event.getInterestGroupId())).isEmpty();
		return RegistrationRules.check(event, now, unionPath, groupMember, this.clock.getZone());
	}

	/**
	 * Whether the caller may register for each event now; an anonymous caller logs in
	 * first.
	 */
	Map<Event, Eligibility> forEvents(Caller caller, List<Event> events) {
		if (caller == null) {
			return Batches.map(events, (event) -> LOG_IN_FIRST);
		}
		List<Long> unionPath = unionPath(caller.userId());
		List<Long> groupIds = events.stream()
			.map(Event::getInterestGroupId)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		Set<Long> joined = groupIds.isEmpty() ? Set.of()
				: Set.copyOf(this.groups.joinedAmong(caller.userId(), groupIds));
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return Batches.map(events,
				(event) -> RegistrationRules.check(event, now, unionPath,
						event.getInterestGroupId() == null || joined.contains(event.getInterestGroupId()),
						this.clock.getZone()));
	}

	/**
	 * The ids from the province down to the worker's union; empty when the union is
	 * unknown.
	 */
	private List<Long> unionPath(long userId) {
		OrgUnit union = this.users.unionOf(userId);
		return (union != null) ? union.pathIds() : List.of();
	}

}
