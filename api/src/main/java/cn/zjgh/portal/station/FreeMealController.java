package cn.zjgh.portal.station;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.station.StationInputs.ClaimFreeMealInput;
import cn.zjgh.portal.station.StationInputs.ClaimFreeMealPayload;
import cn.zjgh.portal.station.StationInputs.FreeMealClaim;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class FreeMealController {

	private final FreeMeals meals;

	private final StationDirectory directory;

	FreeMealController(FreeMeals meals, StationDirectory directory) {
		this.meals = meals;
		this.directory = directory;
	}

	@MutationMapping
	ClaimFreeMealPayload claimFreeMeal(@Argument @Valid ClaimFreeMealInput input,
			@AuthenticationPrincipal Caller caller) {
		return this.meals.claim(caller, input.stationId());
	}

	/** A claim is only ever answered to the one who made it, one at a time. */
	@SchemaMapping(typeName = "FreeMealClaim")
	ServiceStation station(FreeMealClaim claim) {
		return this.directory.find(claim.stationId());
	}

}
