package cn.zjgh.portal.event;

import cn.zjgh.portal.shared.ConstraintRule;
import cn.zjgh.portal.shared.ErrorCode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the event constraints mean to a caller when the database is the one saying no. */
@Configuration(proxyBeanMethods = false)
class EventConfiguration {

	@Bean
	ConstraintRule eventNotOversold() {
		return new ConstraintRule("event_not_oversold", ErrorCode.EVENT_FULL, "名额已满");
	}

	@Bean
	ConstraintRule interestGroupNameUnique() {
		return new ConstraintRule("interest_group_name_unique", ErrorCode.BAD_USER_INPUT, "本单位已有同名兴趣小组");
	}

	@Bean
	ConstraintRule eventTimes() {
		return new ConstraintRule("event_registration_window", ErrorCode.BAD_USER_INPUT, "报名时间须在活动结束前，且截止晚于开始");
	}

	@Bean
	ConstraintRule seasonNameUnique() {
		return new ConstraintRule("season_name_key", ErrorCode.BAD_USER_INPUT, "已有同名文体季");
	}

}
