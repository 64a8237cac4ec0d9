package cn.zjgh.portal.story;

import java.util.regex.Pattern;

/**
 * Story bodies are Markdown. What reaches a worker's screen has every HTML tag escaped
 * and no link or image pointing at a script or data URL, so no markup a writer typed can
 * run.
 */
final class StoryText {

	private static final Pattern UNSAFE_TARGET = Pattern.compile("(\\]\\(\\s*)(?:javascript|vbscript|data):",
			Pattern.CASE_INSENSITIVE);

	private StoryText() {
	}

	static String sanitise(String markdown) {
		if (markdown == null) {
			return "";
		}
		String escaped = markdown.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
		return UNSAFE_TARGET.matcher(escaped).replaceAll("$1#blocked:");
	}

}
