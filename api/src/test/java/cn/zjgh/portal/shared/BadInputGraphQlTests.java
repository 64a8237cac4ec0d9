package cn.zjgh.portal.shared;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input the portal cannot use is answered with a clear code, never as an internal error.
 */
class BadInputGraphQlTests extends PortalGraphQlTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { "abc", "99999999999999999999", "1e3", "-", "" })
	void anIdThatIsNoNumberIsBadInput(String id) throws Exception {
		JsonNode error = firstError(post("query($id: ID!) { event(id: $id) { id } }", Map.of("id", id), null));

		assertThat(error.path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
	}

	@Test
	void aNulCharacterInTextIsBadInputBeforeAnythingRuns() throws Exception {
		JsonNode inVariable = firstError(
				post("query($k: String) { events(filter: {keyword: $k}, first: 1) { edges { cursor } } }",
						Map.of("k", "职工\u0000"), null));
		JsonNode inline = firstError(
				post("{ events(filter: {keyword: \"a\\u0000b\"}, first: 1) { edges { cursor } } }", Map.of(), null));

		assertThat(inVariable.path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
		assertThat(inline.path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30", "2026-13-01", "+5000000-01-01", "1800-01-01", "2026-2-3" })
	void anImpossibleDateIsRefused(String date) throws Exception {
		JsonNode error = firstError(
				post("query($d: Date!) { lectureDays(from: $d, to: $d) { date } }", Map.of("d", date), null));

		assertThat(error.path("extensions").path("code").asString()).isNotEqualTo("INTERNAL").isNotEmpty();
		assertThat(error.path("message").asString()).contains("yyyy-MM-dd");
	}

	@Test
	void aReferenceToNothingIsNotFoundAndStoresNothing() throws Exception {
		String token = login("demo-organizer-hangzhou");
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		Map<String, Object> input = Map.ofEntries(Map.entry("orgUnitId", orgUnitId("杭州市总工会")),
				Map.entry("seasonId", 999999), Map.entry("title", "无此文化季"), Map.entry("summary", "引用不存在的文化季"),
				Map.entry("kind", "DEMONSTRATION"), Map.entry("category", "SPORTS"),
				Map.entry("venue",
						Map.of("name", "职工文化中心", "address", "杭州市拱墅区湖墅南路 201 号", "cityCode", "330100", "lat", 30.2765,
								"lng", 120.1560)),
				Map.entry("startsAt", now.plusDays(3).toString()),
				Map.entry("endsAt", now.plusDays(3).plusHours(2).toString()),
				Map.entry("registrationOpensAt", now.minusHours(1).toString()),
				Map.entry("registrationClosesAt", now.plusDays(2).toString()), Map.entry("capacity", 10));
		int before = this.jdbc.queryForObject("SELECT count(*) FROM event", Integer.class);

		JsonNode error = firstError(
				post("mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }",
						Map.of("input", input), token));

		assertThat(error.path("extensions").path("code").asString()).isEqualTo("NOT_FOUND");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM event", Integer.class)).isEqualTo(before);
	}

	private HttpResponse<String> post(String query, Map<String, Object> variables, String token) throws Exception {
		return httpPost("/graphql", JSON.writeValueAsString(Map.of("query", query, "variables", variables)), token);
	}

	private static JsonNode firstError(HttpResponse<String> response) {
		assertThat(response.statusCode()).isLessThan(500);
		JsonNode errors = JSON.readTree(response.body()).path("errors");
		assertThat(errors.isArray() && !errors.isEmpty()).as(response.body()).isTrue();
		return errors.get(0);
	}

}
