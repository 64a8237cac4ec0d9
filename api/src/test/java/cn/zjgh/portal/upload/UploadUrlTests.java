package cn.zjgh.portal.upload;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class UploadUrlTests {

	private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	@Test
	void aConfiguredPublicBaseUrlComesFirst() {
		UploadController controller = controller("https://portal.example.cn/");

		assertThat(controller.urlOf(png(), request("http", "10.0.0.5", 8080)))
			.isEqualTo("https://portal.example.cn/uploads/" + SHA + ".png");
	}

	@Test
	void withoutOneTheUrlIsOnTheAddressTheUploadWasSentTo() {
		UploadController controller = controller("");

		assertThat(controller.urlOf(png(), request("https", "portal.example.cn", 443)))
			.isEqualTo("https://portal.example.cn/uploads/" + SHA + ".png");
		assertThat(controller.urlOf(png(), request("http", "localhost", 8080)))
			.isEqualTo("http://localhost:8080/uploads/" + SHA + ".png");
	}

	private static UploadController controller(String publicBaseUrl) {
		return new UploadController(null, new UploadProperties(DataSize.ofMegabytes(2), publicBaseUrl));
	}

	private static MockHttpServletRequest request(String scheme, String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uploads");
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		return request;
	}

	private static Upload png() {
		Upload upload = new Upload();
		upload.setSha256(SHA);
		upload.setContentType("image/png");
		return upload;
	}

}
