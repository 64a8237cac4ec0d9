package cn.zjgh.portal.account;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BearerTokensTests {

	private final BearerTokens tokens = new BearerTokens();

	@Test
	void theTokenOfABearerHeaderInAnyCaseOfTheScheme() {
		assertThat(this.tokens.resolve(withAuthorization("Bearer eyJ0.eyJz-_~+/.c2ln==")))
			.isEqualTo("eyJ0.eyJz-_~+/.c2ln==");
		assertThat(this.tokens.resolve(withAuthorization("bearer abc"))).isEqualTo("abc");
	}

	@Test
	void noTokenWithoutABearerHeader() {
		assertThat(this.tokens.resolve(new MockHttpServletRequest())).isNull();
		assertThat(this.tokens.resolve(withAuthorization("Basic dXNlcjpwYXNz"))).isNull();
	}

	@Test
	void aMalformedBearerHeaderIsAnInvalidToken() {
		for (String header : new String[] { "Bearer", "Bearer ", "Bearer a b", "Bearer ==", "Bearer a=b", "Bearer 令牌",
				"Bearerabc", "Bearer  abc" }) {
			assertThatExceptionOfType(OAuth2AuthenticationException.class).as(header)
				.isThrownBy(() -> this.tokens.resolve(withAuthorization(header)))
				.satisfies((ex) -> assertThat(ex.getError().getErrorCode()).isEqualTo("invalid_token"));
		}
	}

	@Test
	void aB64TokenMayEndInPadding() {
		assertThat(BearerTokens.isB64Token("abc=")).isTrue();
		assertThat(BearerTokens.isB64Token("abc==")).isTrue();
		assertThat(BearerTokens.isB64Token("")).isFalse();
		assertThat(BearerTokens.isB64Token("a=b=")).isFalse();
	}

	private static MockHttpServletRequest withAuthorization(String header) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Authorization", header);
		return request;
	}

}
