package cn.zjgh.portal.account;

import java.net.http.HttpResponse;
import java.util.UUID;

import cn.zjgh.portal.PortalGraphQlTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class LoginGraphQlTests extends PortalGraphQlTests {

	private static final String LOGIN = """
			mutation($code: String!) {
			  login(input: {code: $code}) { token expiresAt user { id nickname roles } }
			}
			""";

	@Autowired
	private StringRedisTemplate redis;

	@Test
	void firstLoginCreatesAWorkerAndLaterLoginsFindTheSameUser() {
		String code = "demo-newcomer-" + UUID.randomUUID().toString().substring(0, 8);

		String firstId = this.graphQlTester.document(LOGIN)
			.variable("code", code)
			.execute()
			.path("login.token")
			.entity(String.class)
			.satisfies((token) -> assertThat(token.split("\\.")).hasSize(3))
			.path("login.expiresAt")
			.entity(String.class)
			.satisfies((expiresAt) -> assertThat(expiresAt).endsWith("+08:00"))
			.path("login.user.roles")
			.entityList(String.class)
			.containsExactly("WORKER")
			.path("login.user.id")
			.entity(String.class)
			.get();
		String secondId = this.graphQlTester.document(LOGIN)
			.variable("code", code)
			.execute()
			.path("login.user.id")
			.entity(String.class)
			.get();

		assertThat(secondId).isEqualTo(firstId);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM app_user WHERE openid = ?", Integer.class, code))
			.isEqualTo(1);
	}

	@Test
	void sessionKeyStaysOnTheServer() {
		String id = this.graphQlTester.document(LOGIN)
			.variable("code", "demo-worker-2")
			.execute()
			.path("login.user.id")
			.entity(String.class)
			.get();

		assertThat(this.redis.opsForValue().get(LoginService.sessionKeyKey(Long.parseLong(id)))).isNotBlank();
		this.graphQlTester.document("{ __type(name: \"LoginPayload\") { fields { name } } }")
			.execute()
			.path("__type.fields[*].name")
			.entityList(String.class)
			.containsExactly("token", "expiresAt", "user");
	}

	@Test
	void aCodeWeChatRejectsIsAClearError() {
		this.graphQlTester.document(LOGIN)
			.variable("code", "0a3Xyz-not-a-real-code")
			.execute()
			.errors()
			.expect((error) -> "WECHAT_CODE_INVALID".equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("wx.login"));
	}

	@Test
	void aBlankCodeIsBadInputNamingTheField() {
		this.graphQlTester.document(LOGIN)
			.variable("code", " ")
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code"))
					&& "code".equals(error.getExtensions().get("field")));
	}

	@Test
	void meReturnsTheCallerWithTheirUnionAndNothingWithoutAToken() {
		as("demo-worker-1").document("{ me { nickname roles orgUnit { name level pathNames } } }")
			.execute()
			.path("me.nickname")
			.entity(String.class)
			.isEqualTo("王建国")
			.path("me.orgUnit.name")
			.entity(String.class)
			.isEqualTo("杭州西溪数字科技有限公司工会")
			.path("me.orgUnit.level")
			.entity(String.class)
			.isEqualTo("ENTERPRISE")
			.path("me.orgUnit.pathNames")
			.entityList(String.class)
			.containsExactly("浙江省总工会", "杭州市总工会", "西湖区总工会", "西溪街道总工会", "杭州西溪数字科技有限公司工会");

		this.graphQlTester.document("{ me { id } }").execute().path("me").valueIsNull();
	}

	@Test
	void seededOrganizersAndAdminHaveTheirRoles() {
		as("demo-organizer-hangzhou").document("{ me { roles organizerOf { name } } }")
			.execute()
			.path("me.roles")
			.entityList(String.class)
			.containsExactly("WORKER", "ORGANIZER")
			.path("me.organizerOf[*].name")
			.entityList(String.class)
			.containsExactly("杭州市总工会");
		as("demo-admin").document("{ me { roles } }")
			.execute()
			.path("me.roles")
			.entityList(String.class)
			.contains("ADMIN");
	}

	@Test
	void bindPhoneStoresTheNumberFromWeChatAndShowsItMasked() {
		String code = "demo-phone-owner-" + UUID.randomUUID().toString().substring(0, 8);
		as(code).document("""
				mutation { bindPhone(input: {code: "demo-phone-13912345678"}) { user { phone } } }
				""").execute().path("bindPhone.user.phone").entity(String.class).isEqualTo("139****5678");

		assertThat(this.jdbc.queryForObject("SELECT phone FROM app_user WHERE openid = ?", String.class, code))
			.isEqualTo("13912345678");
	}

	@Test
	void bindPhoneNeedsALoginAndAValidCode() {
		String document = "mutation($code: String!) { bindPhone(input: {code: $code}) { user { phone } } }";
		this.graphQlTester.document(document)
			.variable("code", "demo-phone-13912345678")
			.execute()
			.errors()
			.expect((error) -> "UNAUTHENTICATED".equals(error.getExtensions().get("code")));
		as("demo-worker-3").document(document)
			.variable("code", "expired")
			.execute()
			.errors()
			.expect((error) -> "WECHAT_CODE_INVALID".equals(error.getExtensions().get("code")));
	}

	@Test
	void anInvalidTokenIsAnsweredUnauthenticatedSoTheClientLogsInAgain() throws Exception {
		HttpResponse<String> response = httpPost("/graphql", "{\"query\":\"{ me { id } }\"}", "not.a.token");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"");
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		this.clock.setInstant(java.time.Instant.now().minus(java.time.Duration.ofDays(2)));
		String stale = login("demo-worker-4");
		this.clock.reset();

		HttpResponse<String> response = httpPost("/graphql", "{\"query\":\"{ me { id } }\"}", stale);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"");
	}

}
