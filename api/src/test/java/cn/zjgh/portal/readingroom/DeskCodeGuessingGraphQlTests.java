package cn.zjgh.portal.readingroom;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Desk codes are short; guessing them is stopped after a few tries. */
class DeskCodeGuessingGraphQlTests extends PortalGraphQlTests {

	@Test
	void aWorkerWhoKeepsGuessingIsLimited() {
		HttpGraphQlTester guesser = as("demo-guesser-" + UUID.randomUUID().toString().substring(0, 8));
		List<Object> codes = new ArrayList<>();
		for (int i = 0; i < Bookings.CHECK_IN_LIMIT + 2; i++) {
			codes.add(guesser
				.document("mutation($code: String!) { checkInBooking(input: {code: $code}) { booking { id } } }")
				.variable("code", "1-ABC" + (100 + i))
				.execute()
				.returnResponse()
				.getErrors()
				.get(0)
				.getExtensions()
				.get("code"));
		}

		assertThat(codes.subList(0, Bookings.CHECK_IN_LIMIT)).containsOnly("NOT_FOUND");
		assertThat(codes.subList(Bookings.CHECK_IN_LIMIT, codes.size())).containsOnly("RATE_LIMITED");
	}

}
