package cn.zjgh.portal.shared;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Where introspection is on (the demo profile), GraphiQL's documentation explorer works:
 * the standard introspection query of graphql-js passes the depth and cost limits, which
 * stay as strict for data.
 */
class IntrospectionGraphQlTests extends PortalGraphQlTests {

	private static final int MAX_ANSWER_BYTES = 2 * 1024 * 1024;

	@ParameterizedTest
	@ValueSource(
			strings = { "introspection-default", "introspection-without-descriptions", "introspection-all-options" })
	void theStandardIntrospectionQueryOfGraphqlJsIsAnswered(String document) {
		// with every option the whole schema's answer outgrows the test client's default
		// 256 KB
		this.graphQlTester.mutate()
			.webTestClient(
					(client) -> client.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES)))
			.build()
			.documentName(document)
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query")
			.path("__schema.types[*].name")
			.entityList(String.class)
			.contains("Event", "LectureConnection", "DateTime")
			.path("__schema.directives[*].name")
			.entityList(String.class)
			.contains("cacheControl");
	}

	@Test
	void anIntrospectionQueryInBadFaithIsRefusedWithACode() {
		this.graphQlTester.document("{ __schema { types { fields { type { fields { name } } } } } }")
			.execute()
			.errors()
			.expect((error) -> "QUERY_TOO_COMPLEX".equals(error.getExtensions().get("code")));
	}

}
