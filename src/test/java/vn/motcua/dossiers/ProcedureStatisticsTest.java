package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.TravelClock;

/**
 * Biểu 06/VPCP/KSTT on a history built here, at a commune of its own so nothing else counts: for the
 * window 01/04–24/04/2026 two hộ tịch dossiers carried over (one resolved early, one still open and
 * overdue), one received at the counter and resolved late after a late hand-over, one online still
 * within time; in chứng thực one online resolved on the due day, one by post refused, one at the
 * counter withdrawn only after the window (so still overdue at its end); and dossiers before and
 * after the window that must not count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "motcua.demo=true", "motcua.lookup.per-minute=30" })
@Import(TravelClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcedureStatisticsTest {

    private static final String UNIT = "99061";
    private static final String AGENCY = "000.99.61.H56";
    /** Cấp Giấy xác nhận tình trạng hôn nhân: hộ tịch, 3 working days. */
    private static final String CIVIL_STATUS = "1.004873";
    /** Chứng thực chữ ký: chứng thực, 8 working hours. */
    private static final String SIGNATURE = "2.000884";
    private static final String WINDOW = "?unitCode=" + UNIT + "&from=2026-04-01&to=2026-04-24";

    @LocalServerPort
    int port;

    @Autowired
    TravelClock clock;

    ApiClient api;
    final List<String> lateExpected = new ArrayList<>();
    String carriedEarly;
    String lateOne;

    private String receive(String at, String procedure, String channel) {
        clock.set(at);
        ApiClient.Answer answer = api.post("/api/v1/dossiers", """
                {"procedureCode":"%s","agencyCode":"%s","channel":"%s","applicant":{"name":"Người Thống Kê","phone":"0912999888"}}"""
                .formatted(procedure, AGENCY, channel), "admin", "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("code").asText();
    }

    private JsonNode act(String at, String code, String json) {
        clock.set(at);
        ApiClient.Answer answer = api.post("/api/v1/dossiers/" + code + "/actions", json, "admin", "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @BeforeAll
    void history() {
        api = new ApiClient(port);
        assertThat(api.post("/api/v1/units", """
                {"code":"%s","name":"Xã Thống Kê","level":"COMMUNE","kind":"xã","parentCode":"38","validFrom":"2020-01-01"}"""
                .formatted(UNIT), "admin", "demo").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/agencies", """
                {"code":"%s","name":"UBND xã Thống Kê","unitCode":"%s","kind":"PEOPLES_COMMITTEE"}""".formatted(AGENCY, UNIT),
                "admin", "demo").status()).isEqualTo(201);

        String before = receive("2026-03-02T09:00:00+07:00", CIVIL_STATUS, "DIRECT");
        act("2026-03-03T09:00:00+07:00", before, "{\"action\":\"COMPLETE\"}");

        carriedEarly = receive("2026-03-31T09:00:00+07:00", CIVIL_STATUS, "DIRECT");
        assertThat(act("2026-04-01T10:00:00+07:00", carriedEarly, "{\"action\":\"COMPLETE\"}").get("timeliness").asText())
                .isEqualTo("EARLY");
        receive("2026-03-26T09:00:00+07:00", CIVIL_STATUS, "DIRECT");

        // A dossier goes only to a specialist or leader of the agency holding it.
        assertThat(api.post("/api/v1/accounts", """
                {"username":"thongke-cv","fullName":"Ngô Văn Kê","password":"Thong-ke-chuyen-vien-9","agencyCode":"%s","roles":["SPECIALIST"]}"""
                .formatted(AGENCY), "admin", "demo").status()).isEqualTo(201);
        lateOne = receive("2026-04-07T09:00:00+07:00", CIVIL_STATUS, "DIRECT");
        act("2026-04-07T09:30:00+07:00", lateOne, "{\"action\":\"ASSIGN\",\"assignee\":\"thongke-cv\"}");
        act("2026-04-14T10:00:00+07:00", lateOne, "{\"action\":\"FORWARD\"}");
        assertThat(act("2026-04-14T11:00:00+07:00", lateOne, "{\"action\":\"COMPLETE\"}").get("timeliness").asText())
                .isEqualTo("LATE");
        receive("2026-04-22T09:00:00+07:00", CIVIL_STATUS, "ONLINE_PARTIAL");

        String onTime = receive("2026-04-06T09:00:00+07:00", SIGNATURE, "ONLINE_FULL");
        assertThat(act("2026-04-07T08:30:00+07:00", onTime, "{\"action\":\"COMPLETE\"}").get("timeliness").asText())
                .isEqualTo("ON_TIME");
        String refused = receive("2026-04-08T09:00:00+07:00", SIGNATURE, "POSTAL");
        act("2026-04-08T10:00:00+07:00", refused, "{\"action\":\"REJECT\",\"reason\":\"Không thuộc thẩm quyền\"}");
        String withdrawnLater = receive("2026-04-20T09:00:00+07:00", SIGNATURE, "DIRECT");
        act("2026-04-27T09:00:00+07:00", withdrawnLater, "{\"action\":\"WITHDRAW\"}");
        receive("2026-04-28T09:00:00+07:00", SIGNATURE, "DIRECT");
        lateExpected.addAll(List.of(carriedEarly, lateOne, lateOne, onTime));
    }

    private static long[] figures(JsonNode line) {
        return new long[] { line.get("carriedOver").asLong(), line.get("receivedOnline").asLong(),
                line.get("receivedAtCounter").asLong(), line.get("resolvedEarly").asLong(), line.get("resolvedOnTime").asLong(),
                line.get("resolvedLate").asLong(), line.get("inProgressWithinTime").asLong(), line.get("inProgressOverdue").asLong(),
                line.get("endedOtherwise").asLong() };
    }

    @Test
    void theTableCountsCarriedOverNewResolvedAndInProgressByField() {
        ApiClient.Answer answer = api.get("/api/v1/statistics/procedures" + WINDOW, "admin", "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode statistics = answer.json();
        assertThat(statistics.get("unitName").asText()).isEqualTo("Xã Thống Kê");
        JsonNode levels = statistics.get("levels");
        assertThat(levels).hasSize(1);
        assertThat(levels.get(0).get("level").asText()).isEqualTo("COMMUNE");
        JsonNode fields = levels.get(0).get("fields");
        assertThat(fields).extracting(f -> f.get("fieldName").asText()).containsExactly("Chứng thực", "Hộ tịch");
        // carried, online, counter, early, on time, late, within, overdue, ended
        assertThat(figures(fields.get(0))).containsExactly(0, 1, 2, 0, 1, 0, 0, 1, 1);
        assertThat(figures(fields.get(1))).containsExactly(2, 1, 1, 1, 0, 1, 1, 1, 0);
        JsonNode total = statistics.get("total");
        assertThat(figures(total)).containsExactly(2, 2, 3, 1, 1, 1, 1, 2, 1);
        assertThat(total.get("received").asLong()).isEqualTo(7);
        assertThat(total.get("resolved").asLong() + total.get("inProgress").asLong() + total.get("endedOtherwise").asLong())
                .isEqualTo(7);
    }

    @Test
    void theLateReportNamesTheStepTheOfficerAndTheHoursLost() {
        JsonNode statistics = api.get("/api/v1/statistics/procedures" + WINDOW, "admin", "demo").json();
        JsonNode late = statistics.get("lateSteps");
        assertThat(late).extracting(s -> s.get("dossierCode").asText()).containsExactlyInAnyOrderElementsOf(lateExpected);
        JsonNode forward = null;
        for (JsonNode step : late) {
            if (step.get("dossierCode").asText().equals(lateOne) && step.get("step").asInt() == 0) {
                forward = step;
            }
        }
        assertThat(forward).isNotNull();
        assertThat(forward.get("stepName").asText()).isEqualTo("Tiếp nhận, kiểm tra hồ sơ");
        assertThat(forward.get("officer").asText()).isEqualTo("admin");
        assertThat(forward.get("agencyName").asText()).isEqualTo("UBND xã Thống Kê");
        // due 07/04 11:00 (2 working hours), handed on 14/04 10:00: five working days less an hour.
        assertThat(forward.get("lateHours").asLong()).isBetween(38L, 40L);
        assertThat(statistics.get("lateOfficers").get(0).get("officer").asText()).isEqualTo("admin");
        assertThat(statistics.get("lateOfficers").get(0).get("handovers").asInt()).isEqualTo(4);
    }

    @Test
    void theWorkbookCarriesTheSameTotals() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/statistics/procedures.xlsx" + WINDOW)).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("admin:demo".getBytes())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            DataFormatter cells = new DataFormatter();
            var sheet = workbook.getSheet("Biểu 06");
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(0))).startsWith("Biểu số 06/VPCP/KSTT");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(cells.formatCellValue(total.getCell(1))).isEqualTo("Tổng cộng");
            List<String> values = new ArrayList<>();
            for (int i = 2; i < 14; i++) {
                values.add(cells.formatCellValue(total.getCell(i)));
            }
            assertThat(values).containsExactly("7", "2", "2", "3", "3", "1", "1", "1", "3", "1", "2", "1");
            assertThat(workbook.getSheet("Hồ sơ trễ hạn").getLastRowNum()).isGreaterThanOrEqualTo(4);

            // Printed: A4 landscape, one page wide, the titles and header and the number and label columns on every page.
            var print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isZero();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:4");
            assertThat(sheet.getRepeatingColumns().formatAsString()).isEqualTo("A:B");
            // Each header name fits its column wrapped: the row is as tall as the longest name needs, nothing runs over.
            Row header = sheet.getRow(3);
            assertThat(cells.formatCellValue(header.getCell(5))).isEqualTo("Mới tiếp nhận trực tiếp, dịch vụ bưu chính");
            assertThat(header.getCell(5).getCellStyle().getWrapText()).isTrue();
            int characters = sheet.getColumnWidth(5) / 256;
            int lines = (int) Math.ceil("Mới tiếp nhận trực tiếp, dịch vụ bưu chính".length() / (double) (characters - 2));
            assertThat(header.getHeightInPoints()).isGreaterThanOrEqualTo(lines * 14f);
            assertThat(sheet.getColumnWidth(1) / 256).as("the label column").isGreaterThanOrEqualTo(30);
            java.nio.file.Files.write(java.nio.file.Path.of("target", "bieu-06-test.xlsx"), response.body());
        }
    }

    @Test
    void aBadWindowOrAUnitOutOfReachIsRefused() {
        ApiClient.Answer reversed = api.get("/api/v1/statistics/procedures?unitCode=" + UNIT + "&from=2026-04-24&to=2026-04-01",
                "admin", "demo");
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.json().get("details").get(0).get("field").asText()).isEqualTo("to");
        ApiClient.Answer unknown = api.get("/api/v1/statistics/procedures?unitCode=00000&from=2026-04-01&to=2026-04-24", "admin", "demo");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("details").get(0).get("message").asText()).contains("00000");
        assertThat(api.get("/api/v1/statistics/procedures?unitCode=" + UNIT + "&from=2026-04-01&to=nope", "admin", "demo").status())
                .isEqualTo(400);
        ApiClient.Answer outOfReach = api.get("/api/v1/statistics/procedures" + WINDOW, "reporter2", "demo");
        assertThat(outOfReach.status()).isEqualTo(422);
        assertThat(outOfReach.json().get("details").get(0).get("message").asText()).contains(UNIT).contains("phạm vi");
    }
}
