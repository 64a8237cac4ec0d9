package cn.zjgh.portal.shared;

import java.net.http.HttpResponse;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphQlLimitsGraphQlTests extends PortalGraphQlTests {

	@Test
	void aDeeplyNestedQueryIsRejectedBeforeItRuns() {
		String nested = "{ orgUnit(id: 1) { " + "parent { ".repeat(13) + "name" + " }".repeat(13) + " } }";
		this.graphQlTester.document(nested)
			.execute()
			.errors()
			.expect((error) -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("depth"));
	}

	@Test
	void aQuerySelectingTooManyFieldsIsRejected() {
		String wide = "{ " + "a%d: orgUnits(first: 1) { totalCount } ".repeat(250)
			.formatted(java.util.stream.IntStream.range(0, 250).boxed().toArray()) + "}";
		this.graphQlTester.document(wide)
			.execute()
			.errors()
			.expect((error) -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code")));
	}

	@Test
	void documentsThatDoNotParseOrValidateCarryACode() {
		this.graphQlTester.document("{ orgUnits(first: 1) { nonsense } }")
			.execute()
			.errors()
			.expect((error) -> "GRAPHQL_VALIDATION_FAILED".equals(error.getExtensions().get("code")));
		this.graphQlTester.document("{ orgUnits(first: ")
			.execute()
			.errors()
			.expect((error) -> "GRAPHQL_VALIDATION_FAILED".equals(error.getExtensions().get("code")));
	}

	@Test
	void anOversizedRequestBodyIsRefusedUnread() throws Exception {
		String padding = " ".repeat(70_000);
		HttpResponse<String> response = httpPost("/graphql", "{\"query\":\"{ me { id } }" + padding + "\"}", null);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("BAD_USER_INPUT");
	}

}
