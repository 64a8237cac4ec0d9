package cn.zjgh.portal.help;

import cn.zjgh.portal.shared.ConstraintRule;
import cn.zjgh.portal.shared.ErrorCode;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HelpRequestProperties.class)
class HelpRequestConfiguration {

	@Bean
	ConstraintRule helpRequestStars() {
		return new ConstraintRule("help_request_stars", ErrorCode.BAD_USER_INPUT, "stars: must be between 1 and 5");
	}

	@Bean
	ConstraintRule helpRequestCallBackNeedsPhone() {
		return new ConstraintRule("help_request_call_back_needs_phone", ErrorCode.BAD_USER_INPUT,
				"contactPhone: a call back needs a phone number");
	}

}
