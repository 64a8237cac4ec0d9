package cn.zjgh.portal.shared;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code portal.max-request-bytes} (or a
 * {@link RequestBodyLimit} of their path) before they are read, so that a huge document
 * cannot tie up the parser.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final List<RequestBodyLimit> limits;

	RequestSizeLimitFilter(PortalProperties properties, List<RequestBodyLimit> limits) {
		this.maxBytes = properties.maxRequestBytes();
		this.limits = List.copyOf(limits);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
		RequestBodyLimit limit = limitOf(request);
		long maxBytes = (limit != null) ? limit.maxBytes() : this.maxBytes;
		if (length > maxBytes || chunked) {
			String message = (limit != null) ? limit.message()
					: "Request body larger than " + maxBytes + " bytes or without a length";
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
						+ "\",\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}");
			return;
		}
		chain.doFilter(request, response);
	}

	private RequestBodyLimit limitOf(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return null;
		}
		for (RequestBodyLimit limit : this.limits) {
			if (limit.path().equals(request.getRequestURI())) {
				return limit;
			}
		}
		return null;
	}

}
