package cn.zjgh.portal.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HttpsUrlTests {

	private final HttpsUrl.Validator validator = new HttpsUrl.Validator();

	@ParameterizedTest
	@ValueSource(strings = { "https://img.example.com/a.jpg", "HTTPS://img.example.com", "https://img.example.com/路径",
			"https://img.example.com:8443/a?b=c#d", "" })
	void httpsUrlsAndNothingPass(String url) {
		assertThat(this.validator.isValid(url, null)).isTrue();
		assertThat(this.validator.isValid(null, null)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://img.example.com/a.jpg", "javascript:alert(1)", "JavaScript://%0aalert(1)",
			"data:image/png;base64,AAAA", "vbscript:msgbox(1)", "//img.example.com/a.jpg", "/pages/index/index",
			"https://", "https:img.example.com", "https:///a.jpg", "https://user:pass@img.example.com/",
			"https://img.example.com/a b.jpg", "https://例子.example.com/", " https://img.example.com/a.jpg",
			"ftp://img.example.com/a.jpg" })
	void everythingElseFails(String url) {
		assertThat(this.validator.isValid(url, null)).isFalse();
	}

}
