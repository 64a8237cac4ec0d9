package cn.zjgh.portal;

import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The clock every integration test drives. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

	@Bean
	@Primary
	PortalGraphQlTests.MutableClock testClock() {
		return new PortalGraphQlTests.MutableClock(ZoneId.of("Asia/Shanghai"));
	}

}
