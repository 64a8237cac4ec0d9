package cn.zjgh.portal;

import java.util.Map;

import cn.zjgh.portal.account.ImportOrgUnitsCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The portal. With {@code import-org-units units.csv} as arguments it imports the org
 * tree into the configured database instead, without a web server or scheduled jobs, and
 * exits.
 */
@SpringBootApplication
public class PortalApplication {

	static final String SCHEDULING = "portal.scheduling.enabled";

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PortalApplication.class);
		if (ImportOrgUnitsCommand.isRequested(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setDefaultProperties(Map.of(SCHEDULING, "false"));
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = SCHEDULING, havingValue = "true", matchIfMissing = true)
	@EnableScheduling
	static class SchedulingConfiguration {

	}

}
