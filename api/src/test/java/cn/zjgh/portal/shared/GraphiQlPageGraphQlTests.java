package cn.zjgh.portal.shared;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL (demo profile) loads nothing from outside the portal. */
class GraphiQlPageGraphQlTests extends PortalGraphQlTests {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

	@Test
	void thePageAndEverythingItLoadsComeFromThePortal() throws Exception {
		HttpResponse<String> page = httpGet("/graphiql?path=/graphql", null);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("GraphiQL.createFetcher").doesNotContain("//").doesNotContain("esm.sh");
		List<String> assets = ASSET.matcher(page.body()).results().map((result) -> result.group(1)).toList();
		assertThat(assets).hasSize(4).allSatisfy((asset) -> assertThat(asset).startsWith("webjars/"));
		for (String asset : assets) {
			HttpResponse<String> served = httpGet("/" + asset, null);
			assertThat(served.statusCode()).as(asset).isEqualTo(200);
			assertThat(served.body()).as(asset).hasSizeGreaterThan(10_000);
		}
	}

}
