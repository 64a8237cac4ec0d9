package cn.zjgh.portal.upload;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import cn.zjgh.portal.PortalGraphQlTests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures uploaded over HTTP as {@code wx.uploadFile} sends them, served back, and taken
 * as covers.
 */
class UploadGraphQlTests extends PortalGraphQlTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_SIZE = 2 * 1024 * 1024;

	@Autowired
	private StringRedisTemplate redis;

	@AfterEach
	void forgetRateCounts() {
		this.redis.delete(List.of("portal:rate:upload:" + userId("demo-organizer-hangzhou"),
				"portal:rate:upload:" + userId("demo-organizer-ningbo")));
	}

	@Test
	void anOrganizersPngIsServedBackWithItsTypeAndCachedForGood() throws Exception {
		byte[] png = png();
		String sha256 = sha256(png);

		HttpResponse<String> uploaded = upload(png, "cover.png", "application/octet-stream",
				login("demo-organizer-hangzhou"));
		assertThat(uploaded.statusCode()).isEqualTo(200);
		String url = json(uploaded).get("url").asString();
		assertThat(url).isEqualTo("http://127.0.0.1:" + this.port + "/uploads/" + sha256 + ".png");
		assertThat(json(uploaded).get("size").asInt()).isEqualTo(png.length);

		HttpResponse<byte[]> served = get(url, null);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body()).isEqualTo(png);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(served.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000", "public", "immutable"));
		assertThat(served.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
		assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

		HttpResponse<byte[]> revalidated = get(url, "\"" + sha256 + "\"");
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();

		assertThat(this.jdbc.queryForMap("SELECT content_type, size, uploaded_by FROM upload WHERE sha256 = ?", sha256))
			.containsEntry("content_type", "image/png")
			.containsEntry("size", png.length)
			.containsEntry("uploaded_by", userId("demo-organizer-hangzhou"));

		HttpResponse<byte[]> otherExtension = get(url.replace(".png", ".jpg"), null);
		assertThat(otherExtension.statusCode()).isEqualTo(404);
		assertThat(code(new String(otherExtension.body(), StandardCharsets.UTF_8))).isEqualTo("NOT_FOUND");
		assertThat(get(url.replace(sha256, sha256(new byte[] { 1 })), null).statusCode()).isEqualTo(404);
	}

	@Test
	void workersAndAnonymousCallersMayNotUpload() throws Exception {
		byte[] png = png();

		HttpResponse<String> worker = upload(png, "cover.png", "image/png", login("demo-worker-1"));
		assertThat(worker.statusCode()).isEqualTo(403);
		assertThat(code(worker.body())).isEqualTo("FORBIDDEN");

		HttpResponse<String> anonymous = upload(png, "cover.png", "image/png", null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(code(anonymous.body())).isEqualTo("UNAUTHENTICATED");

		HttpResponse<String> expired = upload(png, "cover.png", "image/png", "not.a.token");
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(code(expired.body())).isEqualTo("UNAUTHENTICATED");

		assertThat(storedCount(sha256(png))).isZero();
	}

	@Test
	void onlyJpegPngAndWebpBytesAreTakenWhateverTheNameSays() throws Exception {
		String token = login("demo-organizer-hangzhou");
		byte[] text = "这不是图片，只是改了扩展名的文本".getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> renamed = upload(text, "cover.png", "image/png", token);
		assertThat(renamed.statusCode()).isEqualTo(400);
		assertThat(code(renamed.body())).isEqualTo("BAD_USER_INPUT");
		assertThat(message(renamed.body())).contains("JPEG、PNG 或 WebP");
		assertThat(storedCount(sha256(text))).isZero();

		HttpResponse<String> empty = upload(new byte[0], "cover.png", "image/png", token);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(code(empty.body())).isEqualTo("BAD_USER_INPUT");

		HttpResponse<String> noFile = send(HttpRequest.newBuilder(uri("/uploads"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
		assertThat(noFile.statusCode()).isEqualTo(400);
		assertThat(code(noFile.body())).isEqualTo("BAD_USER_INPUT");
		HttpResponse<String> otherField = upload(png(), "cover.png", "image/png", token, "picture");
		assertThat(otherField.statusCode()).isEqualTo(400);
		assertThat(code(otherField.body())).isEqualTo("BAD_USER_INPUT");
		assertThat(message(otherField.body())).contains("file");

		byte[] jpeg = withSignature(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, 64);
		byte[] webp = withSignature("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), 64);
		assertThat(json(upload(jpeg, "photo.png", "image/png", token)).get("url").asString()).endsWith(".jpg");
		assertThat(json(upload(webp, "photo", "text/plain", token)).get("url").asString()).endsWith(".webp");
	}

	@Test
	void picturesLargerThanTheConfiguredSizeAreRefused() throws Exception {
		String token = login("demo-organizer-hangzhou");
		byte[] largest = withSignature(png(), MAX_SIZE);
		byte[] tooLarge = withSignature(png(), MAX_SIZE + 1);
		byte[] farTooLarge = withSignature(png(), MAX_SIZE + 200 * 1024);

		assertThat(upload(largest, "largest.png", "image/png", token).statusCode()).isEqualTo(200);
		for (byte[] picture : List.of(tooLarge, farTooLarge)) {
			HttpResponse<String> refused = upload(picture, "large.png", "image/png", token);
			assertThat(refused.statusCode()).isIn(400, 413);
			assertThat(code(refused.body())).isEqualTo("BAD_USER_INPUT");
			assertThat(message(refused.body())).contains("2 MB");
			assertThat(storedCount(sha256(picture))).isZero();
		}
	}

	@Test
	void theSamePictureTwiceIsOneRowUnderOneUrl() throws Exception {
		byte[] png = png();
		String first = json(upload(png, "a.png", "image/png", login("demo-organizer-hangzhou"))).get("url").asString();
		String second = json(upload(png, "b.png", "image/png", login("demo-organizer-ningbo"))).get("url").asString();

		assertThat(second).isEqualTo(first);
		assertThat(storedCount(sha256(png))).isOne();
	}

	@Test
	void anUploadedPictureIsTakenAsAStoryCoverAndAPortrait() throws Exception {
		String url = json(upload(png(), "cover.png", "image/png", login("demo-organizer-hangzhou"))).get("url")
			.asString();
		long craftsman = this.jdbc.queryForObject("SELECT id FROM craftsman ORDER BY id LIMIT 1", Long.class);

		as("demo-organizer-hangzhou")
			.document("mutation($input: CreateStoryInput!) { createStory(input: $input) { story { coverUrl } } }")
			.variable("input",
					Map.of("authorOrgUnitId", orgUnitId("杭州市总工会"), "title",
							"上传封面 " + UUID.randomUUID().toString().substring(0, 6), "summary", "摘要", "body", "正文",
							"coverUrl", url, "craftsmanIds", List.of(craftsman)))
			.execute()
			.path("createStory.story.coverUrl")
			.entity(String.class)
			.isEqualTo(url);
		as("demo-organizer-hangzhou").document(
				"mutation($input: CreateCraftsmanInput!) { createCraftsman(input: $input) { craftsman { portraitUrl } } }")
			.variable("input", Map.of("orgUnitId", orgUnitId("杭州市总工会"), "name", "上传照片的工匠", "portraitUrl", url))
			.execute()
			.path("createCraftsman.craftsman.portraitUrl")
			.entity(String.class)
			.isEqualTo(url);
	}

	@Test
	void uploadsAreRateLimitedPerOrganizer() throws Exception {
		String token = login("demo-organizer-ningbo");
		for (int i = 0; i < Uploads.UPLOAD_LIMIT; i++) {
			assertThat(upload(png(), "p.png", "image/png", token).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> limited = upload(png(), "p.png", "image/png", token);
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(code(limited.body())).isEqualTo("RATE_LIMITED");
	}

	/** A small PNG of random colour, so that each test uploads pictures of its own. */
	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, ThreadLocalRandom.current().nextInt(0x1000000));
		image.setRGB(3, 2, ThreadLocalRandom.current().nextInt(0x1000000));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** {@code size} bytes that start with the signature, the rest random. */
	private static byte[] withSignature(byte[] signature, int size) {
		byte[] bytes = new byte[size];
		ThreadLocalRandom.current().nextBytes(bytes);
		System.arraycopy(signature, 0, bytes, 0, Math.min(signature.length, size));
		return bytes;
	}

	private HttpResponse<String> upload(byte[] bytes, String filename, String contentType, String token)
			throws Exception {
		return upload(bytes, filename, contentType, token, "file");
	}

	/**
	 * A multipart POST as {@code wx.uploadFile} sends it, the bytes in the field
	 * {@code field}.
	 */
	private HttpResponse<String> upload(byte[] bytes, String filename, String contentType, String token, String field)
			throws Exception {
		String boundary = "----portal" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = Arrays.copyOf(head, head.length + bytes.length + tail.length);
		System.arraycopy(bytes, 0, body, head.length, bytes.length);
		System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/uploads"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private HttpResponse<byte[]> get(String url, String ifNoneMatch) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private int storedCount(String sha256) {
		return this.jdbc.queryForObject("SELECT count(*) FROM upload WHERE sha256 = ?", Integer.class, sha256);
	}

	private static JsonNode json(HttpResponse<String> response) throws Exception {
		return JSON.readTree(response.body());
	}

	private static String code(String body) throws Exception {
		return JSON.readTree(body).at("/errors/0/extensions/code").asString();
	}

	private static String message(String body) throws Exception {
		return JSON.readTree(body).at("/errors/0/message").asString();
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
