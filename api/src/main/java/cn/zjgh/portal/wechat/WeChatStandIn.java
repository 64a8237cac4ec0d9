package cn.zjgh.portal.wechat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A local stand-in of WeChat's server API, listening on a free loopback port. WxJava is
 * pointed at it in the demo profile and in tests, so the real client code runs end to
 * end.
 *
 * <p>
 * It accepts login codes of the form {@code demo-<name>} (the WeChat user is
 * {@code demo-<name>}) and phone codes of the form {@code demo-phone-<11 digits>};
 * anything else is an invalid code, as WeChat would answer. Subscribe messages, content
 * checks and QR codes are recorded so tests can see what was sent.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "portal.wechat.stand-in", havingValue = "true")
public class WeChatStandIn implements DisposableBean {

	/** Text containing one of these words is judged risky by the content check. */
	public static final List<String> RISKY_WORDS = List.of("赌博", "诈骗", "代开发票");

	private static final Log logger = LogFactory.getLog(WeChatStandIn.class);

	private static final Pattern PHONE_CODE = Pattern.compile("demo-phone-(1\\d{10})");

	/** A 1x1 transparent PNG, enough for a client to render something. */
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

	private final JsonMapper json = JsonMapper.builder().build();

	private final SecureRandom random = new SecureRandom();

	private final HttpServer server;

	private final AtomicInteger tokensIssued = new AtomicInteger();

	private final List<Map<String, Object>> subscribeMessages = new CopyOnWriteArrayList<>();

	private final List<Map<String, Object>> wxaCodes = new CopyOnWriteArrayList<>();

	private final Set<String> refusingOpenids = ConcurrentHashMap.newKeySet();

	public WeChatStandIn() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newFixedThreadPool(4));
		this.server.createContext("/cgi-bin/token", this::token);
		this.server.createContext("/cgi-bin/stable_token", this::token);
		this.server.createContext("/sns/jscode2session", this::codeToSession);
		this.server.createContext("/wxa/business/getuserphonenumber", this::phoneNumber);
		this.server.createContext("/cgi-bin/message/subscribe/send", this::subscribeSend);
		this.server.createContext("/wxa/msg_sec_check", this::messageCheck);
		this.server.createContext("/wxa/getwxacodeunlimit", this::wxaCodeUnlimited);
		this.server.start();
		logger.info("WeChat stand-in listening on " + url());
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** Subscribe messages received, oldest first: touser, template_id, page, data. */
	public List<Map<String, Object>> subscribeMessages() {
		return List.copyOf(this.subscribeMessages);
	}

	/** Unlimited mini-program codes requested: scene, page. */
	public List<Map<String, Object>> wxaCodes() {
		return List.copyOf(this.wxaCodes);
	}

	public int tokensIssued() {
		return this.tokensIssued.get();
	}

	/**
	 * Makes subscribe messages to this user fail with 43101, as when the user declined or
	 * used up the consent.
	 */
	public void refuseSubscribeMessagesTo(String openid) {
		this.refusingOpenids.add(openid);
	}

	public void reset() {
		this.subscribeMessages.clear();
		this.wxaCodes.clear();
		this.refusingOpenids.clear();
	}

	private void token(HttpExchange exchange) throws IOException {
		this.tokensIssued.incrementAndGet();
		reply(exchange, Map.of("access_token", "standin-" + randomToken(), "expires_in", 7200));
	}

	private void codeToSession(HttpExchange exchange) throws IOException {
		String code = query(exchange).getOrDefault("js_code", "");
		if (!code.startsWith("demo-") || code.length() > 64) {
			reply(exchange, error(40029, "invalid code"));
			return;
		}
		reply(exchange, Map.of("openid", code, "unionid", "union-" + code, "session_key", randomToken()));
	}

	private void phoneNumber(HttpExchange exchange) throws IOException {
		if (!hasAccessToken(exchange)) {
			reply(exchange, error(40001, "invalid credential, access_token is invalid or not latest"));
			return;
		}
		Matcher matcher = PHONE_CODE.matcher(body(exchange).path("code").asString(""));
		if (!matcher.matches()) {
			reply(exchange, error(40029, "invalid code"));
			return;
		}
		String phone = matcher.group(1);
		reply(exchange, Map.of("errcode", 0, "errmsg", "ok", "phone_info",
				Map.of("phoneNumber", phone, "purePhoneNumber", phone, "countryCode", "86")));
	}

	private void subscribeSend(HttpExchange exchange) throws IOException {
		JsonNode body = body(exchange);
		String openid = body.path("touser").asString("");
		if (this.refusingOpenids.contains(openid)) {
			reply(exchange, error(43101, "user refuse to accept the msg"));
			return;
		}
		Map<String, Object> message = new HashMap<>();
		message.put("touser", openid);
		message.put("template_id", body.path("template_id").asString(""));
		message.put("page", body.path("page").asString(""));
		message.put("data", this.json.convertValue(body.path("data"), Map.class));
		this.subscribeMessages.add(message);
		reply(exchange, error(0, "ok"));
	}

	private void messageCheck(HttpExchange exchange) throws IOException {
		String content = body(exchange).path("content").asString("");
		boolean risky = RISKY_WORDS.stream().anyMatch(content::contains);
		Map<String, Object> result = risky ? Map.of("suggest", "risky", "label", 20006)
				: Map.of("suggest", "pass", "label", 100);
		reply(exchange, Map.of("errcode", 0, "errmsg", "ok", "trace_id", randomToken(), "result", result));
	}

	private void wxaCodeUnlimited(HttpExchange exchange) throws IOException {
		JsonNode body = body(exchange);
		this.wxaCodes.add(Map.of("scene", body.path("scene").asString(""), "page", body.path("page").asString("")));
		exchange.getResponseHeaders().add("Content-Type", "image/png");
		exchange.getResponseHeaders().add("Connection", "close");
		exchange.sendResponseHeaders(200, PNG.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(PNG);
		}
	}

	private boolean hasAccessToken(HttpExchange exchange) {
		return query(exchange).getOrDefault("access_token", "").startsWith("standin-");
	}

	private static Map<String, Object> error(int code, String message) {
		return Map.of("errcode", code, "errmsg", message);
	}

	private String randomToken() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	private JsonNode body(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			byte[] bytes = in.readAllBytes();
			return (bytes.length == 0) ? this.json.createObjectNode() : this.json.readTree(bytes);
		}
	}

	private static Map<String, String> query(HttpExchange exchange) {
		Map<String, String> params = new HashMap<>();
		String raw = exchange.getRequestURI().getRawQuery();
		if (raw == null) {
			return params;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return params;
	}

	private void reply(HttpExchange exchange, Map<String, Object> body) throws IOException {
		byte[] bytes = this.json.writeValueAsBytes(body);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		// no keep-alive: a pooled connection the stand-in has already closed would fail
		// the next call
		exchange.getResponseHeaders().add("Connection", "close");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void destroy() {
		this.server.stop(0);
	}

}
