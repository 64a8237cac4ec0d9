package cn.zjgh.portal.account;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The first admins of a portal set up from nothing: the users whose openids
 * {@code portal.bootstrap.admin-open-ids} lists become admins when they log in. No
 * request of the portal makes an admin; taking an openid off the list later does not take
 * the right back (that is done in the database, {@code app_user.admin}).
 */
@Component
class BootstrapAdmins {

	private static final Log logger = LogFactory.getLog(BootstrapAdmins.class);

	private final Set<String> openIds;

	private final UserMapper users;

	private final CurrentRoles currentRoles;

	BootstrapAdmins(BootstrapProperties properties, UserMapper users, CurrentRoles currentRoles) {
		this.openIds = properties.adminOpenIds()
			.stream()
			.map(String::strip)
			.filter((openId) -> !openId.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
		this.users = users;
		this.currentRoles = currentRoles;
	}

	/** Makes the user who just logged in an admin if the list names them. */
	void onLogin(PortalUser user) {
		if (user.isAdmin() || !this.openIds.contains(user.getOpenid())) {
			return;
		}
		this.users.makeAdmin(user.getId());
		user.setAdmin(true);
		this.currentRoles.changed(user.getId());
		logger.warn("User " + user.getId() + " became an admin: portal.bootstrap.admin-open-ids lists their openid");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(BootstrapProperties.class)
	static class BootstrapConfiguration {

	}

}
