package cn.zjgh.portal.replica;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The user id of the token the request came with. */
final class CallingUser {

	private CallingUser() {
	}

	/** The id, or null for an anonymous request. */
	static String id() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// The subject of a portal token is the user's id.
		return (authentication != null && authentication.getCredentials() instanceof Jwt token) ? token.getSubject()
				: null;
	}

}
