package cn.zjgh.portal.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternTests {

	@Test
	void keywordsAreMatchedLiterally() {
		assertThat(LikePattern.containing(" 100%_off ")).isEqualTo("%100\\%\\_off%");
		assertThat(LikePattern.containing("a\\b")).isEqualTo("%a\\\\b%");
		assertThat(LikePattern.containing("  ")).isNull();
		assertThat(LikePattern.containing(null)).isNull();
	}

}
