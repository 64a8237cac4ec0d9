package cn.zjgh.portal.shared;

import com.baomidou.mybatisplus.autoconfigure.ConfigurationCustomizer;
import org.apache.ibatis.type.ArrayTypeHandler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MyBatisConfiguration {

	/**
	 * PostgreSQL {@code varchar[]} columns (tags, names) map to {@code String[]}
	 * everywhere.
	 */
	@Bean
	ConfigurationCustomizer stringArrays() {
		return (configuration) -> configuration.getTypeHandlerRegistry()
			.register(String[].class, ArrayTypeHandler.class);
	}

}
