package cn.zjgh.portal.account;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;

/**
 * Stateless bearer-token security. Every HTTP request may reach {@code /graphql}; what a
 * caller may read or change is decided per field and per mutation by method security and
 * {@link OrgScope}. A token that is present but invalid or expired is answered with a
 * GraphQL-shaped {@code UNAUTHENTICATED} error, so the client logs in again.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(TokenProperties.class)
class SecurityConfiguration {

	/**
	 * Absent when the portal runs a command ({@code import-org-units}) without a web
	 * server.
	 */
	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, JwtDecoder decoder, CurrentRoles currentRoles)
			throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.oauth2ResourceServer((server) -> server.authenticationEntryPoint(unauthenticated())
				.bearerTokenResolver(new BearerTokens())
				.jwt((jwt) -> jwt.decoder(decoder)
					.jwtAuthenticationConverter((token) -> toAuthentication(token, currentRoles))));
		return http.build();
	}

	/**
	 * No observations of the filter chain, authentications and authorizations: they cost
	 * a sixth of a registration's CPU and say nothing the request and GraphQL timings do
	 * not.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	HttpFirewall httpFirewall() {
		return HeaderCharacters.firewall();
	}

	@Bean
	JwtEncoder jwtEncoder(TokenProperties properties) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(key(properties)));
	}

	@Bean
	JwtDecoder jwtDecoder(TokenProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key(properties))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
				new JwtIssuerValidator(properties.issuer())));
		return new VerifiedTokens(decoder);
	}

	private static SecretKey key(TokenProperties properties) {
		return new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/**
	 * The token says who is calling; the database, through {@link CurrentRoles}, what
	 * they may do.
	 */
	private static AbstractAuthenticationToken toAuthentication(Jwt jwt, CurrentRoles currentRoles) {
		long userId = Long.parseLong(jwt.getSubject());
		Set<Role> roles = currentRoles.of(userId);
		if (roles == null) {
			throw new InvalidBearerTokenException("The account no longer exists");
		}
		Caller caller = new Caller(userId, roles);
		return new CallerAuthentication(caller, jwt,
				roles.stream().map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList());
	}

	private static AuthenticationEntryPoint unauthenticated() {
		return (request, response, ex) -> {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"The token is invalid or expired; log in again\","
						+ "\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}]}");
		};
	}

	/** An authenticated request whose principal is the {@link Caller}. */
	static final class CallerAuthentication extends AbstractAuthenticationToken {

		private final Caller caller;

		private final Jwt jwt;

		CallerAuthentication(Caller caller, Jwt jwt, Collection<? extends GrantedAuthority> authorities) {
			super(authorities);
			this.caller = caller;
			this.jwt = jwt;
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return this.jwt;
		}

		@Override
		public Object getPrincipal() {
			return this.caller;
		}

	}

}
