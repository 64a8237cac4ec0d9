package cn.zjgh.portal.station;

import cn.zjgh.portal.shared.ConstraintRule;
import cn.zjgh.portal.shared.ErrorCode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StationConfiguration {

	/** Two claims of one worker racing: the second meets the one-a-day constraint. */
	@Bean
	ConstraintRule freeMealOnceADay() {
		return new ConstraintRule("free_meal_once_a_day", ErrorCode.ALREADY_CLAIMED, FreeMeals.ALREADY_CLAIMED);
	}

	@Bean
	ConstraintRule freeMealWithinQuota() {
		return new ConstraintRule("free_meal_within_quota", ErrorCode.QUOTA_EXHAUSTED, FreeMeals.QUOTA_EXHAUSTED);
	}

}
