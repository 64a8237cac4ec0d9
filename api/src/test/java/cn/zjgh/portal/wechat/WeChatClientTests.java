package cn.zjgh.portal.wechat;

import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import cn.zjgh.portal.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real WxJava client talking to the stand-in: every WeChat call the portal makes. */
class WeChatClientTests extends PortalGraphQlTests {

	@Autowired
	private WeChatClient wechat;

	@Autowired
	private WeChatStandIn standIn;

	@Autowired
	private StringRedisTemplate redis;

	@AfterEach
	void resetStandIn() {
		this.standIn.reset();
	}

	@Test
	void loginCodesAreExchangedForTheOpenid() {
		assertThat(this.wechat.exchangeLoginCode("demo-someone").openid()).isEqualTo("demo-someone");
		assertThatThrownBy(() -> this.wechat.exchangeLoginCode("someone")).isInstanceOf(DomainException.class)
			.extracting((ex) -> ((DomainException) ex).code().name())
			.isEqualTo("WECHAT_CODE_INVALID");
	}

	@Test
	void subscribeMessagesAreSentAndARefusalIsReportedNotThrown() {
		int delivered = this.wechat.sendSubscribeMessage("demo-worker-1", "tmpl-lecture", "pages/lecture/detail?id=1",
				Map.of("thing1", "班前十分钟：安全生产", "time2", "2026-11-24 08:00"));
		this.standIn.refuseSubscribeMessagesTo("demo-worker-2");
		int refused = this.wechat.sendSubscribeMessage("demo-worker-2", "tmpl-lecture", "pages/index/index", Map.of());

		assertThat(delivered).isZero();
		assertThat(refused).isEqualTo(WeChatClient.SUBSCRIBE_REFUSED);
		// the outbox's scheduled sender may deliver other tests' messages meanwhile
		assertThat(this.standIn.subscribeMessages())
			.filteredOn((message) -> "tmpl-lecture".equals(message.get("template_id")))
			.singleElement()
			.satisfies((message) -> {
				assertThat(message).containsEntry("touser", "demo-worker-1");
				assertThat(message.get("data").toString()).contains("班前十分钟");
			});
	}

	@Test
	void textIsCheckedByWeChatsContentSecurity() {
		assertThat(this.wechat.isTextSafe("demo-worker-1", "向大国工匠学习，精益求精！")).isTrue();
		assertThat(this.wechat.isTextSafe("demo-worker-1", "加我微信参与网络赌博")).isFalse();
	}

	@Test
	void miniProgramCodesComeBackAsPng() {
		byte[] png = this.wechat.unlimitedCode("pages/event/detail", "e=42");

		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		assertThat(this.standIn.wxaCodes()).containsExactly(Map.of("scene", "e=42", "page", "pages/event/detail"));
	}

	@Test
	void theAccessTokenIsSharedThroughRedis() {
		this.wechat.isTextSafe("demo-worker-1", "你好");

		assertThat(this.redis.keys("portal:wechat*access_token*")).isNotEmpty();
	}

}
