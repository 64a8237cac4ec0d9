package cn.zjgh.portal.wechat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mini-program page the portal opens (QR codes, subscribe messages, share codes) is
 * a page of the mini-program's {@code app.json}, with its files. The mini-program's
 * {@code test/routes.test.js} opens each of them with the scene or query the portal
 * sends.
 */
class PagePathsTests {

	private static final Path MINI_PROGRAM = Path.of("..", "miniapp-stub");

	private static final List<Path> PORTAL_SOURCES = List.of(Path.of("src", "main", "java"),
			Path.of("src", "main", "resources"));

	/** A page path: {@code pages/} and at least one name, not part of a longer path. */
	private static final Pattern PAGE = Pattern.compile("(?<![A-Za-z0-9_./-])/?(pages(?:/[A-Za-z0-9_-]+)+)");

	private static final Pattern APP_PAGES = Pattern.compile("\"pages\"\\s*:\\s*\\[([^\\]]*)]");

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

	@Test
	void everyPageThePortalOpensIsAPageOfTheMiniProgram() throws IOException {
		Map<String, String> opened = pagesThePortalOpens();
		List<String> pages = appPages();

		assertThat(opened).as("pages found in the portal's sources").hasSizeGreaterThanOrEqualTo(8);
		opened.forEach((page, where) -> {
			assertThat(pages).as(where + " opens " + page + ", which is not a page of miniapp-stub/app.json")
				.contains(page);
			for (String extension : List.of(".js", ".json", ".wxml")) {
				assertThat(MINI_PROGRAM.resolve(page + extension)).as("the files of " + page).isRegularFile();
			}
		});
	}

	@Test
	void theScanFindsPagesInCodeButNotInProse() {
		assertThat(pagesIn("codes.dataUrl(\"pages/rooms/checkin\", \"d=\" + code)"))
			.containsExactly("pages/rooms/checkin");
		assertThat(pagesIn("\"pages/events/detail?id=\" + id")).containsExactly("pages/events/detail");
		assertThat(pagesIn("a page ({@code /pages/…} or {@code pages/…}), Pattern.compile(\"/?pages(/[A-Z]+)+\")"))
			.isEmpty();
	}

	private static Map<String, String> pagesThePortalOpens() throws IOException {
		Map<String, String> opened = new TreeMap<>();
		for (Path root : PORTAL_SOURCES) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					for (String page : pagesIn(read(file))) {
						opened.putIfAbsent(page, file.toString());
					}
				}
			}
		}
		return opened;
	}

	private static List<String> pagesIn(String text) {
		List<String> pages = new ArrayList<>();
		Matcher matcher = PAGE.matcher(text);
		while (matcher.find()) {
			pages.add(matcher.group(1));
		}
		return pages;
	}

	private static String read(Path file) throws IOException {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (MalformedInputException ex) {
			// not text (an image, a keystore): no page paths in it
			return "";
		}
	}

	private static List<String> appPages() throws IOException {
		Matcher pages = APP_PAGES.matcher(Files.readString(MINI_PROGRAM.resolve("app.json"), StandardCharsets.UTF_8));
		assertThat(pages.find()).as("app.json lists its pages").isTrue();
		List<String> names = new ArrayList<>();
		Matcher quoted = QUOTED.matcher(pages.group(1));
		while (quoted.find()) {
			names.add(quoted.group(1));
		}
		return names;
	}

}
