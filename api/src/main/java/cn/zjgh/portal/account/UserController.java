package cn.zjgh.portal.account;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class UserController {

	private final UserDirectory users;

	UserController(UserDirectory users) {
		this.users = users;
	}

	@SchemaMapping(typeName = "User")
	String phone(PortalUser user) {
		return user.maskedPhone();
	}

	@BatchMapping(typeName = "User")
	Map<PortalUser, List<OrgUnit>> organizerOf(List<PortalUser> users) {
		return this.users.organizedUnitsOf(users);
	}

	@BatchMapping(typeName = "User")
	Map<PortalUser, List<Role>> roles(List<PortalUser> users) {
		return this.users.rolesOf(users);
	}

}
