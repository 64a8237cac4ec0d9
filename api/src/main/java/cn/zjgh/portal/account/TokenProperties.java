package cn.zjgh.portal.account;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's own login tokens.
 *
 * @param secret HMAC-SHA256 key, at least 32 characters; the demo profile generates one
 * at random on every start
 * @param ttl how long a token is valid
 * @param issuer the {@code iss} claim written and required
 */
@Validated
@ConfigurationProperties("portal.token")
record TokenProperties(@NotNull @Size(min = 32) String secret, @DefaultValue("24h") Duration ttl,
		@DefaultValue("workers-portal") String issuer) {

}
