package cn.zjgh.portal.shared;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings shared by every feature.
 *
 * @param timeZone the zone in which dates, opening hours and DateTime output are
 * expressed
 * @param maxQueryDepth deepest selection a GraphQL document may have, introspection of
 * the schema aside
 * @param maxQueryCost largest {@link QueryCost cost} an operation may have
 * @param maxRequestBytes largest request body accepted
 * @param requestBudget what each caller may spend per window
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(@DefaultValue("Asia/Shanghai") @NotNull ZoneId timeZone,
		@DefaultValue("12") @Min(3) @Max(50) int maxQueryDepth, @DefaultValue("2000") @Min(100) int maxQueryCost,
		@DefaultValue("65536") @Min(1024) int maxRequestBytes,
		@DefaultValue @Valid @NotNull RequestBudget requestBudget) {

	/**
	 * Query cost each caller may spend per window, on each replica
	 * ({@link RequestBudgets}).
	 *
	 * @param window how long a budget lasts before a fresh one begins
	 * @param perUser what a signed-in user may spend
	 * @param perAddress what the anonymous requests of one address may spend together:
	 * the workers of a factory behind one NAT log in from one address
	 * @param maxCallers how many callers' windows a replica keeps; when more call at
	 * once, the least recent start afresh
	 */
	public record RequestBudget(@DefaultValue("1m") @NotNull Duration window,
			@DefaultValue("50000") @Min(1) long perUser, @DefaultValue("200000") @Min(1) long perAddress,
			@DefaultValue("100000") @Min(100) int maxCallers) {

	}

}
