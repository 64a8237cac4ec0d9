package cn.zjgh.portal.craftsman;

import cn.zjgh.portal.account.Caller;
import cn.zjgh.portal.craftsman.CraftsmanInputs.CraftsmanPayload;
import cn.zjgh.portal.craftsman.CraftsmanInputs.CreateCraftsmanInput;
import cn.zjgh.portal.craftsman.CraftsmanInputs.UpdateCraftsmanInput;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class CraftsmanEditingController {

	private final Craftsmen craftsmen;

	CraftsmanEditingController(Craftsmen craftsmen) {
		this.craftsmen = craftsmen;
	}

	@MutationMapping
	CraftsmanPayload createCraftsman(@Argument @Valid CreateCraftsmanInput input,
			@AuthenticationPrincipal Caller caller) {
		return new CraftsmanPayload(this.craftsmen.create(caller, input));
	}

	@MutationMapping
	CraftsmanPayload updateCraftsman(@Argument @Valid UpdateCraftsmanInput input,
			@AuthenticationPrincipal Caller caller) {
		return new CraftsmanPayload(this.craftsmen.update(caller, input));
	}

}
