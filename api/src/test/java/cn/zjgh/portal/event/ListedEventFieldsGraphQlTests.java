package cn.zjgh.portal.event;

import java.util.List;
import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event in a listing is the event itself: the listings read their rows with a mapping
 * of their own, and every field must come out of it as it does for {@code event(id)}.
 */
class ListedEventFieldsGraphQlTests extends PortalGraphQlTests {

	@Test
	void aListedEventAnswersEveryFieldAsTheEventItselfDoes() {
		String city = EventFixtures.freshCity();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		long id = EventFixtures.createAndPublish(organizer, EventFixtures.input(orgUnitId("杭州市总工会"), city, "书法体验课"));
		EventFixtures.createAndPublish(organizer, EventFixtures.input(orgUnitId("杭州市总工会"), city, "越剧专场演出"));
		this.jdbc.update(
				"""
						UPDATE event SET body = '正文', cover_url = 'https://example.org/cover.png', tags = ARRAY['书法', '体验'],
						       audience = 'MEMBERS', cancel_reason = '（无）',
						       questions = '[{"id": "q1", "label": "所在单位", "kind": "CHOICE", "required": true, "options": ["甲", "乙"]}]'
						WHERE id = ?""",
				id);
		String fields = """
				id title summary body coverUrl kind category season { id } organizer { id } interestGroup { id }
				venue { name address cityCode lat lng } startsAt endsAt registrationOpensAt registrationClosesAt
				capacity waitlistEnabled audience tags status cancelReason version confirmedCount waitlistCount
				remainingSeats questions { id label kind required options }""";
		HttpGraphQlTester worker = as("demo-worker-1");
		Object itself = worker.document("query($id: ID!) { event(id: $id) { " + fields + " } }")
			.variable("id", id)
			.execute()
			.path("event")
			.entity(Map.class)
			.get();
		assertThat(itself.toString()).contains("正文", "书法", "所在单位");
		for (String order : List.of("SOONEST", "POPULAR", "NEAREST")) {
			List<Map<String, Object>> listed = worker
				.document("query($filter: EventFilter, $order: EventOrder) { events(filter: $filter, orderBy: $order, "
						+ "near: {lat: 30.5, lng: 120.5}) { edges { node { " + fields + " } } } }")
				.variable("filter", Map.of("cityCode", city))
				.variable("order", order)
				.execute()
				.path("events.edges[*].node")
				.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			assertThat(listed).as(order)
				.filteredOn((node) -> node.get("id").equals(Long.toString(id)))
				.containsExactly(castToMap(itself));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castToMap(Object value) {
		return (Map<String, Object>) value;
	}

}
