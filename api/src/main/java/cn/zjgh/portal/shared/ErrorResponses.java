package cn.zjgh.portal.shared;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Errors of the portal's few plain HTTP endpoints (the attendee CSV, uploads), in the
 * shape of a GraphQL error: {@code {"errors":[{"message", "extensions":{"code"}}]}}, so
 * clients read both the same way.
 */
public final class ErrorResponses {

	private ErrorResponses() {
	}

	public static ResponseEntity<Map<String, Object>> of(DomainException ex) {
		HttpStatus status = switch (ex.code()) {
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
			default -> HttpStatus.BAD_REQUEST;
		};
		return of(status, ex.code(), ex.getMessage());
	}

	public static ResponseEntity<Map<String, Object>> of(HttpStatus status, ErrorCode code, String message) {
		return ResponseEntity.status(status)
			.body(Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code.name())))));
	}

}
