package cn.zjgh.portal.account;

import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Tokens whose signature and claims have been checked, kept until they expire (at most
 * {@link #KEPT_FOR}), so that a worker's every request does not parse and verify the same
 * token again. Only the exact token string that passed is kept: a token that differs by a
 * character is checked in full. Who the caller is comes from the token; what they may do
 * still comes from {@link CurrentRoles} on every request.
 */
final class VerifiedTokens implements JwtDecoder {

	static final Duration KEPT_FOR = Duration.ofMinutes(10);

	private final JwtDecoder decoder;

	private final Cache<String, Jwt> verified = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfter(Expiry.creating((String token, Jwt jwt) -> keptFor(jwt)))
		.build();

	VerifiedTokens(JwtDecoder decoder) {
		this.decoder = decoder;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt known = this.verified.getIfPresent(token);
		if (known != null) {
			return known;
		}
		Jwt jwt = this.decoder.decode(token);
		this.verified.put(token, jwt);
		return jwt;
	}

	private static Duration keptFor(Jwt jwt) {
		Instant expiresAt = jwt.getExpiresAt();
		if (expiresAt == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(Instant.now(), expiresAt);
		return left.isNegative() ? Duration.ZERO : (left.compareTo(KEPT_FOR) < 0 ? left : KEPT_FOR);
	}

}
