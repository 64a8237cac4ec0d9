package cn.zjgh.portal.story;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StoryTextTests {

	private static final Parser PARSER = Parser.builder().build();

	@Test
	void referenceStyleLinksAndImagesToScriptsOrDataAreBlocked() {
		assertThat(StoryText.sanitise("[click][x]\n\n[x]: javascript:alert(1)\n")).isEqualTo("[click](#blocked:)\n");
		assertThat(StoryText.sanitise("[x][]\n\n[X]: VBScript:msgbox(1) \"t\"\n")).isEqualTo("[x](#blocked:)\n");
		assertThat(StoryText.sanitise("![pic][p]\n\n[p]: data:image/svg+xml;base64,PHN2Zz4=\n"))
			.isEqualTo("![pic](#blocked:)\n");
		assertThat(StoryText.sanitise("[shortcut]\n\n> [shortcut]: <javascript:alert(1)>\n"))
			.isEqualTo("[shortcut](#blocked:)\n\n> \n");
	}

	@Test
	void inlineLinksAndImagesToScriptsOrDataAreBlockedWhateverTheirCase() {
		assertThat(StoryText.sanitise("[a](JaVaScRiPt:alert(1)) [b](https://example.com)"))
			.isEqualTo("[a](#blocked:) [b](https://example.com)\n");
		assertThat(StoryText.sanitise("![x]( data:text/html;base64,AAAA)")).isEqualTo("![x](#blocked:)\n");
		assertThat(StoryText.sanitise("[v](vbscript:msgbox(1))")).isEqualTo("[v](#blocked:)\n");
		assertThat(StoryText.sanitise("[a](<javascript:alert(1)>)")).isEqualTo("[a](#blocked:)\n");
	}

	@Test
	void entityEncodedSchemesAreDecodedBeforeTheCheck() {
		assertThat(StoryText.sanitise("[a](javascript&#58;alert(1))")).isEqualTo("[a](#blocked:)\n");
		assertThat(StoryText.sanitise("[a](&#106;avascript:alert(1))")).isEqualTo("[a](#blocked:)\n");
		assertThat(StoryText.sanitise("[a][r]\n\n[r]: javascript&colon;alert(1)\n")).isEqualTo("[a](#blocked:)\n");
	}

	@Test
	void autolinksOnlyLeadWhereOtherLinksMay() {
		assertThat(StoryText.sanitise("<javascript:alert(1)>")).isEqualTo("[javascript:alert(1)](#blocked:)\n");
		assertThat(StoryText.sanitise("<https://example.com/a>"))
			.isEqualTo("[https://example.com/a](https://example.com/a)\n");
	}

	@Test
	void rawHtmlIsEscapedNotInterpreted() {
		assertThat(StoryText.sanitise("<img src=x onerror=alert(1)>"))
			.isEqualTo("&lt;img src=x onerror=alert(1)&gt;\n");
		assertThat(StoryText.sanitise("<script>alert(1)</script> [点我](javascript:alert(2)) **加粗**"))
			.isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; [点我](#blocked:) **加粗**\n");
		assertThat(StoryText.sanitise("<div>\n<a href=\"javascript:alert(1)\">x</a>\n</div>"))
			.isEqualTo("&lt;div&gt;\n&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;\n&lt;/div&gt;\n");
		assertThat(StoryText.sanitise("文字 <span title=\"[x](javascript:alert(1))\">字</span>"))
			.isEqualTo("文字 &lt;span title=&quot;\\[x\\](javascript:alert(1))&quot;&gt;字&lt;/span&gt;\n");
	}

	@Test
	void imagesNestedInLinksAreCheckedToo() {
		assertThat(StoryText.sanitise("[![img](javascript:a)](javascript:b)"))
			.isEqualTo("[![img](#blocked:)](#blocked:)\n");
		assertThat(StoryText.sanitise("[![img](data:image/png;base64,AAAA)](https://example.com)"))
			.isEqualTo("[![img](#blocked:)](https://example.com)\n");
		assertThat(StoryText.sanitise("[![图](https://img.example.com/a.png)](https://example.com)"))
			.isEqualTo("[![图](https://img.example.com/a.png)](https://example.com)\n");
	}

	@Test
	void httpsLinksAndMiniProgramPagesAreKept() {
		assertThat(StoryText.sanitise("[官网](https://www.zjgh.org/news?id=1 \"浙江工会\")"))
			.isEqualTo("[官网](https://www.zjgh.org/news?id=1 \"浙江工会\")\n");
		assertThat(StoryText.sanitise("[活动](/pages/events/detail/detail?id=3) [列表](pages/stories/list/list)"))
			.isEqualTo("[活动](/pages/events/detail/detail?id=3) [列表](pages/stories/list/list)\n");
		assertThat(StoryText.sanitise("# 标题\n\n- 一\n- 二\n\n**加粗** 和 `代码`\n"))
			.isEqualTo("# 标题\n\n- 一\n- 二\n\n**加粗** 和 `代码`\n");
	}

	@Test
	void everythingElseIsBlocked() {
		assertThat(StoryText.sanitise("[a](http://example.com)")).isEqualTo("[a](#blocked:)\n");
		assertThat(StoryText.sanitise("[a](//example.com/x)")).isEqualTo("[a](#blocked:)\n");
		assertThat(StoryText.sanitise("[a](https:javascript:alert(1))")).isEqualTo("[a](#blocked:)\n");
		assertThat(StoryText.sanitise("[a](/pages/../../x)")).isEqualTo("[a](#blocked:)\n");
		assertThat(StoryText.sanitise("[a](mailto:a@example.com)")).isEqualTo("[a](#blocked:)\n");
		assertThat(StoryText.sanitise("![a](/pages/index/index)")).isEqualTo("![a](#blocked:)\n");
		assertThat(StoryText.sanitise(null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "[click][x]\n\n[x]: javascript:alert(1)", "![i][d]\n[d]: data:text/html,<script>x</script>",
					"<javascript:alert(1)>", "<img src=x onerror=alert(1)>", "[![a](javascript:a)](javascript:b)",
					"<a href=\"javascript:alert(1)\">x</a>", "\\<a href=x>", "&lt;a href=x&gt;", "&#60;script&#62;",
					"- [a](javascript:x)\n  [b][c]\n\n  [c]: vbscript:y", "<!-- [a](javascript:x) -->",
					"<div>\n\n[a](javascript:x)\n</div>", "[a](https://example.com \"[b](javascript:x)\")",
					"``<script>`` <script>", "<span\nonclick=\"x\">y</span>", "[a\n]: javascript:x\n\n[a\n]" })
	void whatIsServedParsesToNothingUnsafe(String markdown) {
		String once = StoryText.sanitise(markdown);
		assertSafe(once);
		assertSafe(StoryText.sanitise(once));
	}

	private static void assertSafe(String markdown) {
		List<Node> unsafe = new ArrayList<>();
		PARSER.parse(markdown).accept(new AbstractVisitor() {

			@Override
			public void visit(Link link) {
				if (!isAllowedLink(link.getDestination())) {
					unsafe.add(link);
				}
				visitChildren(link);
			}

			@Override
			public void visit(Image image) {
				if (!isAllowedImage(image.getDestination())) {
					unsafe.add(image);
				}
				visitChildren(image);
			}

			@Override
			public void visit(HtmlInline html) {
				unsafe.add(html);
			}

			@Override
			public void visit(HtmlBlock html) {
				unsafe.add(html);
			}

			@Override
			public void visit(LinkReferenceDefinition definition) {
				unsafe.add(definition);
			}

		});
		assertThat(unsafe).as(markdown).isEmpty();
	}

	private static boolean isAllowedLink(String destination) {
		return isAllowedImage(destination) || destination.matches("/?pages/[a-z/]+(\\?[a-z0-9=&]*)?");
	}

	private static boolean isAllowedImage(String destination) {
		return destination.equals("#blocked:") || destination.startsWith("https://");
	}

}
