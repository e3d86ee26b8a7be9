package vn.motcua.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/** Import from CSV and XLSX: a dry run reports, a bad row stops everything and is named, an export imports back unchanged. */
@DemoSystemTest
class ProcedureImportTest {

    private static final String HEADER = "code,name,field_code,field_name,level,agency_kind,processing_days,processing_hours,"
            + "shortened_days,shortened_hours,result_kind,online_kind,one_stop,inter_agency,online_payment,any_location,by_post,"
            + "internal_process_approved,internal_process_digitized,fees,documents,steps,published_on,publish_decision,"
            + "effective_from,abolished_on,abolish_decision,replaced_by\n";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private record Answer(int status, JsonNode json, byte[] body) {
    }

    private Answer upload(byte[] body, String contentType, boolean dryRun) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/imports/procedures?dryRun=" + dryRun))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("reform:demo".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), JsonMapper.builder().build().readTree(response.body()), response.body());
    }

    private static String row(String code, String field, String days, String level, String published) {
        return code + ",\"Thủ tục nhập " + code + "\"," + field + ",Lĩnh vực nhập," + level + ",PEOPLES_COMMITTEE," + days
                + ",,,,Giấy xác nhận,PARTIAL,có,NONE,không,0,false,true,false,\"Lệ phí;CHARGE;20000\","
                + "\"Đơn đề nghị;1;0;Mẫu 01|CCCD;0;1;\",\"Tiếp nhận;CLERK;2|Thẩm định;SPECIALIST;20\"," + published
                + ",QĐ nhập thử," + published + ",,,\n";
    }

    @Test
    void aDryRunReportsAndChangesNothingThenTheImportApplies() throws Exception {
        String field = CatalogTestData.uniqueField();
        String a = CatalogTestData.uniqueCode();
        String b = CatalogTestData.uniqueCode();
        byte[] csv = (HEADER + row(a, field, "5", "COMMUNE", "2024-01-10") + row(b, field, "7", "DISTRICT", "10/02/2024"))
                .getBytes(StandardCharsets.UTF_8);

        Answer dry = upload(csv, "text/csv", true);
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().get("applied").asBoolean()).isFalse();
        assertThat(dry.json().get("changes")).extracting(c -> c.get("action").asText()).containsExactly("CREATE", "CREATE");
        assertThat(api.get("/api/v1/procedures/" + a, "clerk", "demo").status()).isEqualTo(404);

        Answer applied = upload(csv, "text/csv", false);
        assertThat(applied.json().get("applied").asBoolean()).isTrue();
        JsonNode imported = api.get("/api/v1/procedures/" + b, "clerk", "demo").json();
        assertThat(imported.get("publishedOn").asText()).isEqualTo("2024-02-10");
        assertThat(imported.get("documents")).hasSize(2);
        assertThat(imported.get("steps").get(1).get("hours").asInt()).isEqualTo(20);
        assertThat(imported.get("fees").get(0).get("amount").asLong()).isEqualTo(20000);

        // The same file again changes nothing; an edited time is an amendment from its date.
        assertThat(upload(csv, "text/csv", true).json().get("changes")).extracting(c -> c.get("action").asText())
                .containsExactly("UNCHANGED", "UNCHANGED");
        byte[] amended = (HEADER + row(a, field, "4", "COMMUNE", "2024-01-10").replace("2024-01-10,,,", "2024-05-01,,,"))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(upload(amended, "text/csv", false).json().get("changes").get(0).get("action").asText()).isEqualTo("AMEND");
        assertThat(api.get("/api/v1/procedures/" + a + "?on=2024-04-30", "clerk", "demo").json().get("processingDays").asInt())
                .isEqualTo(5);
        assertThat(api.get("/api/v1/procedures/" + a + "?on=2024-05-01", "clerk", "demo").json().get("processingDays").asInt())
                .isEqualTo(4);
    }

    @Test
    void oneBadRowStopsTheWholeFileAndEveryBadRowIsNamed() throws Exception {
        String field = CatalogTestData.uniqueField();
        String good = CatalogTestData.uniqueCode();
        String csv = HEADER + row(good, field, "5", "COMMUNE", "2024-01-10")
                + row(CatalogTestData.uniqueCode(), field, "năm", "COMMUNE", "2024-01-10")
                + row(CatalogTestData.uniqueCode(), field, "5", "HAMLET", "2024-01-10")
                + row(CatalogTestData.uniqueCode(), field, "5", "COMMUNE", "31/02/2024")
                + row(good, field, "5", "COMMUNE", "2024-01-10");
        Answer answer = upload(csv.getBytes(StandardCharsets.UTF_8), "text/csv", false);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().get("message").asText()).contains("5 lỗi");
        assertThat(answer.json().get("details")).extracting(d -> d.get("field").asText())
                .containsExactly("line 3: processing_days", "line 4: level", "line 5: published_on", "line 5: effective_from", "line 6: code");
        assertThat(answer.json().get("details").get(0).get("message").asText()).contains("năm");
        assertThat(api.get("/api/v1/procedures/" + good, "clerk", "demo").status()).isEqualTo(404);

        Answer missingColumns = upload("code,name\n1.2,X\n".getBytes(StandardCharsets.UTF_8), "text/csv", true);
        assertThat(missingColumns.status()).isEqualTo(422);
        assertThat(missingColumns.json().get("details").get(0).get("message").asText()).contains("field_code");
        assertThat(upload(new byte[] { 'P', 'K', 3, 4, 1, 2 }, "application/octet-stream", true).status()).isEqualTo(422);
    }

    /**
     * A name or decision that starts like a formula (the review's CSV injection) is exported with a leading
     * apostrophe, which a spreadsheet shows as text, and the export still imports back unchanged.
     */
    @Test
    void aCsvExportWritesFormulaLikeCellsAsTextAndImportsBackUnchanged() throws Exception {
        String field = CatalogTestData.uniqueField();
        String code = CatalogTestData.uniqueCode();
        String name = "=HYPERLINK(\"http://lừa.example\",\"Bấm\") " + code;
        String csv = HEADER + row(code, field, "5", "COMMUNE", "2024-01-10")
                .replace("\"Thủ tục nhập " + code + "\"", "\"" + name.replace("\"", "\"\"") + "\"")
                .replace(",QĐ nhập thử,", ",@SUM(1+1),");
        Answer imported = upload(csv.getBytes(StandardCharsets.UTF_8), "text/csv", false);
        assertThat(imported.status()).as(new String(imported.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(api.get("/api/v1/procedures/" + code, "clerk", "demo").json().get("name").asText()).isEqualTo(name);

        HttpResponse<byte[]> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/procedures/export.csv"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("reform:demo".getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        String text = new String(export.body(), StandardCharsets.UTF_8).substring(1);
        org.apache.commons.csv.CSVRecord exported = null;
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text))) {
            for (org.apache.commons.csv.CSVRecord record : parser) {
                if (record.get("code").equals(code)) {
                    exported = record;
                }
            }
        }
        assertThat(exported).isNotNull();
        assertThat(exported.get("name")).isEqualTo("'" + name);
        assertThat(exported.get("publish_decision")).isEqualTo("'@SUM(1+1)");
        for (org.apache.commons.csv.CSVRecord record : org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(text))) {
            for (String cell : record) {
                assertThat(cell).as("no cell of the export starts like a formula").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        Answer back = upload(export.body(), "text/csv", true);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("changes")).isNotEmpty().allMatch(c -> c.get("action").asText().equals("UNCHANGED"));
    }

    @Test
    void anExcelExportImportsBackUnchanged() throws Exception {
        HttpResponse<byte[]> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/procedures/export.xlsx"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("reform:demo".getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
            boolean found = false;
            for (Row r : sheet) {
                found |= r.getCell(1).getStringCellValue().equals("Đăng ký khai sinh");
            }
            assertThat(found).isTrue();
        }
        Answer back = upload(export.body(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.json().get("changes")).isNotEmpty().allMatch(c -> c.get("action").asText().equals("UNCHANGED"));
    }

    @Test
    void anExcelFileWithDateCellsImports() throws Exception {
        String field = CatalogTestData.uniqueField();
        String code = CatalogTestData.uniqueCode();
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            String[] header = HEADER.trim().split(",");
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = sheet.createRow(1);
            String[] values = { code, "Thủ tục Excel", field, "Lĩnh vực Excel", "COMMUNE", "", "", "4", "", "", "", "FULL", "x",
                    "SAME_LEVEL", "1", "0", "0", "1", "1", "", "", "" };
            for (int i = 0; i < values.length; i++) {
                r.createCell(i).setCellValue(values[i]);
            }
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            var published = r.createCell(22);
            published.setCellValue(java.time.LocalDate.of(2024, 3, 1));
            published.setCellStyle(dateStyle);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Answer answer = upload(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false);
        assertThat(answer.status()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        JsonNode procedure = api.get("/api/v1/procedures/" + code, "clerk", "demo").json();
        assertThat(procedure.get("publishedOn").asText()).isEqualTo("2024-03-01");
        assertThat(procedure.get("processingHours").asInt()).isEqualTo(4);
        assertThat(procedure.get("interAgency").asText()).isEqualTo("SAME_LEVEL");
    }
}
