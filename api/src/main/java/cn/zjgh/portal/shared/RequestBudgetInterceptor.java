package cn.zjgh.portal.shared;

import java.net.InetSocketAddress;
import java.util.Map;

import graphql.ExecutionResult;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Finds who is calling and hands that on to {@link OperationLimitsInstrumentation}, which
 * spends the operation's cost. Every request spends at least 1 here, and once the budget
 * is spent a request is refused before its document is even parsed.
 * <p>
 * The address is the connection's. {@code X-Forwarded-For} is believed only when
 * {@code server.forward-headers-strategy} says the portal is behind a proxy: otherwise
 * anyone could name a fresh address on each request.
 */
@Component
class RequestBudgetInterceptor implements WebGraphQlInterceptor {

	private final RequestBudgets budgets;

	RequestBudgetInterceptor(RequestBudgets budgets) {
		this.budgets = budgets;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		RequestBudgets.Spender spender = spender(request);
		if (!this.budgets.trySpend(spender, 1)) {
			ExecutionResult refused = ExecutionResult.newExecutionResult()
				.addError(RefusedOperationException.budgetSpent(spender, this.budgets.secondsLeft(spender)))
				.build();
			return Mono
				.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), refused)));
		}
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(RequestBudgets.SPENDER, spender)).build());
		return chain.next(request);
	}

	private RequestBudgets.Spender spender(WebGraphQlRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// The subject of a portal token is the user's id.
		if (authentication != null && authentication.getCredentials() instanceof Jwt token) {
			return this.budgets.user(token.getSubject());
		}
		InetSocketAddress remote = request.getRemoteAddress();
		return this.budgets.address((remote != null) ? remote.getAddress() : null);
	}

}
