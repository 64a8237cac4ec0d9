import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * WeChat's server API as far as the portal calls it, outside the portal's replicas, for
 * api/cluster/replicas-behind-nginx.sh: the replicas run the production profile with
 * {@code PORTAL_WECHAT_API_HOST_URL} pointing here, so the production WxJava client runs
 * unchanged, and all of them share one record of what was sent.
 *
 * <pre>
 * java api/cluster/WeChatServer.java PORT SENT_LOG
 * </pre>
 *
 * Any login code is accepted, the code itself being the openid; every text passes the
 * content check. Each subscribe message received is appended to SENT_LOG as one line
 * {@code touser TAB template_id TAB page}, so a check can count what WeChat would have
 * delivered, per recipient and page.
 */
public class WeChatServer {

	private static final Pattern CODE = Pattern.compile("[?&]js_code=([^&]+)");

	private static PrintWriter sent;

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: java api/cluster/WeChatServer.java PORT SENT_LOG");
			System.exit(2);
		}
		sent = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
		HttpServer server = HttpServer
			.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 200);
		server.setExecutor(Executors.newFixedThreadPool(8));
		server.createContext("/cgi-bin/token", WeChatServer::token);
		server.createContext("/cgi-bin/stable_token", WeChatServer::token);
		server.createContext("/sns/jscode2session", WeChatServer::codeToSession);
		server.createContext("/cgi-bin/message/subscribe/send", WeChatServer::subscribeSend);
		server.createContext("/wxa/msg_sec_check", WeChatServer::messageCheck);
		server.createContext("/", (exchange) -> reply(exchange, "{\"errcode\":40001,\"errmsg\":\"not here\"}"));
		server.start();
		System.out.println("WeChat server API stand-in on 127.0.0.1:" + args[0] + ", sends logged to " + args[1]);
	}

	private static void token(HttpExchange exchange) throws IOException {
		body(exchange);
		reply(exchange, "{\"access_token\":\"cluster-" + UUID.randomUUID() + "\",\"expires_in\":7200}");
	}

	private static void codeToSession(HttpExchange exchange) throws IOException {
		Matcher code = CODE.matcher("?" + exchange.getRequestURI().getRawQuery());
		if (!code.find()) {
			reply(exchange, "{\"errcode\":40029,\"errmsg\":\"invalid code\"}");
			return;
		}
		String openid = code.group(1);
		reply(exchange, "{\"openid\":\"" + openid + "\",\"session_key\":\"" + UUID.randomUUID() + "\"}");
	}

	private static void subscribeSend(HttpExchange exchange) throws IOException {
		String body = body(exchange);
		String line = field(body, "touser") + "\t" + field(body, "template_id") + "\t" + field(body, "page");
		synchronized (WeChatServer.class) {
			sent.println(line);
		}
		reply(exchange, "{\"errcode\":0,\"errmsg\":\"ok\"}");
	}

	private static void messageCheck(HttpExchange exchange) throws IOException {
		body(exchange);
		reply(exchange, "{\"errcode\":0,\"errmsg\":\"ok\",\"trace_id\":\"" + UUID.randomUUID()
				+ "\",\"result\":{\"suggest\":\"pass\",\"label\":100}}");
	}

	/** A string field of a JSON body, with \\uXXXX escapes (Gson writes = as \\u003d) undone. */
	private static String field(String json, String name) {
		Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
		if (!value.find()) {
			return "";
		}
		Matcher escape = Pattern.compile("\\\\u([0-9a-fA-F]{4})|\\\\(.)").matcher(value.group(1));
		StringBuilder text = new StringBuilder();
		while (escape.find()) {
			String replacement = (escape.group(1) != null)
					? String.valueOf((char) Integer.parseInt(escape.group(1), 16)) : escape.group(2);
			escape.appendReplacement(text, Matcher.quoteReplacement(replacement));
		}
		escape.appendTail(text);
		return text.toString();
	}

	private static String body(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static void reply(HttpExchange exchange, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
		exchange.getResponseHeaders().add("Connection", "close");
		exchange.sendResponseHeaders(200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
