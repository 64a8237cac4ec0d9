package cn.zjgh.portal.readingroom;

import cn.zjgh.portal.shared.ConstraintRule;
import cn.zjgh.portal.shared.ErrorCode;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadingRoomProperties.class)
class ReadingRoomConfiguration {

	@Bean
	ConstraintRule seatFree() {
		return new ConstraintRule("booking_seat_free", ErrorCode.SEAT_TAKEN, "该座位此时段已被预约");
	}

}
