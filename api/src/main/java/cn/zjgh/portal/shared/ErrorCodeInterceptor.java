package cn.zjgh.portal.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.introspection.GoodFaithIntrospection;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every error a {@code code}, including those raised by graphql-java itself
 * (syntax, validation, limits) and by Spring's own resolvers, so clients switch on one
 * field only.
 */
@Component
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			if (errors.isEmpty() || errors.stream().allMatch(ErrorCodeInterceptor::hasCode)) {
				return response;
			}
			return response
				.transform((builder) -> builder.errors(errors.stream().map(ErrorCodeInterceptor::withCode).toList()));
		});
	}

	private static boolean hasCode(GraphQLError error) {
		return error.getExtensions() != null && error.getExtensions().containsKey("code");
	}

	private static GraphQLError withCode(GraphQLError error) {
		if (hasCode(error)) {
			return error;
		}
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.put("code", codeFor(error).name());
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(extensions)
			.build();
	}

	private static ErrorCode codeFor(GraphQLError error) {
		if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
			return ErrorCode.QUERY_TOO_COMPLEX;
		}
		if (error.getErrorType() instanceof PersistedQueryNotFound) {
			return ErrorCode.PERSISTED_QUERY_NOT_FOUND;
		}
		if (error.getErrorType() instanceof PersistedQueryIdInvalid) {
			return ErrorCode.BAD_USER_INPUT;
		}
		return codeFor(error.getErrorType());
	}

	private static ErrorCode codeFor(ErrorClassification classification) {
		if (classification instanceof ErrorType springType) {
			return switch (springType) {
				case UNAUTHORIZED -> ErrorCode.UNAUTHENTICATED;
				case FORBIDDEN -> ErrorCode.FORBIDDEN;
				case NOT_FOUND -> ErrorCode.NOT_FOUND;
				case BAD_REQUEST -> ErrorCode.BAD_USER_INPUT;
				case INTERNAL_ERROR -> ErrorCode.INTERNAL;
			};
		}
		if (classification instanceof graphql.ErrorType graphqlType) {
			return switch (graphqlType) {
				case InvalidSyntax, ValidationError -> ErrorCode.GRAPHQL_VALIDATION_FAILED;
				case ExecutionAborted -> ErrorCode.QUERY_TOO_COMPLEX;
				case OperationNotSupported -> ErrorCode.BAD_USER_INPUT;
				case DataFetchingException, NullValueInNonNullableField -> ErrorCode.INTERNAL;
			};
		}
		return ErrorCode.INTERNAL;
	}

}
