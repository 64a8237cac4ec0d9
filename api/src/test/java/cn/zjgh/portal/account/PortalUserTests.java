package cn.zjgh.portal.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalUserTests {

	@Test
	void phoneNumbersAreMaskedInTheMiddle() {
		PortalUser user = new PortalUser();
		assertThat(user.maskedPhone()).isNull();
		user.setPhone("13812348000");
		assertThat(user.maskedPhone()).isEqualTo("138****8000");
	}

	@Test
	void levelsStepDownOneAtATime() {
		assertThat(OrgUnitLevel.PROVINCE.below()).isEqualTo(OrgUnitLevel.CITY);
		assertThat(OrgUnitLevel.TOWNSHIP.below()).isEqualTo(OrgUnitLevel.ENTERPRISE);
		assertThat(OrgUnitLevel.ENTERPRISE.below()).isNull();
	}

}
