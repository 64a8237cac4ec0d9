package cn.zjgh.portal.account;

import cn.zjgh.portal.account.AccountInputs.BindPhoneInput;
import cn.zjgh.portal.account.AccountInputs.LoginInput;
import cn.zjgh.portal.account.AccountInputs.LoginPayload;
import cn.zjgh.portal.account.AccountInputs.OrganizerGrantInput;
import cn.zjgh.portal.account.AccountInputs.UserPayload;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class AccountController {

	private final UserDirectory users;

	private final LoginService logins;

	private final OrganizerGrants organizerGrants;

	AccountController(UserDirectory users, LoginService logins, OrganizerGrants organizerGrants) {
		this.users = users;
		this.logins = logins;
		this.organizerGrants = organizerGrants;
	}

	@QueryMapping
	PortalUser me(@AuthenticationPrincipal Caller caller) {
		return this.users.find(caller);
	}

	@MutationMapping
	LoginPayload login(@Argument @Valid LoginInput input) {
		return this.logins.login(input.code().strip());
	}

	@MutationMapping
	UserPayload bindPhone(@Argument @Valid BindPhoneInput input, @AuthenticationPrincipal Caller caller) {
		return new UserPayload(this.logins.bindPhone(caller, input.code().strip()));
	}

	@MutationMapping
	UserPayload grantOrganizer(@Argument @Valid OrganizerGrantInput input, @AuthenticationPrincipal Caller caller) {
		return new UserPayload(this.organizerGrants.grant(caller, input.userId(), input.orgUnitId()));
	}

	@MutationMapping
	UserPayload revokeOrganizer(@Argument @Valid OrganizerGrantInput input) {
		return new UserPayload(this.organizerGrants.revoke(input.userId(), input.orgUnitId()));
	}

}
