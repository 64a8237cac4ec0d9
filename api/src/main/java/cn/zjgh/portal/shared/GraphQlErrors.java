package cn.zjgh.portal.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.ibatis.exceptions.PersistenceException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Turns exceptions thrown by controllers and services into GraphQL errors with a stable
 * {@code extensions.code}. Anything not handled here stays opaque to the client; see
 * {@link ErrorCodeInterceptor}.
 */
@ControllerAdvice
class GraphQlErrors {

	private static final Log logger = LogFactory.getLog(GraphQlErrors.class);

	private final ConstraintRules constraintRules;

	GraphQlErrors(ConstraintRules constraintRules) {
		this.constraintRules = constraintRules;
	}

	@GraphQlExceptionHandler
	GraphQLError domain(DomainException ex, DataFetchingEnvironment env) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", ex.code().name());
		if (ex instanceof DomainException.FieldException fieldException) {
			extensions.put("field", fieldException.field());
		}
		return error(env, ex.code(), ex.getMessage(), extensions);
	}

	@GraphQlExceptionHandler
	GraphQLError invalid(ConstraintViolationException ex, DataFetchingEnvironment env) {
		List<String> problems = ex.getConstraintViolations()
			.stream()
			.map((violation) -> fieldName(violation) + ": " + violation.getMessage())
			.sorted()
			.toList();
		String field = ex.getConstraintViolations()
			.stream()
			.map(GraphQlErrors::fieldName)
			.sorted()
			.findFirst()
			.orElse("input");
		return error(env, ErrorCode.BAD_USER_INPUT, String.join("; ", problems),
				Map.of("code", ErrorCode.BAD_USER_INPUT.name(), "field", field));
	}

	@GraphQlExceptionHandler
	GraphQLError accessDenied(AccessDeniedException ex, DataFetchingEnvironment env) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
		ErrorCode code = anonymous ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN;
		String message = anonymous ? "Log in first" : "You may not do this";
		return error(env, code, message, Map.of("code", code.name()));
	}

	/**
	 * An argument that does not convert to what the operation takes: an ID that is not a
	 * number, or does not fit in 64 bits.
	 */
	@GraphQlExceptionHandler({ BindException.class, TypeMismatchException.class, ConversionException.class })
	GraphQLError unconvertible(Exception ex, DataFetchingEnvironment env) {
		String field = (ex instanceof BindException bind && bind.getFieldError() != null)
				? bind.getFieldError().getField() : env.getField().getName();
		return domain(DomainException.badInput(field, "is not a valid value"), env);
	}

	/** A statement MyBatis ran outside Spring's exception translation. */
	@GraphQlExceptionHandler
	GraphQLError persistence(PersistenceException ex, DataFetchingEnvironment env) {
		return databaseError(ex, env);
	}

	@GraphQlExceptionHandler
	GraphQLError constraint(DataIntegrityViolationException ex, DataFetchingEnvironment env) {
		return databaseError(ex, env);
	}

	private GraphQLError databaseError(RuntimeException ex, DataFetchingEnvironment env) {
		DomainException domain = this.constraintRules.translate(ex);
		if (domain == null) {
			domain = this.constraintRules.translateUnnamed(ex);
		}
		if (domain == null) {
			logger.error("Unmapped database error in " + env.getExecutionStepInfo().getPath(), ex);
			return error(env, ErrorCode.INTERNAL, "Internal error", Map.of("code", ErrorCode.INTERNAL.name()));
		}
		return domain(domain, env);
	}

	private static String fieldName(ConstraintViolation<?> violation) {
		String path = violation.getPropertyPath().toString();
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(classification(code))
			.message(message)
			.extensions(extensions)
			.build();
	}

	private static ErrorType classification(ErrorCode code) {
		return switch (code) {
			case UNAUTHENTICATED -> ErrorType.UNAUTHORIZED;
			case FORBIDDEN -> ErrorType.FORBIDDEN;
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			case INTERNAL, WECHAT_UNAVAILABLE -> ErrorType.INTERNAL_ERROR;
			default -> ErrorType.BAD_REQUEST;
		};
	}

}
