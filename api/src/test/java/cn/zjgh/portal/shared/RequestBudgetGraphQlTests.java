package cn.zjgh.portal.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.zjgh.portal.PortalGraphQlTests;
import graphql.execution.CoercedVariables;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each caller spends the cost of their operations from a budget per window: a signed-in
 * one from their user's, an anonymous one from their address's.
 */
class RequestBudgetGraphQlTests extends PortalGraphQlTests {

	/** Near the cost limit on paper, a few cheap statements to run. */
	private static final String COSTLY = IntStream.range(0, 7)
		.mapToObj((i) -> "u" + i + ": orgUnits(first: 50) { edges { node { id name } } }")
		.collect(Collectors.joining(" ", "{ ", " }"));

	@Autowired
	private PortalProperties properties;

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void aUserWhoHasSpentTheirBudgetIsRefusedWhileOthersAreServed() {
		String run = UUID.randomUUID().toString().substring(0, 6);
		HttpGraphQlTester user = as("demo-budget-" + run);
		long costly = QueryCost
			.of(this.graphQlSource.schema(), Parser.parse(COSTLY), null, CoercedVariables.emptyVariables())
			.cost();
		long affordable = this.properties.requestBudget().perUser() / (costly + 1);

		for (int i = 0; i < affordable; i++) {
			user.document(COSTLY).execute().path("u0.edges").entityList(Object.class).hasSizeGreaterThan(0);
		}
		user.document(COSTLY)
			.execute()
			.errors()
			.expect((error) -> "RATE_LIMITED".equals(error.getExtensions().get("code"))
					&& error.getExtensions().get("retryAfterSeconds") instanceof Integer seconds && seconds >= 1
					&& seconds <= this.properties.requestBudget().window().toSeconds());

		user.document("{ me { id } }").execute().path("me.id").hasValue();
		as("demo-budget-other-" + run).document(COSTLY).execute().path("u6.edges").hasValue();
		this.graphQlTester.document(COSTLY).execute().path("u6.edges").hasValue();
	}

	@Test
	void anAnonymousClientSpendsTheBudgetOfItsConnectionsAddressWhateverItClaims() throws IOException {
		String attack = "{\"query\": \"" + GraphQlLimitsGraphQlTests.aliasAttack() + "\"}";
		long refused = this.properties.maxQueryCost() + 1;
		long affordable = this.properties.requestBudget().perAddress() / refused;

		for (int i = 0; i < affordable; i++) {
			assertThat(postFrom("127.0.0.2", attack, null)).contains("QUERY_TOO_COMPLEX");
		}
		assertThat(postFrom("127.0.0.2", attack, null)).contains("RATE_LIMITED");
		assertThat(postFrom("127.0.0.2", attack, "203.0.113.7")).contains("RATE_LIMITED");

		this.graphQlTester.document(COSTLY).execute().path("u6.edges").hasValue();
	}

	/**
	 * A POST to /graphql from a given local address, which Java's HttpClient cannot do.
	 */
	private String postFrom(String localAddress, String body, String forwardedFor) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(localAddress, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", this.port));
			byte[] content = body.getBytes(StandardCharsets.UTF_8);
			String head = "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + this.port
					+ "\r\nContent-Type: application/json\r\nContent-Length: " + content.length
					+ "\r\nConnection: close\r\n"
					+ ((forwardedFor != null) ? "X-Forwarded-For: " + forwardedFor + "\r\n" : "") + "\r\n";
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write(content);
			out.flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
