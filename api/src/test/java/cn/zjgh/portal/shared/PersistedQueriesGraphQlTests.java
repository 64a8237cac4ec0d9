package cn.zjgh.portal.shared;

import java.net.http.HttpResponse;
import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic persisted queries: on a weak network the mini-program sends a document's
 * SHA-256 instead of the document, and the document only when the portal asks for it.
 */
class PersistedQueriesGraphQlTests extends PortalGraphQlTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MeterRegistry meters;

	@Test
	void anUnknownHashIsAskedForThenTheHashAloneIsEnough() throws Exception {
		String query = "{ orgUnits(first: 2) { edges { node { name } } } } # " + System.nanoTime();
		String hash = PersistedQueries.sha256(query);

		JsonNode unknown = post(hashOnly(hash), null);
		assertThat(unknown.at("/errors/0/extensions/code").asString()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(unknown.has("data") && !unknown.get("data").isNull()).isFalse();

		JsonNode sent = post(withDocument(query, hash), null);
		assertThat(sent.has("errors")).isFalse();
		assertThat(sent.at("/data/orgUnits/edges").size()).isPositive();

		JsonNode byHash = post(hashOnly(hash), login("demo-worker-1"));
		assertThat(byHash.has("errors")).isFalse();
		assertThat(byHash.at("/data")).isEqualTo(sent.at("/data"));
	}

	@Test
	void aDocumentWhoseHashIsNotTheOneGivenIsRefusedAndNotKept() throws Exception {
		String query = "{ orgUnits(first: 1) { totalCount } } # " + System.nanoTime();
		String claimed = PersistedQueries.sha256("{ me { id } } # " + System.nanoTime());

		JsonNode mismatched = post(withDocument(query, claimed), null);
		assertThat(mismatched.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");

		assertThat(post(hashOnly(claimed), null).at("/errors/0/extensions/code").asString())
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
	}

	@Test
	void aPublicDocumentSentByHashIsServedFromTheResponseCache() throws Exception {
		String query = "{ popularEvents(city: \"330100\", first: 3) { edges { node { id title } } } } # "
				+ System.nanoTime();
		String hash = PersistedQueries.sha256(query);
		post(withDocument(query, hash), null);
		post(hashOnly(hash), null);
		double hits = hits();

		JsonNode again = post(hashOnly(hash), login("demo-worker-2"));

		assertThat(again.has("errors")).isFalse();
		assertThat(hits()).isEqualTo(hits + 1);
	}

	private JsonNode post(String body, String token) throws Exception {
		HttpResponse<String> response = httpPost("/graphql", body, token);
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static String hashOnly(String hash) {
		return "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}}";
	}

	private static String withDocument(String query, String hash) {
		return JSON.writeValueAsString(Map.of("query", query, "extensions",
				Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))));
	}

	private double hits() {
		var counter = this.meters.find("portal.response.cache").tags("result", "hit").counter();
		return (counter != null) ? counter.count() : 0;
	}

}
