package cn.zjgh.portal.readingroom;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingRoomListingGraphQlTests extends PortalGraphQlTests {

	private static final String LIST = """
			query($near: GeoPointInput, $radius: Float, $district: String, $openAt: DateTime, $first: Int, $after: String) {
			  readingRooms(near: $near, radiusKm: $radius, district: $district, openAt: $openAt, first: $first, after: $after) {
			    edges { node { id lat distanceMeters } }
			    pageInfo { hasNextPage endCursor }
			  }
			}
			""";

	@Test
	void nearestFirstWithDistancesAcrossPagesAndWithinARadius() {
		String district = RoomFixtures.freshDistrict();
		HttpGraphQlTester organizer = as("demo-organizer-hangzhou");
		for (double lat : new double[] { 30.30, 30.10, 30.21, 30.40 }) {
			RoomFixtures.create(organizer, RoomFixtures.input(orgUnitId("杭州市总工会"), district, 5, lat, 120.0));
		}
		Map<String, Object> near = Map.of("lat", 30.20, "lng", 120.0);

		List<Double> lats = new ArrayList<>();
		List<Double> distances = new ArrayList<>();
		String after = null;
		do {
			GraphQlTester.Response page = this.graphQlTester.document(LIST)
				.variable("near", near)
				.variable("district", district)
				.variable("first", 3)
				.variable("after", after)
				.execute();
			lats.addAll(page.path("readingRooms.edges[*].node.lat").entityList(Double.class).get());
			distances.addAll(page.path("readingRooms.edges[*].node.distanceMeters").entityList(Double.class).get());
			after = page.path("readingRooms.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("readingRooms.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);

		assertThat(lats).containsExactly(30.21, 30.10, 30.30, 30.40);
		assertThat(distances.get(0)).isBetween(1_000.0, 1_300.0);
		assertThat(distances.get(3)).isBetween(22_000.0, 22_500.0);
		this.graphQlTester.document(LIST)
			.variable("near", near)
			.variable("district", district)
			.variable("radius", 12.0)
			.execute()
			.path("readingRooms.edges[*].node.lat")
			.entityList(Double.class)
			.containsExactly(30.21, 30.10, 30.30);
		this.graphQlTester.document(LIST)
			.variable("radius", 5.0)
			.execute()
			.errors()
			.expect((error) -> "radiusKm".equals(error.getExtensions().get("field")));
	}

	@Test
	void openAtKeepsRoomsOpenAtThatMoment() {
		String district = RoomFixtures.freshDistrict();
		RoomFixtures.create(as("demo-organizer-hangzhou"),
				RoomFixtures.input(orgUnitId("杭州市总工会"), district, 5, 30.2, 120.1));
		ZoneId shanghai = ZoneId.of("Asia/Shanghai");
		LocalDate sunday = LocalDate.now(shanghai).with(TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY));

		assertThat(openAt(district, ZonedDateTime.of(sunday.minusDays(1), java.time.LocalTime.of(10, 0), shanghai)))
			.hasSize(1);
		assertThat(openAt(district, ZonedDateTime.of(sunday.minusDays(1), java.time.LocalTime.of(21, 0), shanghai)))
			.isEmpty();
		assertThat(openAt(district, ZonedDateTime.of(sunday, java.time.LocalTime.of(10, 0), shanghai))).isEmpty();
	}

	private List<String> openAt(String district, ZonedDateTime when) {
		return this.graphQlTester.document(LIST)
			.variable("district", district)
			.variable("openAt", when.toOffsetDateTime().toString())
			.execute()
			.path("readingRooms.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

}
