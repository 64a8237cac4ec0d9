package cn.zjgh.portal.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaRedisBetterConfigImpl;

import cn.zjgh.portal.shared.RedisGuard;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.Assert;

/**
 * The one WxJava client of the application. Its access token lives in Redis, so that
 * replicas share one token instead of each fetching its own and invalidating the others'.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WeChatProperties.class)
class WeChatConfiguration {

	@Bean
	WxMaService wxMaService(WeChatProperties properties, StringRedisTemplate redis, RedisGuard guard,
			ObjectProvider<WeChatStandIn> standIn) {
		Assert.hasText(properties.appId(), "portal.wechat.app-id must be set");
		Assert.hasText(properties.secret(), "portal.wechat.secret must be set");
		WxMaRedisBetterConfigImpl config = new WxMaRedisBetterConfigImpl(new SharedTokenStore(redis, guard),
				"portal:wechat");
		config.setAppid(properties.appId());
		config.setSecret(properties.secret());
		config.setMsgDataFormat("JSON");
		config.setMaxRetryTimes(2);
		config.setRetrySleepMillis(200);
		WeChatStandIn local = standIn.getIfAvailable();
		if (local != null) {
			config.setApiHostUrl(local.url());
		}
		else if (properties.apiHostUrl() != null && !properties.apiHostUrl().isBlank()) {
			config.setApiHostUrl(properties.apiHostUrl());
		}
		WxMaService service = new WxMaServiceImpl();
		service.setWxMaConfig(config);
		return service;
	}

}
