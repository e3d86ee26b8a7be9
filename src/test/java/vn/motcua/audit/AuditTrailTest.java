package vn.motcua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/** Every change made through the services is in the trail (who, when, what, before and after), searchable by ADMIN only. */
@DemoSystemTest
class AuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private static JsonNode json(JsonNode text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text.asText());
    }

    @Test
    void aCreatedUnitIsRecordedWithWhoAndWhatAfter() {
        String code = "7" + (System.nanoTime() % 100000);
        assertThat(api.post("/api/v1/units", """
                {"code":"%s","name":"Xã Kiểm Toán","level":"COMMUNE","kind":"xã","parentCode":"38","validFrom":"2026-01-01"}"""
                .formatted(code), "admin", "demo").status()).isEqualTo(201);

        JsonNode entries = api.get("/api/v1/audit?entityType=unit&text=" + code, "admin", "demo").json();
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("username").asText()).isEqualTo("admin");
        assertThat(entry.get("action").asText()).isEqualTo("unit.created");
        assertThat(entry.get("summary").asText()).contains("Xã Kiểm Toán");
        assertThat(entry.get("before").isNull()).isTrue();
        JsonNode after = json(entry.get("after"));
        assertThat(after.get("code").asText()).isEqualTo(code);
        assertThat(after.get("validFrom").asText()).isEqualTo("2026-01-01");
        assertThat(entry.get("occurredAt").asText()).isNotBlank();
    }

    @Test
    void aMergerRecordsTheUnitBeforeAndAfterItsValidityEnded() throws Exception {
        String old = "6" + (System.nanoTime() % 100000);
        String successor = "5" + (System.nanoTime() % 100000);
        api.post("/api/v1/units", """
                {"code":"%s","name":"Xã Cũ","level":"COMMUNE","kind":"xã","parentCode":"38"}""".formatted(old), "admin", "demo");
        api.post("/api/v1/units", """
                {"code":"%s","name":"Xã Mới","level":"COMMUNE","kind":"xã","parentCode":"38","validFrom":"2026-07-01"}"""
                .formatted(successor), "admin", "demo");
        assertThat(api.post("/api/v1/units/" + old + "/succession", """
                {"successorCode":"%s","date":"2026-07-01"}""".formatted(successor), "admin", "demo").status()).isEqualTo(201);

        JsonNode ended = api.get("/api/v1/audit?text=" + old + "&entityType=unit", "admin", "demo").json();
        assertThat(ended).extracting(e -> e.get("action").asText()).contains("unit.ended", "unit.succession", "unit.created");
        JsonNode end = java.util.stream.StreamSupport.stream(ended.spliterator(), false)
                .filter(e -> e.get("action").asText().equals("unit.ended")).findFirst().orElseThrow();
        assertThat(json(end.get("before")).get("validTo").isNull()).isTrue();
        assertThat(json(end.get("after")).get("validTo").asText()).isEqualTo("2026-06-30");

        // The page names the action in words and shows only what changed, before and after.
        String page = mvc.perform(get("/admin/audit").param("text", old).param("entityType", "unit")
                .with(user(accounts.loadUserByUsername("admin")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kết thúc hiệu lực đơn vị").contains("Sáp nhập đơn vị")
                .containsPattern("<td>Hiệu lực đến</td>\\s*<td><span class=\"text-muted\">—</span></td>\\s*<td><span>30/06/2026</span></td>")
                .doesNotContain("audit-json");
    }

    /** QA 03/12/2026: the second save showed "2.1 — 2" with an empty "before" though 2.1 had been 3. */
    @Test
    void aSecondSaveOfAReportsFiguresRecordsEachChangedFigureBeforeAndAfter() throws Exception {
        String values = "/api/v1/reports/CCHC-2024/2022-Q1/15493/values";
        assertThat(api.send("PUT", values, "application/json", "{\"values\":{\"2.1\":3,\"2.4\":1,\"2.5\":2}}", "reporter", "demo")
                .status()).isEqualTo(200);
        assertThat(api.send("PUT", values, "application/json", "{\"values\":{\"2.1\":2,\"2.4\":1,\"2.5\":1}}", "reporter", "demo")
                .status()).isEqualTo(200);

        JsonNode entries = api.get("/api/v1/audit?entityType=report&text=2022-Q1", "admin", "demo").json();
        JsonNode second = entries.get(0);
        assertThat(second.get("action").asText()).isEqualTo("report.values");
        JsonNode before = json(second.get("before"));
        JsonNode after = json(second.get("after"));
        assertThat(before.get("2.1").asInt()).isEqualTo(3);
        assertThat(before.get("2.5").asInt()).isEqualTo(2);
        assertThat(after.get("2.1").asInt()).isEqualTo(2);
        assertThat(after.get("2.5").asInt()).isEqualTo(1);
        assertThat(before.has("2.4")).as("2.4 did not change").isFalse();
        assertThat(after.has("2.4")).isFalse();
        assertThat(second.get("summary").asText()).contains("Cập nhật 2 chỉ tiêu");

        String page = mvc.perform(get("/admin/audit").param("text", "2022-Q1").param("entityType", "report")
                .with(user(accounts.loadUserByUsername("admin")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nhập số liệu báo cáo")
                .containsPattern("<td>Chỉ tiêu 2.1</td>\\s*<td><span>3</span></td>\\s*<td><span>2</span></td>")
                .containsPattern("<td>Chỉ tiêu 2.5</td>\\s*<td><span>2</span></td>\\s*<td><span>1</span></td>")
                .doesNotContain("&quot;key&quot;").doesNotContain(">report.values<");
        assertThat(page.split("<td>Chỉ tiêu 2.4</td>", -1)).as("2.4 shows in the first save only").hasSize(2);
    }

    @Test
    void onlyAdministratorsSearchTheTrail() {
        assertThat(api.get("/api/v1/audit", "reporter", "demo").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit?username=system&text=demo", "admin", "demo").json()).isNotEmpty();
    }
}
