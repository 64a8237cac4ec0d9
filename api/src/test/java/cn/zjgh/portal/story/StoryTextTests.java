package cn.zjgh.portal.story;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryTextTests {

	@Test
	void htmlIsEscapedAndScriptLinksAreRemoved() {
		assertThat(StoryText.sanitise("<img src=x onerror=alert(1)>")).isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
		assertThat(StoryText.sanitise("[a](JavaScript:alert(1)) [b](https://example.com)"))
			.isEqualTo("[a](#blocked:alert(1)) [b](https://example.com)");
		assertThat(StoryText.sanitise("![x]( data:text/html;base64,AAAA)"))
			.isEqualTo("![x]( #blocked:text/html;base64,AAAA)");
		assertThat(StoryText.sanitise(null)).isEmpty();
	}

}
