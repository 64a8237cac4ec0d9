package cn.zjgh.portal.shared;

import java.time.ZoneId;

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
 * @param maxQueryDepth deepest selection a GraphQL document may have
 * @param maxQueryComplexity largest number of fields a GraphQL document may select
 * @param maxRequestBytes largest request body accepted
 */
@Validated
@ConfigurationProperties("portal")
public record PortalProperties(@DefaultValue("Asia/Shanghai") @NotNull ZoneId timeZone,
		@DefaultValue("12") @Min(3) @Max(50) int maxQueryDepth, @DefaultValue("400") @Min(10) int maxQueryComplexity,
		@DefaultValue("65536") @Min(1024) int maxRequestBytes) {

}
