package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.TravelClock;

/**
 * The official forms a dossier prints, by the circular in force on the day it was received: a
 * dossier received on 30/06/2025 at the old Xã Xuân Hồng gets the set of Circular 01/2018, one
 * received on 01/07/2025 at the new Xã Thọ Xuân the set of Circular 03/2025. Each PDF is read back
 * as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "motcua.demo=true", "motcua.lookup.per-minute=30" })
@Import(TravelClock.Configuration.class)
class DossierFormsTest {

    /** UBND huyện Thọ Xuân, whose district ended on 30/06/2025. */
    private static final String DISTRICT = "000.00.14.H56";
    private static final String DISTRICT_OFFICER_PASSWORD = "Tho-Xuan-mot-cua-2025";
    /** Đăng ký khai sinh có yếu tố nước ngoài: district level, 3 working days. */
    private static final String DISTRICT_PROCEDURE = "2.000528";
    private static final String NEW_COMMUNE = "000.00.71.H56";
    private static final String PROCEDURE = "1.004873";

    @LocalServerPort
    int port;

    @Autowired
    TravelClock clock;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private String receive(String agency, String user, String name) {
        return receive(agency, user, name, PROCEDURE);
    }

    private String receive(String agency, String user, String name, String procedure) {
        ApiClient.Answer answer = api.post("/api/v1/dossiers", """
                {"procedureCode":"%s","agencyCode":"%s","channel":"DIRECT","received":[true],
                 "applicant":{"name":"%s","idNumber":"038090012345","phone":"0912000111","address":"Thôn Đông, xã Xuân Hồng"}}"""
                .formatted(procedure, agency, name), user, secret(user));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("code").asText();
    }

    private void act(String code, String user, String json) {
        ApiClient.Answer answer = api.post("/api/v1/dossiers/" + code + "/actions", json, user, secret(user));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private HttpResponse<byte[]> download(String path, String user) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret(user)).getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The demo's password, or the one of the district officer a test creates. */
    private String secret(String user) {
        return user.startsWith("huyen") ? DISTRICT_OFFICER_PASSWORD : "demo";
    }

    private String pdfText(String path, String user, PDRectangle paper) throws Exception {
        HttpResponse<byte[]> response = download(path, user);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(Math.round(Math.min(page.getWidth(), page.getHeight()))).isEqualTo(Math.round(paper.getWidth()));
            assertThat(pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next())
                    .isEmbedded()).isTrue();
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** A form's lines as a reader sees them, white space inside each line made single. */
    private java.util.List<String> pdfLines(String path) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download(path, "clerk").body())) {
            return new PDFTextStripper().getText(pdf).lines().map(line -> line.replaceAll("\\s+", " ").strip()).toList();
        }
    }

    /** The text without any white space, for figures and dates a line break may cut ("10/07 /2025"). */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void aDossierReceivedOn30June2025PrintsTheFormsOfCircular01Of2018() throws Exception {
        clock.set("2025-06-30T08:30:00+07:00");
        // An officer of the district's one-stop desk, created while the district existed and not moved
        // with the reorganisation. The district ended on 30/06/2025: its dossiers take no new action from
        // 01/07/2025 (refused, 409) but stay readable, their forms printable, for reference.
        String officer = "huyen" + (System.nanoTime() % 100000);
        assertThat(api.post("/api/v1/accounts", """
                {"username":"%s","fullName":"Lê Văn Quyết","password":"%s","agencyCode":"%s","roles":["CLERK","LEADER"]}"""
                .formatted(officer, DISTRICT_OFFICER_PASSWORD, DISTRICT), "admin", "demo").status()).isEqualTo(201);
        String code = receive(DISTRICT, officer, "Lê Thị Hằng", DISTRICT_PROCEDURE);
        String receipt = pdfText("/api/v1/dossiers/" + code + "/forms/receipt.pdf", officer, PDRectangle.A5);
        assertThat(receipt).contains("Mẫu số 01 (Thông tư 01/2018/TT-VPCP)").contains("UBND HUYỆN THỌ XUÂN")
                .contains("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").contains(code).contains("Lê Thị Hằng")
                .contains("Đăng ký khai sinh có yếu tố nước ngoài").contains("Thọ Xuân, ngày 30 tháng 6 năm 2025")
                .contains("Thời gian giải quyết hồ sơ theo quy định là: 3 ngày làm việc");
        assertThat(compact(receipt)).contains("08giờ30phút,ngày30/06/2025").contains("08giờ30phút,ngày03/07/2025");

        // The apology is written on the district's last day, before the dossier falls due on 03/07/2025.
        clock.set("2025-06-30T16:00:00+07:00");
        act(code, officer, """
                {"action":"APOLOGIZE","reason":"Cần xác minh thêm tại nơi cư trú cũ","newDueAt":"2025-07-08T16:00:00+07:00"}""");

        // From 01/07/2025 the district's dossier takes no new work, saying why; its forms are still printed below.
        clock.set("2025-07-04T10:00:00+07:00");
        ApiClient.Answer refused = api.post("/api/v1/dossiers/" + code + "/actions", """
                {"action":"APOLOGIZE","reason":"Xin lỗi lần hai","newDueAt":"2025-07-10T16:00:00+07:00"}""",
                officer, DISTRICT_OFFICER_PASSWORD);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("message").asText()).contains("UBND huyện Thọ Xuân").contains("01/07/2025");
        String apology = pdfText("/api/v1/dossiers/" + code + "/forms/04.pdf", officer, PDRectangle.A5);
        assertThat(apology).contains("Mẫu số 04 (Thông tư 01/2018/TT-VPCP)").contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
                .contains("Cần xác minh thêm tại nơi cư trú cũ").doesNotContain("GIA HẠN");
        assertThat(compact(apology)).contains("08giờ30phút,ngày03/07/2025").contains("16giờ00phút,ngày08/07/2025");
        String sheet = pdfText("/api/v1/dossiers/" + code + "/forms/control-sheet.pdf", officer, PDRectangle.A4);
        assertThat(sheet).contains("Mẫu số 05 (Thông tư 01/2018/TT-VPCP)").contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")
                .contains("Tiếp nhận hồ sơ").contains("Quá hạn");

        ApiClient.Answer stop = api.get("/api/v1/dossiers/" + code + "/forms/stop-notice.pdf", officer, DISTRICT_OFFICER_PASSWORD);
        assertThat(stop.status()).isEqualTo(404);
        assertThat(stop.json().get("message").asText()).contains("01/2018/TT-VPCP").contains("receipt (01)");
        assertThat(api.get("/api/v1/dossiers/" + code + "/forms", officer, DISTRICT_OFFICER_PASSWORD).json())
                .extracting(f -> f.get("form").asText() + " " + f.get("number").asText())
                .containsExactly("receipt 01", "apology 04", "control-sheet 05");

        String book = pdfText("/api/v1/dossiers/book.pdf?agencyCode=" + DISTRICT + "&from=2025-06-01&to=2025-06-30", officer,
                PDRectangle.A4);
        assertThat(book).contains("Mẫu số 06 (Thông tư 01/2018/TT-VPCP)").contains("SỔ THEO DÕI HỒ SƠ").contains("Lê Thị Hằng")
                .contains("Quá hạn, đã xin lỗi");
        assertThat(compact(book)).contains(code);
    }

    @Test
    void aDossierReceivedOn1July2025PrintsTheFormsOfCircular03Of2025() throws Exception {
        clock.set("2025-07-01T14:15:00+07:00");
        String code = receive(NEW_COMMUNE, "clerk", "Trịnh Văn Đức");
        String receipt = pdfText("/api/v1/dossiers/" + code + "/forms/receipt.pdf", "clerk", PDRectangle.A5);
        assertThat(receipt).contains("Mẫu số 01 (Thông tư 03/2025/TT-VPCP)").contains("UBND XÃ THỌ XUÂN").contains("BỘ PHẬN MỘT CỬA")
                .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").contains(code).contains("Trịnh Văn Đức")
                .contains("14 giờ 15 phút, ngày 01/07/2025").contains("Thọ Xuân, ngày 01 tháng 7 năm 2025")
                .contains("/public/dossiers?code=" + code)
                // The desk named as everywhere else; no dotted blank for an e-mail the applicant never gave.
                .contains("Bộ phận Một cửa UBND xã Thọ Xuân tiếp nhận hồ sơ").doesNotContain("Bộ phận một cửa", "Email:");
        // The code and the dates are each read on one line, never cut at a hyphen or a space ("H56.71-250701-/0001").
        assertThat(pdfLines("/api/v1/dossiers/" + code + "/forms/receipt.pdf")).anyMatch(line -> line.contains(code))
                .anyMatch(line -> line.contains("ngày 01 tháng 7 năm 2025")).anyMatch(line -> line.contains("14 giờ 15 phút, ngày 01/07/2025"))
                // The receiving officer's name printed under the signature, the applicant's under hers; the lookup's QR is the one at the top.
                .anyMatch(line -> line.contains("Trần Văn Minh")).anyMatch(line -> line.strip().endsWith("Trịnh Văn Đức"))
                .anyMatch(line -> line.contains("quét mã QR ở đầu giấy này"));

        clock.set("2025-07-02T09:00:00+07:00");
        act(code, "clerk", "{\"action\":\"REQUEST_SUPPLEMENT\",\"reason\":\"Bổ sung bản sao Giấy khai sinh\"}");
        String supplement = pdfText("/api/v1/dossiers/" + code + "/forms/supplement-request.pdf", "clerk", PDRectangle.A5);
        assertThat(supplement).contains("Mẫu số 02 (Thông tư 03/2025/TT-VPCP)").contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ")
                .contains("Bổ sung bản sao Giấy khai sinh").contains("Trịnh Văn Đức");
        assertThat(compact(supplement)).contains("liênhệvớiBộphậnMộtcửacủa");
        clock.set("2025-07-03T09:00:00+07:00");
        act(code, "clerk", "{\"action\":\"SUPPLEMENT_RECEIVED\"}");
        clock.set("2025-07-07T09:00:00+07:00");
        act(code, "clerk", """
                {"action":"APOLOGIZE","reason":"phải lấy ý kiến của cơ quan đăng ký hộ tịch nơi cư trú trước","newDueAt":"2025-07-10T16:00:00+07:00"}""");
        String apology = pdfText("/api/v1/dossiers/" + code + "/forms/apology.pdf", "clerk", PDRectangle.A5);
        assertThat(apology).contains("Mẫu số 04 (Thông tư 03/2025/TT-VPCP)")
                .contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT").contains("đề nghị được gia hạn");
        assertThat(compact(apology)).contains("16giờ00phút,ngày10/07/2025");
        clock.set("2025-07-08T09:00:00+07:00");
        act(code, "chutich", "{\"action\":\"STOP\",\"reason\":\"Người yêu cầu đang bị xem xét xử lý vi phạm hộ tịch\"}");
        String stop = pdfText("/api/v1/dossiers/" + code + "/forms/mau-05.pdf", "clerk", PDRectangle.A5);
        assertThat(stop).contains("Mẫu số 05 (Thông tư 03/2025/TT-VPCP)").contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ")
                .contains("Người yêu cầu đang bị xem xét xử lý vi phạm hộ tịch");
        String sheet = pdfText("/api/v1/dossiers/" + code + "/forms/control-sheet.pdf", "clerk", PDRectangle.A4);
        assertThat(sheet).contains("Mẫu số 06 (Thông tư 03/2025/TT-VPCP)").contains("Yêu cầu bổ sung: Bổ sung bản sao Giấy khai sinh")
                .contains("Nhận hồ sơ bổ sung").contains("Dừng giải quyết");

        String book = pdfText("/api/v1/dossiers/book.pdf?agencyCode=" + NEW_COMMUNE + "&from=2025-07-01&to=2025-07-31", "clerk",
                PDRectangle.A4);
        assertThat(book).contains("Mẫu số 07 (Thông tư 03/2025/TT-VPCP)").contains("Dừng giải quyết");
        assertThat(compact(book)).contains(code);
        HttpResponse<byte[]> workbook = download("/api/v1/dossiers/book.xlsx?agencyCode=" + NEW_COMMUNE
                + "&from=2025-07-01&to=2025-07-31", "clerk");
        assertThat(workbook.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book2 = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            var rows = book2.getSheetAt(0);
            assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mẫu số 07 (Thông tư 03/2025/TT-VPCP)");
            DataFormatter cells = new DataFormatter();
            boolean found = false;
            for (var row : rows) {
                if (code.equals(cells.formatCellValue(row.getCell(1)))) {
                    found = true;
                    assertThat(cells.formatCellValue(row.getCell(4))).isEqualTo("Trịnh Văn Đức");
                    assertThat(cells.formatCellValue(row.getCell(12))).isEqualTo("Dừng giải quyết");
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void formsAreForTheHandlingAgencyAndNameWhatIsMissing() throws Exception {
        clock.set("2025-07-01T09:00:00+07:00");
        String code = receive(NEW_COMMUNE, "clerk", "Phạm Thị Mai");
        assertThat(download("/api/v1/dossiers/" + code + "/forms/receipt.pdf", "reporter2").statusCode()).isEqualTo(404);
        ApiClient.Answer unknown = api.get("/api/v1/dossiers/" + code + "/forms/giay-phep.pdf", "clerk", "demo");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).contains("giay-phep").contains("03/2025/TT-VPCP").contains("stop-notice (05)");
        ApiClient.Answer notYet = api.get("/api/v1/dossiers/" + code + "/forms/refusal.pdf", "clerk", "demo");
        assertThat(notYet.status()).isEqualTo(404);
        assertThat(notYet.json().get("message").asText()).contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ").contains(code);
        ApiClient.Answer badWindow = api.get("/api/v1/dossiers/book.pdf?agencyCode=" + NEW_COMMUNE + "&from=2025-07-31&to=2025-07-01",
                "clerk", "demo");
        assertThat(badWindow.status()).isEqualTo(422);
        assertThat(badWindow.json().get("details").get(0).get("field").asText()).isEqualTo("to");
        JsonNode forms = api.get("/api/v1/dossiers/" + code + "/forms", "clerk", "demo").json();
        assertThat(forms).extracting(f -> f.get("form").asText()).containsExactly("receipt", "control-sheet");
    }
}
