package cn.zjgh.portal.event;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.zjgh.portal.event.EventInputs.Eligibility;
import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;

/**
 * Who may register for an event, and when. Pure rules: the caller supplies the time and
 * the worker's union (the ids from the province down to it, or an empty list when the
 * worker is no union's member). Seats are not decided here but by the conditional update
 * in PostgreSQL.
 */
final class RegistrationRules {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

	private RegistrationRules() {
	}

	static Eligibility check(Event event, OffsetDateTime now, List<Long> unionPath, ZoneId zone) {
		return check(event, now, unionPath, true, zone);
	}

	/**
	 * @param groupMember whether the worker belongs to the event's interest group (true
	 * when the event is not an interest-group activity)
	 */
	static Eligibility check(Event event, OffsetDateTime now, List<Long> unionPath, boolean groupMember, ZoneId zone) {
		if (event.getStatus() == EventStatus.CANCELLED) {
			return refuse(ErrorCode.REGISTRATION_CLOSED, "活动已取消");
		}
		if (event.getStatus() != EventStatus.PUBLISHED || !now.isBefore(event.getEndsAt())) {
			return refuse(ErrorCode.REGISTRATION_CLOSED, "活动已结束");
		}
		if (now.isBefore(event.getRegistrationOpensAt())) {
			return refuse(ErrorCode.REGISTRATION_CLOSED,
					"报名将于" + event.getRegistrationOpensAt().atZoneSameInstant(zone).format(WHEN) + "开始");
		}
		if (!now.isBefore(event.getRegistrationClosesAt())) {
			return refuse(ErrorCode.REGISTRATION_CLOSED, "报名已截止");
		}
		if (event.getAudience() != Audience.PUBLIC && unionPath.isEmpty()) {
			return refuse(ErrorCode.MEMBERSHIP_REQUIRED, "仅限工会会员报名，请先申请入会");
		}
		if (event.getAudience() == Audience.ORG_UNIT && !unionPath.contains(event.getOrgUnitId())) {
			return refuse(ErrorCode.FORBIDDEN, "仅限主办单位及下级工会的会员报名");
		}
		if (event.getInterestGroupId() != null && !groupMember) {
			return refuse(ErrorCode.FORBIDDEN, "仅限兴趣小组成员报名，请先加入小组");
		}
		if (event.isFull() && !event.isWaitlistEnabled()) {
			return refuse(ErrorCode.EVENT_FULL, "名额已满");
		}
		return Eligibility.ALLOWED;
	}

	static void require(Eligibility eligibility) {
		if (!eligibility.allowed() && !ErrorCode.EVENT_FULL.name().equals(eligibility.code())) {
			throw new DomainException(ErrorCode.valueOf(eligibility.code()), eligibility.reason());
		}
	}

	private static Eligibility refuse(ErrorCode code, String reason) {
		return new Eligibility(false, code.name(), reason);
	}

}
