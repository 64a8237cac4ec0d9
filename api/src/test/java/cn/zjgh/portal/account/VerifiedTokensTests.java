package cn.zjgh.portal.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VerifiedTokensTests {

	private final List<String> checked = new ArrayList<>();

	@Test
	void aTokenIsCheckedOnceWhileItIsValid() {
		VerifiedTokens tokens = new VerifiedTokens(decoder(Instant.now().plusSeconds(3600)));

		Jwt first = tokens.decode("a.b.c");
		Jwt again = tokens.decode("a.b.c");
		tokens.decode("a.b.d");

		assertThat(again).isSameAs(first);
		assertThat(this.checked).containsExactly("a.b.c", "a.b.d");
	}

	@Test
	void aTokenThatFailsIsCheckedAgainEveryTime() {
		VerifiedTokens tokens = new VerifiedTokens((token) -> {
			this.checked.add(token);
			throw new BadJwtException("bad signature");
		});

		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> tokens.decode("x.y.z"));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> tokens.decode("x.y.z"));
		assertThat(this.checked).hasSize(2);
	}

	@Test
	void aTokenAboutToExpireIsNotKeptPastItsExpiry() {
		VerifiedTokens tokens = new VerifiedTokens(decoder(Instant.now().minusSeconds(1)));

		tokens.decode("a.b.c");
		tokens.decode("a.b.c");

		assertThat(this.checked).hasSize(2);
	}

	private JwtDecoder decoder(Instant expiresAt) {
		return (token) -> {
			this.checked.add(token);
			return Jwt.withTokenValue(token)
				.header("alg", "HS256")
				.subject("42")
				.issuedAt(expiresAt.minusSeconds(7200))
				.expiresAt(expiresAt)
				.build();
		};
	}

}
