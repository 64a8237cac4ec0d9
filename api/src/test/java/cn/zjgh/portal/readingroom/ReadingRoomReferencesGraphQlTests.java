package cn.zjgh.portal.readingroom;

import java.time.LocalDate;
import java.util.Map;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A room belongs to a unit: only its organizers open it, change it, close it or take
 * seats out of service.
 */
class ReadingRoomReferencesGraphQlTests extends PortalGraphQlTests {

	@Test
	void anotherCitysOrganizerCannotManageTheRoom() {
		String district = RoomFixtures.freshDistrict();
		long room = RoomFixtures.create(as("demo-organizer-hangzhou"),
				RoomFixtures.input(orgUnitId("西溪街道总工会"), district, 4, 30.27, 120.12));
		HttpGraphQlTester ningbo = as("demo-organizer-ningbo");

		expectForbidden(ningbo
			.document("mutation($id: ID!) { updateReadingRoom(input: {roomId: $id, name: \"改名\"}) { room { name } } }")
			.variable("id", room));
		expectForbidden(ningbo
			.document(
					"""
							mutation($id: ID!, $date: Date!) { closeReadingRoom(input: {roomId: $id, date: $date, reason: "越权关闭"}) { cancelledBookings } }
							""")
			.variable("id", room)
			.variable("date", LocalDate.now().plusDays(1).toString()));
		expectForbidden(ningbo.document(
				"mutation($id: ID!) { setSeatInService(input: {roomId: $id, seatNo: 1, inService: false}) { seat { inService } } }")
			.variable("id", room));
		expectForbidden(ningbo.document(RoomFixtures.CREATE)
			.variable("input", RoomFixtures.input(orgUnitId("杭州市总工会"), district, 4, 30.28, 120.13)));

		assertThat(this.jdbc.queryForObject("SELECT name FROM reading_room WHERE id = ?", String.class, room))
			.doesNotContain("改名");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM reading_room_closure WHERE room_id = ?",
				Integer.class, room))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM seat WHERE room_id = ? AND NOT in_service",
				Integer.class, room))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM reading_room WHERE district_code = ?", Integer.class,
				district))
			.isEqualTo(1);
	}

	@Test
	void aRoomForAUnitThatDoesNotExistIsNotFound() {
		String district = RoomFixtures.freshDistrict();

		as("demo-organizer-hangzhou").document(RoomFixtures.CREATE)
			.variable("input", RoomFixtures.input(999_999_999L, district, 4, 30.27, 120.12))
			.execute()
			.errors()
			.expect((error) -> "NOT_FOUND".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("Org unit"));

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM reading_room WHERE district_code = ?", Integer.class,
				district))
			.isZero();
	}

	private static void expectForbidden(HttpGraphQlTester.Request<?> request) {
		request.execute().errors().expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")));
	}

}
