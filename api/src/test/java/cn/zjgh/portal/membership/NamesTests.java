package cn.zjgh.portal.membership;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTests {

	@Test
	void keepsTheFirstAndLastCharacter() {
		assertThat(Names.mask("王建国")).isEqualTo("王*国");
		assertThat(Names.mask("张伟")).isEqualTo("张*");
		assertThat(Names.mask("欧阳娜娜")).isEqualTo("欧**娜");
		assertThat(Names.mask("李")).isEqualTo("*");
		assertThat(Names.mask(null)).isNull();
	}

}
