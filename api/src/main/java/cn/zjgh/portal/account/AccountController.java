package cn.zjgh.portal.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.zjgh.portal.account.AccountInputs.BindPhoneInput;
import cn.zjgh.portal.account.AccountInputs.LoginInput;
import cn.zjgh.portal.account.AccountInputs.LoginPayload;
import cn.zjgh.portal.account.AccountInputs.OrganizerGrantInput;
import cn.zjgh.portal.account.AccountInputs.UserPayload;
import jakarta.validation.Valid;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class AccountController {

	private final LoginService logins;

	private final OrganizerGrants organizerGrants;

	private final UserMapper users;

	private final OrganizerGrantMapper grants;

	private final OrgUnitDirectory orgUnits;

	AccountController(LoginService logins, OrganizerGrants organizerGrants, UserMapper users,
			OrganizerGrantMapper grants, OrgUnitDirectory orgUnits) {
		this.logins = logins;
		this.organizerGrants = organizerGrants;
		this.users = users;
		this.grants = grants;
		this.orgUnits = orgUnits;
	}

	@QueryMapping
	PortalUser me(@AuthenticationPrincipal Caller caller) {
		return (caller != null) ? this.users.selectById(caller.userId()) : null;
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

	@SchemaMapping(typeName = "User")
	String phone(PortalUser user) {
		return user.maskedPhone();
	}

	@BatchMapping(typeName = "User")
	Map<PortalUser, OrgUnit> orgUnit(List<PortalUser> users) {
		Map<Long, OrgUnit> units = this.orgUnits.findAll(
				users.stream().map(PortalUser::getOrgUnitId).filter(java.util.Objects::nonNull).distinct().toList());
		Map<PortalUser, OrgUnit> result = new LinkedHashMap<>();
		users.stream()
			.filter((user) -> user.getOrgUnitId() != null)
			.forEach((user) -> result.put(user, units.get(user.getOrgUnitId())));
		return result;
	}

	@BatchMapping(typeName = "User")
	Map<PortalUser, List<OrgUnit>> organizerOf(List<PortalUser> users) {
		Map<Long, List<OrganizerGrant>> byUser = grantsOf(users);
		Map<Long, OrgUnit> units = this.orgUnits.findAll(
				byUser.values().stream().flatMap(List::stream).map(OrganizerGrant::getOrgUnitId).distinct().toList());
		Map<PortalUser, List<OrgUnit>> result = new LinkedHashMap<>();
		for (PortalUser user : users) {
			result.put(user,
					byUser.getOrDefault(user.getId(), List.of())
						.stream()
						.map((grant) -> units.get(grant.getOrgUnitId()))
						.sorted(Comparator.comparing(OrgUnit::getPath))
						.toList());
		}
		return result;
	}

	@BatchMapping(typeName = "User")
	Map<PortalUser, List<Role>> roles(List<PortalUser> users) {
		Map<Long, List<OrganizerGrant>> byUser = grantsOf(users);
		Map<PortalUser, List<Role>> result = new LinkedHashMap<>();
		for (PortalUser user : users) {
			Set<Role> roles = EnumSet.of(Role.WORKER);
			if (byUser.containsKey(user.getId())) {
				roles.add(Role.ORGANIZER);
			}
			if (user.isAdmin()) {
				roles.add(Role.ADMIN);
			}
			result.put(user, new ArrayList<>(roles));
		}
		return result;
	}

	private Map<Long, List<OrganizerGrant>> grantsOf(List<PortalUser> users) {
		return this.grants.findByUsers(users.stream().map(PortalUser::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(OrganizerGrant::getUserId));
	}

}
