package cn.zjgh.portal.lecture;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Check-in codes come back exactly as they were issued, whatever their length. */
class LectureCheckInCodeGraphQlTests extends PortalGraphQlTests {

	@Test
	void aShortCodeIsNotPadded() {
		long id = this.jdbc.queryForObject("SELECT id FROM lecture WHERE length(check_in_code) < 8 ORDER BY id LIMIT 1",
				Long.class);
		String stored = this.jdbc.queryForObject("SELECT check_in_code FROM lecture WHERE id = ?", String.class, id);

		String code = as("demo-organizer-zhejiang").document("query($id: ID!) { lecture(id: $id) { checkInCode } }")
			.variable("id", id)
			.execute()
			.path("lecture.checkInCode")
			.entity(String.class)
			.get();

		assertThat(stored).hasSizeLessThan(8);
		assertThat(code).isEqualTo(stored).doesNotEndWith(" ");
	}

}
