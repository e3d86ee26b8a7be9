package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.ApiClient.Answer;
import vn.motcua.DemoSystemTest;

/** Bad input gets a 4xx in the API's error format naming what is wrong; nothing a client sends gives a 500. */
@DemoSystemTest
class ApiErrorsTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private static void assertErrorFormat(Answer answer, int status, String error) {
        assertThat(answer.status()).isEqualTo(status);
        JsonNode body = answer.json();
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(body.get("details").isArray()).isTrue();
    }

    @Test
    void noCredentialsIs401InVietnamese() {
        Answer answer = api.get("/api/v1/me", null, null);
        assertErrorFormat(answer, 401, "unauthorized");
        assertThat(answer.json().get("message").asText()).isEqualTo("Cần đăng nhập (tên đăng nhập và mật khẩu).");
        assertErrorFormat(api.get("/api/v1/me", "admin", "wrong"), 401, "unauthorized");
    }

    @Test
    void malformedJsonIs400() {
        assertErrorFormat(api.post("/api/v1/units", "{\"code\": ", "admin", "demo"), 400, "malformed");
        assertErrorFormat(api.post("/api/v1/units", "[1,2]", "admin", "demo"), 400, "malformed");
    }

    @Test
    void aWrongEnumNamesTheFieldAndItsValues() {
        Answer answer = api.post("/api/v1/units", """
                {"code":"1","name":"X","level":"TOWN","kind":"xã","parentCode":"38"}""", "admin", "demo");
        assertErrorFormat(answer, 400, "malformed");
        JsonNode detail = answer.json().get("details").get(0);
        assertThat(detail.get("field").asText()).isEqualTo("level");
        assertThat(detail.get("message").asText()).contains("PROVINCE", "DISTRICT", "COMMUNE");
    }

    @Test
    void missingFieldsAreNamed() {
        Answer answer = api.post("/api/v1/units", "{\"code\":\"1\"}", "admin", "demo");
        assertErrorFormat(answer, 400, "validation");
        assertThat(answer.json().get("details")).extracting(d -> d.get("field").asText())
                .contains("name", "level", "kind");
    }

    @Test
    void businessRulesAre422NamingTheField() {
        Answer answer = api.post("/api/v1/units", """
                {"code":"12","name":"Xã X","level":"COMMUNE","kind":"huyện","parentCode":"38"}""", "admin", "demo");
        assertErrorFormat(answer, 422, "invalid");
        assertThat(answer.json().get("details").get(0).get("field").asText()).isEqualTo("kind");

        Answer noParent = api.post("/api/v1/units", """
                {"code":"13","name":"Xã Y","level":"COMMUNE","kind":"xã","parentCode":"0000"}""", "admin", "demo");
        assertErrorFormat(noParent, 422, "invalid");
        assertThat(noParent.json().get("details").get(0).get("field").asText()).isEqualTo("parentCode");
    }

    @Test
    void aReusedCodeOverTheSameYearsIsAConflict() {
        Answer answer = api.post("/api/v1/units", """
                {"code":"15499","name":"Xã Trùng","level":"COMMUNE","kind":"xã","parentCode":"38","validFrom":"2026-01-01"}""",
                "admin", "demo");
        assertErrorFormat(answer, 409, "conflict");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        String huge = "x".repeat(12 * 1024 * 1024);
        Answer answer = api.post("/api/v1/units", huge, "admin", "demo");
        assertErrorFormat(answer, 413, "too_large");
    }

    @Test
    void wrongParametersMethodsAndPathsAreNamed() {
        Answer badDate = api.get("/api/v1/units?on=31-12-2024", "admin", "demo");
        assertErrorFormat(badDate, 400, "validation");
        assertThat(badDate.json().get("details").get(0).get("field").asText()).isEqualTo("on");
        assertErrorFormat(api.get("/api/v1/nothing-here", "admin", "demo"), 404, "not_found");
        assertErrorFormat(api.send("DELETE", "/api/v1/units", null, null, "admin", "demo"), 405, "method_not_allowed");
        assertErrorFormat(api.send("POST", "/api/v1/units", "text/plain", "hello", "admin", "demo"), 415,
                "unsupported_media_type");
        assertErrorFormat(api.get("/api/v1/units/99999999", "admin", "demo"), 404, "not_found");
    }
}
