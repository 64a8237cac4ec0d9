package cn.zjgh.portal.story;

import java.util.Set;
import java.util.regex.Pattern;

import cn.zjgh.portal.shared.HttpsUrl;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.markdown.MarkdownNodeRendererContext;
import org.commonmark.renderer.markdown.MarkdownNodeRendererFactory;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.commonmark.renderer.markdown.MarkdownWriter;

/**
 * Story bodies are Markdown, and what is served is Markdown again: parsed with a
 * CommonMark parser, made safe on the tree, rendered back. A link may lead to an
 * {@code https://} URL or a page of the mini-program ({@code /pages/…} or
 * {@code pages/…}); an image may load from an {@code https://} URL only. Any other target
 * (a script, a data URL, plain HTTP, whatever its case or entity encoding, inline, by
 * reference or as an autolink) becomes {@value #BLOCKED}. Link reference definitions are
 * dropped, as every link is written inline, and HTML a writer typed is written back with
 * its tags escaped ({@code &lt;img&gt;}), so no markup a writer typed can run.
 */
final class StoryText {

	static final String BLOCKED = "#blocked:";

	private static final Pattern MINI_PROGRAM_PAGE = Pattern
		.compile("/?pages(/[A-Za-z0-9_-]+)+(\\?[A-Za-z0-9_.~%=&-]*)?");

	/**
	 * No HTML blocks: a line starting with a tag is an ordinary paragraph whose tags are
	 * inline HTML, so the Markdown around them is still read (and checked).
	 */
	private static final Parser PARSER = Parser.builder()
		.enabledBlockTypes(Set.of(Heading.class, ThematicBreak.class, FencedCodeBlock.class, IndentedCodeBlock.class,
				BlockQuote.class, ListBlock.class))
		.build();

	private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder()
		.nodeRendererFactory(new EscapedHtmlRendererFactory())
		.build();

	private StoryText() {
	}

	static String sanitise(String markdown) {
		if (markdown == null) {
			return "";
		}
		Node document = PARSER.parse(markdown);
		document.accept(new Targets());
		return RENDERER.render(document);
	}

	static boolean isAllowedLink(String destination) {
		return HttpsUrl.Validator.isHttpsUrl(destination) || MINI_PROGRAM_PAGE.matcher(destination).matches();
	}

	static boolean isAllowedImage(String destination) {
		return HttpsUrl.Validator.isHttpsUrl(destination);
	}

	/**
	 * Points links and images outside the allow-list at {@link #BLOCKED} and drops link
	 * reference definitions. The parser has already resolved references and decoded
	 * entities and escapes, so the destinations checked are the ones a client would
	 * follow.
	 */
	private static final class Targets extends AbstractVisitor {

		@Override
		public void visit(Link link) {
			if (!isAllowedLink(link.getDestination())) {
				link.setDestination(BLOCKED);
				link.setTitle(null);
			}
			visitChildren(link);
		}

		@Override
		public void visit(Image image) {
			if (!isAllowedImage(image.getDestination())) {
				image.setDestination(BLOCKED);
				image.setTitle(null);
			}
			visitChildren(image);
		}

		@Override
		public void visit(LinkReferenceDefinition definition) {
			definition.unlink();
		}

	}

	private static final class EscapedHtmlRendererFactory implements MarkdownNodeRendererFactory {

		@Override
		public NodeRenderer create(MarkdownNodeRendererContext context) {
			return new EscapedHtmlRenderer(context.getWriter());
		}

		@Override
		public Set<Character> getSpecialCharacters() {
			return Set.of();
		}

	}

	/**
	 * Writes raw HTML as text: the characters of HTML as entities, and the ones Markdown
	 * would read as links, emphasis, code or the start of a block escaped, so the literal
	 * reads back as the same text and nothing more.
	 */
	private static final class EscapedHtmlRenderer implements NodeRenderer {

		private static final Pattern ORDERED_LIST_MARKER = Pattern.compile("^(\\d{1,9})([.)])");

		private final MarkdownWriter writer;

		EscapedHtmlRenderer(MarkdownWriter writer) {
			this.writer = writer;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(HtmlInline.class, HtmlBlock.class);
		}

		@Override
		public void render(Node node) {
			if (node instanceof HtmlInline html) {
				write(html.getLiteral());
			}
			else if (node instanceof HtmlBlock html) {
				write(html.getLiteral().strip());
				this.writer.block();
			}
		}

		private void write(String literal) {
			String[] lines = literal.split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					this.writer.line();
				}
				String line = this.writer.isAtLineStart() ? lines[i].stripLeading() : lines[i];
				if (!line.isEmpty()) {
					this.writer.raw(escape(line, this.writer.isAtLineStart()));
				}
			}
		}

		private static String escape(String line, boolean atLineStart) {
			StringBuilder escaped = new StringBuilder(line.length() + 16);
			int from = 0;
			if (atLineStart) {
				var marker = ORDERED_LIST_MARKER.matcher(line);
				if (marker.find()) {
					escaped.append(marker.group(1)).append('\\').append(marker.group(2));
					from = marker.end();
				}
				else if ("-+#=".indexOf(line.charAt(0)) >= 0) {
					escaped.append('\\').append(line.charAt(0));
					from = 1;
				}
			}
			for (int i = from; i < line.length(); i++) {
				char c = line.charAt(i);
				switch (c) {
					case '&' -> escaped.append("&amp;");
					case '<' -> escaped.append("&lt;");
					case '>' -> escaped.append("&gt;");
					case '"' -> escaped.append("&quot;");
					case '\'' -> escaped.append("&#39;");
					case '\\', '[', ']', '`', '*', '_', '~' -> escaped.append('\\').append(c);
					default -> escaped.append(c);
				}
			}
			return escaped.toString();
		}

	}

}
