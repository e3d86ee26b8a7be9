package vn.motcua.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/** A reform officer copies the template for the two-tier government; a version in use is frozen. */
@DemoSystemTest
class TemplateVersionsTest {

    @LocalServerPort
    int port;

    @Test
    void aTwoTierCopyTurnsDistrictBreakdownsIntoProvinceOnesWithoutTouchingReportsMade() {
        ApiClient api = new ApiClient(port);
        String code = "CCHC-2025-" + (System.nanoTime() % 100000);
        ApiClient.Answer copied = api.post("/api/v1/templates/CCHC-2024/versions", """
                {"newCode":"%s","name":"Mẫu hai cấp","levels":{"DISTRICT":"PROVINCE"},"inForceFrom":"2025-07-01"}""".formatted(code),
                "reform", "demo");
        assertThat(copied.status()).as(copied.body()).isEqualTo(201);
        JsonNode rows = copied.json().get("rows");
        JsonNode provinceDirect = StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> r.get("key").asText().equals("3.3.1.direct.province")).findFirst().orElseThrow();
        assertThat(provinceDirect.get("filters").asText()).isEqualTo("channel=DIRECT&level=PROVINCE");
        assertThat(provinceDirect.get("label").asText()).isEqualTo("Cấp tỉnh");
        assertThat(rows).noneMatch(r -> r.get("key").asText().endsWith(".district"));
        assertThat(api.post("/api/v1/templates/CCHC-2024/versions", "{\"newCode\":\"x y\"}", "reform", "demo").status()).isEqualTo(422);
        assertThat(api.post("/api/v1/templates/CCHC-2024/versions", "{\"newCode\":\"ABC\"}", "reporter", "demo").status()).isEqualTo(403);

        // A new commune of the two-tier government reports with it.
        JsonNode report = api.get("/api/v1/reports/" + code + "/2025-Q4/15499", "thoxuan", "demo").json();
        assertThat(report.get("templateVersion").asInt()).isEqualTo(1);
        assertThat(report.get("windowFrom").asText()).isEqualTo("2025-09-15");
        assertThat(api.send("PUT", "/api/v1/reports/" + code + "/2025-Q4/15499/values", "application/json",
                "{\"values\":{\"2.2\":1}}", "thoxuan", "demo").status()).isEqualTo(200);

        // Version 1 is now frozen: edits need a new version, and the report keeps version 1.
        String row = "{\"label\":\"Số VBQPPL đã kiểm tra\",\"type\":\"COUNT\",\"aggregation\":\"SUM\",\"source\":\"MANUAL\"}";
        assertThat(api.send("PUT", "/api/v1/templates/" + code + "/1/rows/2.2", "application/json", row, "reform", "demo").status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/templates/" + code + "/versions", "{}", "reform", "demo").json().get("version").asInt()).isEqualTo(2);
        assertThat(api.send("PUT", "/api/v1/templates/" + code + "/2/rows/2.2", "application/json", row, "reform", "demo").status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/templates/" + code + "/2/rules", """
                {"expression":"[2.2] <= [2.3] +","severity":"ERROR","message":"x"}""", "reform", "demo").status()).isEqualTo(422);
        assertThat(api.post("/api/v1/templates/" + code + "/2/rules", """
                {"expression":"[2.2] <= [9.9]","severity":"ERROR","message":"x"}""", "reform", "demo").status()).isEqualTo(422);
        assertThat(api.post("/api/v1/templates/" + code + "/2/rules", """
                {"expression":"[2.4] <= [2.3]","severity":"WARNING","message":"Kiến nghị xử lý nhiều hơn số đã rà soát"}""",
                "reform", "demo").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/reports/" + code + "/2025-Q4/15499", "thoxuan", "demo").json().get("templateVersion").asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/reports/" + code + "/2025-Q4/15505", "thoxuan", "demo").status()).isEqualTo(404);
    }

    @Test
    void aTemplateSaysWhichEnteredRowsAReportNeedsBeforeItGoesUp() {
        ApiClient api = new ApiClient(port);
        String code = "CCHC-REQ-" + (System.nanoTime() % 100000);
        JsonNode rows = api.post("/api/v1/templates/CCHC-2025/versions", "{\"newCode\":\"%s\",\"name\":\"Mẫu thử\"}".formatted(code),
                "reform", "demo").json().get("rows");
        assertThat(required(rows, "2.2")).as("a numbered entered row").isTrue();
        assertThat(required(rows, "3.3.1")).as("a computed row").isFalse();
        assertThat(api.send("PUT", "/api/v1/templates/" + code + "/1/rows/2.2", "application/json", """
                {"printedCode":"2.2","label":"Số VBQPPL đã kiểm tra theo thẩm quyền","unit":"Văn bản","type":"COUNT","aggregation":"SUM",
                 "source":"MANUAL","required":false}""", "reform", "demo").status()).isEqualTo(200);
        JsonNode report = api.get("/api/v1/reports/" + code + "/2026-Q1/15499", "thoxuan", "demo").json();
        assertThat(required(report.get("rows"), "2.2")).as("made optional by the editor").isFalse();
        assertThat(required(report.get("rows"), "2.3")).isTrue();
        String refusal = api.post("/api/v1/reports/" + code + "/2026-Q1/15499/submit", "", "thoxuan", "demo").body();
        assertThat(refusal).contains("[2.3]").doesNotContain("[2.2]");
    }

    private static boolean required(JsonNode rows, String key) {
        return StreamSupport.stream(rows.spliterator(), false).filter(r -> r.get("key").asText().equals(key)).findFirst().orElseThrow()
                .get("required").asBoolean();
    }

    @Test
    void aComputedRowMustNameAMeasureSomeModuleDeclaresAndFilterItByItsDimensions() {
        ApiClient api = new ApiClient(port);
        String code = "CCHC-EDIT-" + (System.nanoTime() % 100000);
        assertThat(api.post("/api/v1/templates/CCHC-2024/versions", "{\"newCode\":\"%s\"}".formatted(code), "reform", "demo").status())
                .isEqualTo(201);
        String path = "/api/v1/templates/" + code + "/1/rows/3.3.1.direct";
        String row = "{\"label\":\"Trực tiếp\",\"type\":\"COUNT\",\"aggregation\":\"SUM\",\"source\":\"DOSSIERS\",\"measure\":\"%s\",\"filters\":\"%s\"}";

        ApiClient.Answer misspelt = api.send("PUT", path, "application/json", row.formatted("dossiers.recieved", "channel=DIRECT"), "reform", "demo");
        assertThat(misspelt.status()).isEqualTo(422);
        assertThat(misspelt.json().get("details").get(0).get("field").asText()).isEqualTo("measure");
        assertThat(misspelt.json().get("details").get(0).get("message").asText()).contains("3.3.1.direct", "dossiers.recieved");

        ApiClient.Answer unknownFilter = api.send("PUT", path, "application/json", row.formatted("dossiers.received", "chanel=DIRECT"),
                "reform", "demo");
        assertThat(unknownFilter.status()).isEqualTo(422);
        assertThat(unknownFilter.json().get("details").get(0).get("field").asText()).isEqualTo("filters");
        assertThat(unknownFilter.json().get("details").get(0).get("message").asText()).contains("3.3.1.direct", "chanel", "channel");

        ApiClient.Answer ratioOfAnUnknownFilter = api.send("PUT", path, "application/json",
                row.formatted("procedures.inForce", "oneStop=true / colour=red"), "reform", "demo");
        assertThat(ratioOfAnUnknownFilter.status()).isEqualTo(422);
        assertThat(ratioOfAnUnknownFilter.json().get("details").get(0).get("message").asText()).contains("colour");

        assertThat(api.send("PUT", path, "application/json", row.formatted("dossiers.received", "channel=DIRECT,POSTAL"), "reform", "demo")
                .status()).isEqualTo(200);
        assertThat(api.get("/api/v1/templates/" + code + "?version=1", "reform", "demo").json().get("rows").toString())
                .contains("channel=DIRECT,POSTAL");
    }
}
