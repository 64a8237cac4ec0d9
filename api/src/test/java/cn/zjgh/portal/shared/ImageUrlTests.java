package cn.zjgh.portal.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImageUrlTests {

	private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	private final ImageUrl.Validator validator = new ImageUrl.Validator();

	@ParameterizedTest
	@ValueSource(strings = { "https://img.example.com/a.jpg", "https://portal.example.cn/uploads/" + SHA + ".png",
			"http://localhost:8080/uploads/" + SHA + ".png", "http://127.0.0.1:41234/uploads/" + SHA + ".jpg",
			"http://[::1]:8080/uploads/" + SHA + ".webp", "" })
	void httpsUrlsAndUploadsToAPortalOnThisMachinePass(String url) {
		assertThat(this.validator.isValid(url, null)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://img.example.com/uploads/" + SHA + ".png",
			"http://localhost:8080/uploads/" + SHA + ".gif", "http://localhost:8080/uploads/" + SHA + ".png?x=1",
			"http://localhost:8080/uploads/" + SHA + ".png#x", "http://user@localhost:8080/uploads/" + SHA + ".png",
			"http://localhost:8080/uploads/abc.png", "http://localhost:8080/uploads/../" + SHA + ".png",
			"http://localhost:8080/a.jpg", "/uploads/" + SHA + ".png", "javascript:alert(1)",
			"data:image/png;base64,AAAA" })
	void otherPlainHttpAndEverythingElseFails(String url) {
		assertThat(this.validator.isValid(url, null)).isFalse();
	}

}
