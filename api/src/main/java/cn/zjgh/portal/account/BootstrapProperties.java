package cn.zjgh.portal.account;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a portal set up from nothing gets its first admins.
 *
 * @param adminOpenIds WeChat openids of the users who become admins when they log in
 * ({@code PORTAL_BOOTSTRAP_ADMIN_OPEN_IDS=oA,oB}); empty by default
 */
@ConfigurationProperties("portal.bootstrap")
record BootstrapProperties(@DefaultValue List<String> adminOpenIds) {

}
