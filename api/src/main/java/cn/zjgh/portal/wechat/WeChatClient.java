package cn.zjgh.portal.wechat;

import java.util.Map;
import java.util.Set;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import cn.binarywang.wx.miniapp.bean.WxMaPhoneNumberInfo;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckResponse;
import me.chanjar.weixin.common.error.WxErrorException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import cn.zjgh.portal.shared.DomainException;
import cn.zjgh.portal.shared.ErrorCode;

import org.springframework.stereotype.Component;

/**
 * Everything the portal asks of WeChat's server API, in the portal's terms. WxJava stays
 * behind this class; callers see domain errors, not WeChat error codes.
 */
@Component
public class WeChatClient {

	/** WeChat's answers to a login or phone code that is wrong, used or expired. */
	private static final Set<Integer> INVALID_CODE = Set.of(40029, 40163, 40226, 41008);

	/** The user refused the subscribe message or has no consent left; never retry. */
	public static final int SUBSCRIBE_REFUSED = 43101;

	private static final Log logger = LogFactory.getLog(WeChatClient.class);

	private final WxMaService wechat;

	WeChatClient(WxMaService wechat) {
		this.wechat = wechat;
	}

	public WeChatSession exchangeLoginCode(String code) {
		try {
			WxMaJscode2SessionResult result = this.wechat.getUserService().getSessionInfo(code);
			return new WeChatSession(result.getOpenid(), result.getUnionid(), result.getSessionKey());
		}
		catch (WxErrorException ex) {
			throw translate("code2Session", ex);
		}
		catch (RuntimeException ex) {
			throw unavailable("code2Session", ex);
		}
	}

	public String phoneNumber(String code) {
		try {
			WxMaPhoneNumberInfo info = this.wechat.getUserService().getPhoneNumber(code);
			return info.getPurePhoneNumber();
		}
		catch (WxErrorException ex) {
			throw translate("getuserphonenumber", ex);
		}
		catch (RuntimeException ex) {
			throw unavailable("getuserphonenumber", ex);
		}
	}

	/**
	 * Sends one subscribe message. Returns WeChat's error code (0 when delivered) rather
	 * than throwing, because callers record every outcome and decide about retries
	 * themselves.
	 */
	public int sendSubscribeMessage(String openid, String templateId, String page, Map<String, String> data) {
		WxMaSubscribeMessage message = new WxMaSubscribeMessage().setToUser(openid)
			.setTemplateId(templateId)
			.setPage(page)
			.setData(data.entrySet()
				.stream()
				.map((entry) -> new WxMaSubscribeMessage.MsgData(entry.getKey(), entry.getValue()))
				.toList());
		try {
			this.wechat.getSubscribeService().sendSubscribeMsg(message);
			return 0;
		}
		catch (WxErrorException ex) {
			return ex.getError().getErrorCode();
		}
		catch (RuntimeException ex) {
			logger.warn("Subscribe message to " + openid + " failed: " + ex.getMessage());
			return -1;
		}
	}

	/**
	 * WeChat's content security verdict on user-written text.
	 * @return true when the text may be shown
	 */
	public boolean isTextSafe(String openid, String text) {
		WxMaMsgSecCheckCheckRequest request = WxMaMsgSecCheckCheckRequest.builder()
			.version("2")
			.scene(3)
			.openid(openid)
			.content(text)
			.build();
		try {
			WxMaMsgSecCheckCheckResponse response = this.wechat.getSecurityService().checkMessage(request);
			return response.getResult() == null || "pass".equals(response.getResult().getSuggest());
		}
		catch (WxErrorException ex) {
			throw translate("msg_sec_check", ex);
		}
		catch (RuntimeException ex) {
			throw unavailable("msg_sec_check", ex);
		}
	}

	/**
	 * A PNG mini-program code that opens {@code page} with {@code scene} (≤ 32
	 * characters).
	 */
	public byte[] unlimitedCode(String page, String scene) {
		try {
			return this.wechat.getQrcodeService()
				.createWxaCodeUnlimitBytes(scene, page, false, "release", 430, false, null, false);
		}
		catch (WxErrorException ex) {
			throw translate("getwxacodeunlimit", ex);
		}
		catch (RuntimeException ex) {
			throw unavailable("getwxacodeunlimit", ex);
		}
	}

	private static DomainException translate(String call, WxErrorException ex) {
		int code = ex.getError().getErrorCode();
		if (INVALID_CODE.contains(code)) {
			return new DomainException(ErrorCode.WECHAT_CODE_INVALID,
					"WeChat did not accept the code; call wx.login (or the button) again for a fresh one");
		}
		logger.warn("WeChat " + call + " answered " + code + " " + ex.getError().getErrorMsg());
		return new DomainException(ErrorCode.WECHAT_UNAVAILABLE, "WeChat is not answering properly; try again");
	}

	private static DomainException unavailable(String call, RuntimeException ex) {
		logger.warn("WeChat " + call + " failed: " + ex.getMessage());
		return new DomainException(ErrorCode.WECHAT_UNAVAILABLE, "WeChat cannot be reached; try again");
	}

	/** What code2Session returns; the session key never leaves the server. */
	public record WeChatSession(String openid, String unionid, String sessionKey) {

	}

}
