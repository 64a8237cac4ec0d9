package cn.zjgh.portal.account;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HeaderCharactersTests {

	// the expressions StrictHttpFirewall allows header names and values by
	private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void everyCodePointIsJudgedAsTheFirewallsExpressionsJudgeIt() {
		int allowedNames = 0;
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			String text = "a" + new String(Character.toChars(codePoint)) + "b";
			boolean name = NAMES.matcher(text).matches();
			assertThat(HeaderCharacters.NAMES.test(text)).as("name U+%04X", codePoint).isEqualTo(name);
			assertThat(HeaderCharacters.VALUES.test(text)).as("value U+%04X", codePoint)
				.isEqualTo(VALUES.matcher(text).matches());
			allowedNames += name ? 1 : 0;
		}
		assertThat(allowedNames).isBetween(200_000, Character.MAX_CODE_POINT);
	}

	@Test
	void aTabIsAllowedInValuesOnly() {
		assertThat(HeaderCharacters.VALUES.test("a\tb")).isTrue();
		assertThat(HeaderCharacters.NAMES.test("a\tb")).isFalse();
		assertThat(HeaderCharacters.VALUES.test("")).isTrue();
	}

	@Test
	void theFirewallRefusesAControlCharacterInAHeaderAndPassesAToken() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.addHeader("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln");
		request.addHeader("X-Note", "a\u0085b");
		var firewalled = HeaderCharacters.firewall().getFirewalledRequest(request);

		assertThat(firewalled.getHeader("Authorization")).startsWith("Bearer eyJ");
		assertThatExceptionOfType(RequestRejectedException.class).isThrownBy(() -> firewalled.getHeader("X-Note"));
	}

}
