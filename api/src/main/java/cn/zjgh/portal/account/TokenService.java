package cn.zjgh.portal.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues the signed, expiring token the mini-program sends as
 * {@code Authorization: Bearer}.
 */
@Component
class TokenService {

	static final String ROLES_CLAIM = "roles";

	private final JwtEncoder encoder;

	private final TokenProperties properties;

	private final Clock clock;

	TokenService(JwtEncoder encoder, TokenProperties properties, Clock clock) {
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
	}

	IssuedToken issue(long userId, Set<Role> roles) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.ttl());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.properties.issuer())
			.subject(Long.toString(userId))
			.issuedAt(now)
			.expiresAt(expiresAt)
			.claim(ROLES_CLAIM, roles.stream().map(Role::name).sorted().toList())
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new IssuedToken(token, expiresAt.atZone(this.clock.getZone()).toOffsetDateTime());
	}

	record IssuedToken(String token, OffsetDateTime expiresAt) {
	}

}
