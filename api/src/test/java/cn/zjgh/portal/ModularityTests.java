package cn.zjgh.portal;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Features depend on each other only through their top-level packages, and never in a
 * cycle.
 */
class ModularityTests {

	@Test
	void featuresStayApart() {
		ApplicationModules.of(PortalApplication.class).verify();
	}

}
