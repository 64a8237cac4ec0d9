package cn.zjgh.portal.event;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationRulesTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final OffsetDateTime now = OffsetDateTime.parse("2026-11-23T09:00:00+08:00");

	@Test
	void openPublicEventWithSeatsIsAllowed() {
		assertThat(RegistrationRules.check(event(), this.now, List.of(), SHANGHAI).allowed()).isTrue();
	}

	@Test
	void theWindowIsHalfOpenAndTheReasonSaysWhenItOpens() {
		Event event = event();
		event.setRegistrationOpensAt(this.now.plusHours(1));
		assertThat(RegistrationRules.check(event, this.now, List.of(), SHANGHAI).reason())
			.isEqualTo("报名将于11月23日 10:00开始");
		event.setRegistrationOpensAt(this.now);
		assertThat(RegistrationRules.check(event, this.now, List.of(), SHANGHAI).allowed()).isTrue();
		event.setRegistrationClosesAt(this.now);
		assertThat(RegistrationRules.check(event, this.now, List.of(), SHANGHAI).code())
			.isEqualTo("REGISTRATION_CLOSED");
	}

	@Test
	void audienceRulesUseTheWorkersUnionPath() {
		Event event = event();
		event.setAudience(Audience.ORG_UNIT);
		event.setOrgUnitId(7L);
		assertThat(RegistrationRules.check(event, this.now, List.of(1L, 2L, 7L, 9L), SHANGHAI).allowed()).isTrue();
		assertThat(RegistrationRules.check(event, this.now, List.of(1L, 2L, 8L), SHANGHAI).code())
			.isEqualTo("FORBIDDEN");
		event.setAudience(Audience.MEMBERS);
		assertThat(RegistrationRules.check(event, this.now, List.of(), SHANGHAI).code())
			.isEqualTo("MEMBERSHIP_REQUIRED");
		event.setAudience(Audience.ORG_UNIT);
		assertThat(RegistrationRules.check(event, this.now, List.of(), SHANGHAI).code())
			.isEqualTo("MEMBERSHIP_REQUIRED");
	}

	@Test
	void interestGroupActivitiesNeedMembership() {
		Event event = event();
		event.setInterestGroupId(5L);
		assertThat(RegistrationRules.check(event, this.now, List.of(), false, SHANGHAI).code()).isEqualTo("FORBIDDEN");
		assertThat(RegistrationRules.check(event, this.now, List.of(), true, SHANGHAI).allowed()).isTrue();
	}

	@Test
	void aFullEventIsOnlyClosedWithoutAWaitlist() {
		Event event = event();
		event.setConfirmedCount(10);
		assertThat(RegistrationRules.check(event, this.now, List.of(), SHANGHAI).code()).isEqualTo("EVENT_FULL");
		event.setWaitlistEnabled(true);
		assertThat(RegistrationRules.check(event, this.now, List.of(), SHANGHAI).allowed()).isTrue();
	}

	private Event event() {
		Event event = new Event();
		event.setStatus(EventStatus.PUBLISHED);
		event.setAudience(Audience.PUBLIC);
		event.setOrgUnitId(1L);
		event.setCapacity(10);
		event.setStartsAt(this.now.plusDays(2));
		event.setEndsAt(this.now.plusDays(2).plusHours(2));
		event.setRegistrationOpensAt(this.now.minusDays(1));
		event.setRegistrationClosesAt(this.now.plusDays(1));
		return event;
	}

}
