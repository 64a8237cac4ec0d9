package cn.zjgh.portal.wechat;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mini-program's WeChat credentials.
 *
 * @param appId the mini-program's AppID
 * @param secret its AppSecret
 * @param apiHostUrl where WeChat's server API lives; only changed to go through a proxy
 * @param standIn start the local stand-in of WeChat's server API and send every call
 * there (demo profile and tests; never with real credentials)
 * @param templates subscribe-message template ids, by the portal's name for each message
 */
@ConfigurationProperties("portal.wechat")
public record WeChatProperties(String appId, String secret, String apiHostUrl, @DefaultValue("false") boolean standIn,
		Map<String, String> templates) {

	public WeChatProperties {
		templates = (templates != null) ? Map.copyOf(templates) : Map.of();
	}

}
