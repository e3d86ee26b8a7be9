package vn.motcua.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/** The Excel round trip: download the form in the printed layout, fill it offline, upload it back through validation. */
@DemoSystemTest
class ReportWorkbookTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> call(String method, String path, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("reporter:demo".getBytes()));
        if (body != null) {
            request.header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Row rowOf(Sheet sheet, String key) {
        for (Row row : sheet) {
            if (row.getCell(5) != null && row.getCell(5).getStringCellValue().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key);
    }

    @Test
    void aFormFilledOfflineComesBackThroughTheSameChecks() throws Exception {
        String path = "/api/v1/reports/CCHC-2024/2022-Q3/15493";
        HttpResponse<byte[]> download = call("GET", path + "/form.xlsx", null);
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("THỐNG KÊ SỐ LIỆU");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Chỉ tiêu thống kê");
            assertThat(rowOf(sheet, "3.3.1").getCell(0).getStringCellValue()).isEqualTo("3.3.1");
            rowOf(sheet, "2.2").getCell(3).setCellValue(4);
            rowOf(sheet, "4.2.1").getCell(3).setCellValue("1.250");
            rowOf(sheet, "3.3.1").getCell(3).setCellValue(99999);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        HttpResponse<byte[]> uploaded = call("PUT", path + "/form.xlsx", filled);
        assertThat(uploaded.statusCode()).as(new String(uploaded.body())).isEqualTo(200);
        JsonNode report = new ApiClient(port).get(path, "reporter", "demo").json();
        assertThat(value(report, "2.2")).isEqualTo("4");
        assertThat(value(report, "4.2.1")).isEqualTo("1250");
        assertThat(value(report, "3.3.1")).as("computed rows are not taken from the file").isNotEqualTo("99999");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            rowOf(workbook.getSheetAt(0), "2.3").getCell(3).setCellValue("hai");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            HttpResponse<byte[]> bad = call("PUT", path + "/form.xlsx", out.toByteArray());
            assertThat(bad.statusCode()).isEqualTo(422);
            assertThat(JsonMapper.builder().build().readTree(bad.body()).get("details").get(0).get("message").asText())
                    .contains("hai").contains("2.3");
        }
        assertThat(call("PUT", path + "/form.xlsx", "không phải Excel".getBytes()).statusCode()).isEqualTo(422);
    }

    private static String value(JsonNode report, String key) {
        return StreamSupport.stream(report.get("rows").spliterator(), false).filter(r -> r.get("key").asText().equals(key))
                .findFirst().orElseThrow().get("value").asText();
    }
}
