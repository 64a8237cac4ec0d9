package cn.zjgh.portal.replica;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the request of a caller who has just written, so that its reads go to the
 * primary. Runs after the security filters, which tell who calls.
 */
class PrimaryPinFilter extends OncePerRequestFilter {

	private final PrimaryPin pin;

	PrimaryPinFilter(PrimaryPin pin) {
		this.pin = pin;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String userId = CallingUser.id();
		PrimaryPin.forThisRequest(userId != null && this.pin.isPinned(userId));
		try {
			chain.doFilter(request, response);
		}
		finally {
			PrimaryPin.forThisRequest(false);
		}
	}

}
