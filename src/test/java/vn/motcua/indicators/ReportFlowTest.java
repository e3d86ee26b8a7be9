package vn.motcua.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * The reform report: computed figures from the records, entry by a commune, validation, the
 * approval flow, consolidation of the communes into the district, and figures across periods.
 */
@DemoSystemTest
class ReportFlowTest {

    private static final String BASE = "/api/v1/reports/CCHC-2024/";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private static JsonNode row(JsonNode report, String key) {
        return StreamSupport.stream(report.get("rows").spliterator(), false).filter(r -> r.get("key").asText().equals(key))
                .findFirst().orElseThrow();
    }

    private ApiClient.Answer put(String path, String json, String user) {
        return api.send("PUT", BASE + path + "/values", "application/json", json, user, "demo");
    }

    @Test
    void theDistrictsQuarterIsComputedFromTheRecords() {
        JsonNode report = api.get(BASE + "2024-Q1/395", "reform", "demo").json();
        assertThat(report.get("template").asText()).isEqualTo("CCHC-2024");
        assertThat(report.get("status").asText()).isEqualTo("DRAFT");
        assertThat(report.get("windowFrom").asText()).isEqualTo("2023-12-15");
        assertThat(report.get("windowTo").asText()).isEqualTo("2024-03-14");
        assertThat(report.get("dueOn").asText()).isEqualTo("2024-03-20");
        assertThat(report.get("rows")).hasSize(165);
        assertThat(row(report, "3.3.1").get("value").asLong()).isEqualTo(8803);
        assertThat(row(report, "3.3.1").get("source").asText()).isEqualTo("DOSSIERS");
        assertThat(row(report, "3.3.2").get("value").asLong()).isEqualTo(260);
        assertThat(row(report, "3.3.3").get("value").asLong()).isEqualTo(8366);
        assertThat(row(report, "3.5").get("value").asLong()).isEqualTo(56);
        assertThat(row(report, "4.1.1").get("value").asLong()).isEqualTo(11);
        assertThat(row(report, "3.1.3").get("value").asLong())
                .isEqualTo(row(report, "3.1.3.district").get("value").asLong() + row(report, "3.1.3.commune").get("value").asLong());
        assertThat(row(report, "1").get("value").isNull()).isTrue();
        JsonNode directives = api.get(BASE + "2024-Q1/395/rows/1.1.3/records", "reform", "demo").json();
        assertThat(directives.get("kind").asText()).isEqualTo("DOCUMENTS");
        assertThat(directives.get("codes")).hasSize(row(report, "1.1.3").get("value").asInt());
        JsonNode departments = api.get(BASE + "2024-Q1/395/rows/4.1.1/records", "reform", "demo").json();
        assertThat(departments.get("kind").asText()).isEqualTo("AGENCIES");
        assertThat(departments.get("codes")).hasSize(11);
        JsonNode published = api.get(BASE + "2024-Q1/395/rows/3.2.5/records", "reform", "demo").json();
        assertThat(published.get("kind").asText()).as("a ratio lists the records of its numerator").isEqualTo("PROCEDURES");
        assertThat(api.get(BASE + "2024-Q5/395", "reform", "demo").status()).isEqualTo(422);
        assertThat(api.get(BASE + "2024-Q1/15502", "reporter", "demo").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports/NO-SUCH/2024-Q1/395", "reform", "demo").status()).isEqualTo(404);
    }

    @Test
    void theSeedsPrintedPublicationFiguresAreFlagged() {
        // The seed prints 7,341 for 3.4 while its parts are 3,323 and 3,645: entered as printed, row 3.4 is flagged.
        assertThat(put("2023-Q4/15499", """
                {"values":{"3.4":7341,"3.4.1":3323,"3.4.2":3645},"note":"Số liệu in trong báo cáo quý I/2024"}""", "reform").status())
                .isEqualTo(200);
        JsonNode findings = api.get(BASE + "2023-Q4/15499/validation", "reform", "demo").json().get("findings");
        assertThat(findings).anyMatch(f -> f.get("severity").asText().equals("ERROR") && f.get("keys").toString().contains("\"3.4\"")
                && f.get("message").asText().contains("7341"));
        assertThat(findings).anyMatch(f -> f.get("rule").asText().equals("override") && f.get("severity").asText().equals("WARNING"));
        JsonNode report = api.get(BASE + "2023-Q4/15499", "reform", "demo").json();
        assertThat(row(report, "3.4").get("overridden").asBoolean()).isTrue();
        assertThat(row(report, "3.4").get("note").asText()).isEqualTo("Số liệu in trong báo cáo quý I/2024");
        assertThat(put("2023-Q4/15499", "{\"values\":{\"3.3.1\":1}}", "reform").status()).isEqualTo(422);
    }

    @Test
    void aCommuneEntersSubmitsIsReturnedAndApproved() {
        String path = "2023-Q2/15493";
        ApiClient.Answer saved = put(path, """
                {"values":{"2.4":5,"2.5":7,"4.2.1":10,"4.2.2":12,"2.1":2,"5.3.1":5}}""", "reporter");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        int version = saved.json().get("version").asInt();
        JsonNode findings = api.get(BASE + path + "/validation", "reporter", "demo").json().get("findings");
        assertThat(findings).anyMatch(f -> f.get("rule").asText().equals("[2.5] <= [2.4]") && f.get("severity").asText().equals("ERROR"));
        assertThat(findings).anyMatch(f -> f.get("rule").asText().equals("[4.2.2] <= [4.2.1]") && f.get("severity").asText().equals("WARNING"));
        assertThat(findings).anyMatch(f -> f.get("keys").toString().contains("5.3.1") && f.get("rule").asText().equals("type"));
        ApiClient.Answer refused = api.post(BASE + path + "/submit", "", "reporter", "demo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("details").toString()).contains("2.5")
                .as("blank required rows and the unwritten narrative are named too")
                .contains("[2.2]", "chưa có số liệu (nhập 0 nếu không phát sinh)", "Mục III. ĐÁNH GIÁ CHUNG của văn bản báo cáo còn phần gợi ý");

        assertThat(put(path, "{\"values\":{\"2.5\":3},\"version\":" + (version - 1) + "}", "reporter").status()).isEqualTo(409);
        assertThat(put(path, "{\"values\":{\"2.5\":3,\"5.3.1\":1},\"version\":" + version + "}", "reporter").status()).isEqualTo(200);
        ReportCompletion.complete(api, "CCHC-2024/" + path, "reporter");
        assertThat(api.post(BASE + path + "/submit", "", "reporter", "demo").json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(put(path, "{\"values\":{\"2.5\":4}}", "reporter").status()).isEqualTo(409);
        assertThat(api.post(BASE + path + "/approve", "", "reporter", "demo").status()).isEqualTo(403);
        assertThat(api.post(BASE + path + "/return", "{}", "reform", "demo").status()).isEqualTo(422);
        JsonNode returned = api.post(BASE + path + "/return", "{\"comment\":\"Bổ sung số liệu mục 2\"}", "reform", "demo").json();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("returnComment").asText()).isEqualTo("Bổ sung số liệu mục 2");
        assertThat(put(path, "{\"values\":{\"2.2\":1}}", "reporter").status()).isEqualTo(200);
        api.post(BASE + path + "/submit", "", "reporter", "demo");
        JsonNode approved = api.post(BASE + path + "/approve", "", "reform", "demo").json();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(row(approved, "2.5").get("value").asInt()).isEqualTo(3);
        assertThat(api.get(BASE + path, "reporter2", "demo").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/audit?entityType=report&text=15493", "admin", "demo").json())
                .extracting(e -> e.get("action").asText()).contains("report.values", "report.submitted", "report.returned", "report.approved");
    }

    @Test
    void theDistrictAddsUpItsCommunesAndItsBoardShowsWhoReported() {
        put("2023-Q3/15493", "{\"values\":{\"2.1\":2}}", "reporter");
        ReportCompletion.complete(api, "CCHC-2024/2023-Q3/15493", "reporter");
        api.post(BASE + "2023-Q3/15493/submit", "", "reporter", "demo");
        put("2023-Q3/15502", "{\"values\":{\"2.1\":3}}", "reporter2");
        ReportCompletion.complete(api, "CCHC-2024/2023-Q3/15502", "reporter2");
        api.post(BASE + "2023-Q3/15502/submit", "", "reporter2", "demo");
        put("2023-Q3/395", "{\"values\":{\"2.1.district\":1}}", "reform");
        JsonNode district = api.get(BASE + "2023-Q3/395", "reform", "demo").json();
        assertThat(row(district, "2.1.commune").get("value").asInt()).isEqualTo(5);
        assertThat(row(district, "2.1.commune").get("source").asText()).isEqualTo("CONSOLIDATED");
        assertThat(row(district, "2.1").get("value").asInt()).isEqualTo(6);
        JsonNode board = api.get(BASE + "2023-Q3/395/board", "reform", "demo").json();
        assertThat(board).hasSize(30);
        assertThat(board).anyMatch(b -> b.get("unitCode").asText().equals("15502") && b.get("status").asText().equals("SUBMITTED"));
        assertThat(board).anyMatch(b -> b.get("unitCode").asText().equals("15505") && b.get("late").asBoolean());
        assertThat(board).as("sent long after its due date, and marked so").anyMatch(b -> b.get("unitCode").asText().equals("15493")
                && b.get("status").asText().equals("SUBMITTED") && b.get("late").asBoolean());
        assertThat(api.get("/api/v1/audit?entityType=report&text=15493", "admin", "demo").json())
                .extracting(e -> e.get("summary") == null ? e.toString() : e.get("summary").asText())
                .anyMatch(t -> t.contains("Gửi báo cáo Quý III năm 2023") && t.contains("nộp muộn") && t.contains("hạn 20/09/2023"));
        JsonNode reminded = api.post(BASE + "2023-Q3/395/remind", "", "reform", "demo").json().get("reminded");
        assertThat(reminded).extracting(JsonNode::asText).contains("15505").doesNotContain("15502", "15493");
        assertThat(api.post(BASE + "2023-Q3/395/remind", "", "reporter", "demo").status()).isEqualTo(403);
    }

    @Test
    void longerPeriodsFollowEachRowsAggregation() {
        put("2023-Q1/15508", "{\"values\":{\"4.2.4\":1,\"4.2.1\":70,\"4.2.5\":10}}", "reform");
        put("2023-Q2/15508", "{\"values\":{\"4.2.4\":2,\"4.2.1\":74}}", "reform");
        JsonNode half = api.get(BASE + "2023-H1/15508", "reform", "demo").json();
        assertThat(row(half, "4.2.4").get("value").asInt()).as("SUM adds the quarters").isEqualTo(3);
        assertThat(row(half, "4.2.1").get("value").asInt()).as("STOCK takes the last quarter").isEqualTo(74);
        assertThat(row(half, "4.2.5").get("value").isNull()).as("RATIO is never added").isTrue();
        assertThat(half.get("windowFrom").asText()).isEqualTo("2022-12-15");
        assertThat(half.get("windowTo").asText()).isEqualTo("2023-06-14");
        JsonNode compared = api.get(BASE + "2023-Q2/15508?compare=true", "reform", "demo").json();
        assertThat(row(compared, "4.2.4").get("previous").asInt()).isEqualTo(1);
    }
}
