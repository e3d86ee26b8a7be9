package vn.motcua.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/** The report as Word: the decree's header, the figures written from the records in Vietnamese format, footnotes, the appendix. */
@DemoSystemTest
class ReportDocxTest {

    @LocalServerPort
    int port;

    @Test
    void theDistrictsQuarterReportIsWrittenFromTheRecords() throws Exception {
        ApiClient api = new ApiClient(port);
        String base = "/api/v1/reports/CCHC-2024/2024-Q1/395";
        JsonNode outline = api.get(base + "/document", "reform", "demo").json();
        assertThat(outline.get("authority").asText()).isEqualTo("UBND HUYỆN THỌ XUÂN");
        assertThat(outline.get("title").asText())
                .isEqualTo("Tình hình, kết quả thực hiện cải cách hành chính, cải thiện môi trường đầu tư kinh doanh quý I, nhiệm vụ trọng tâm quý II năm 2024");
        assertThat(outline.get("sections").get(2).get("body").asText()).contains("{3.3.1|");

        // The demo holds the seed's own text for this quarter: it is put back for the tests that read it.
        ((tools.jackson.databind.node.ObjectNode) outline).remove("version");
        try {
            ApiClient.Answer saved = api.send("PUT", base + "/document", "application/json", """
                    {"authority":"UBND HUYỆN THỌ XUÂN","number":"85/BC-UBND","place":"Thọ Xuân","issuedOn":"2024-03-18",
                     "title":"Tình hình, kết quả thực hiện cải cách hành chính quý I, nhiệm vụ trọng tâm quý II năm 2024",
                     "addressee":"Ban Thường vụ Huyện uỷ Thọ Xuân.",
                     "sections":[{"heading":"I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
                       "body":"Trong quý I, UBND huyện đã ban hành Kế hoạch CCHC năm 2024[^Kế hoạch 268/KH-UBND ngày 29/12/2023 của UBND huyện Thọ Xuân về thực hiện cải cách hành chính năm 2024] và Kế hoạch kiểm soát TTHC năm 2024[^Quyết định 320/KH-UBND ngày 12/01/2024]."},
                      {"heading":"II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
                       "body":"- Tổng số hồ sơ tiếp nhận: {3.3.1} hồ sơ; giải quyết đúng hạn {3.3.2+3.3.3} hồ sơ, đạt {pct:3.3.2+3.3.3/3.3.1}."}],
                     "signatureRole":"KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH","signer":"Nguyễn Xuân Hải",
                     "recipients":"- Như trên (để b/c);\\n- Lưu: VT, NV."}""", "reform", "demo");
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);

            HttpResponse<byte[]> docx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + "/report.docx"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("reform:demo".getBytes())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(docx.statusCode()).isEqualTo(200);
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
                String header = document.getTables().get(0).getText();
                assertThat(header).contains("UBND HUYỆN THỌ XUÂN").contains("Số: 85/BC-UBND")
                        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                        .contains("Thọ Xuân, ngày 18 tháng 3 năm 2024");
                String body = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
                assertThat(body).contains("BÁO CÁO").contains("Kính gửi: Ban Thường vụ Huyện uỷ Thọ Xuân.")
                        .contains("Tổng số hồ sơ tiếp nhận: 8.803 hồ sơ; giải quyết đúng hạn 8.626 hồ sơ, đạt 97,99%.")
                        .doesNotContain("{3.3.1}").doesNotContain("[^");
                assertThat(document.getFootnotes()).extracting(ReportDocxTest::text)
                        .anyMatch(t -> t.contains("Kế hoạch 268/KH-UBND ngày 29/12/2023"))
                        .anyMatch(t -> t.contains("Quyết định 320/KH-UBND"));
                assertThat(document.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
                XWPFTable signature = document.getTables().get(1);
                assertThat(signature.getText()).contains("Nơi nhận:").contains("Như trên (để b/c);").contains("PHÓ CHỦ TỊCH")
                        .contains("Nguyễn Xuân Hải");
                XWPFTable appendix = document.getTables().get(2);
                assertThat(appendix.getRow(0).isRepeatHeader()).isTrue();
                assertThat(appendix.getRows()).as("two header rows and the template's 165").hasSize(167);
                assertThat(appendix.getText()).contains("Số lượng hồ sơ đã tiếp nhận").contains("8.803").contains("4.167");
            }
        } finally {
            assertThat(api.send("PUT", base + "/document", "application/json", outline.toString(), "reform", "demo").status()).isEqualTo(200);
        }
    }

    @Test
    void aUnitsOwnWordTemplateReplacesTheBuiltInLayout() throws Exception {
        byte[] template;
        try (XWPFDocument doc = new XWPFDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("{authority} — Số: {number}");
            XWPFParagraph split = doc.createParagraph();
            split.createRun().setText("{place}, {da");
            split.createRun().setText("te}");
            doc.createParagraph().createRun().setText("{body}");
            doc.createParagraph().createRun().setText("Tổng hợp: {3.3.1} hồ sơ, xin lỗi {3.5}. {signature} {signer}");
            doc.write(out);
            template = out.toByteArray();
        }
        String base = "/api/v1/reports/CCHC-2024/2024-Q1/395";
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("reform:demo".getBytes());
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + "/docx-template"))
                .header("Authorization", auth).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(template)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(204);
        try {
            HttpResponse<byte[]> docx = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + "/report.docx"))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofByteArray());
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
                String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
                assertThat(text).contains("UBND HUYỆN THỌ XUÂN — Số: ").contains("Thọ Xuân, ngày ")
                        .contains("Tổng hợp: 8.803 hồ sơ, xin lỗi 56.").doesNotContain("{body}").doesNotContain("{3.3.1}")
                        .contains("II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH");
                // The seed's opening paragraph opens the body, without its editor heading.
                assertThat(text).contains("Thọ Xuân giai đoạn 2021-2025, UBND huyện Thọ Xuân báo cáo tình hình, kết quả thực hiện quý I, nhiệm vụ"
                        + " trọng tâm quý II năm 2024 như sau:\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH").doesNotContain("Mở đầu");
                // The signer's title keeps its two lines in a unit's template too.
                assertThat(text).containsPattern("KT\\. CHỦ TỊCH\\s*\\n\\s*PHÓ CHỦ TỊCH");
            }
            byte[] withoutBody;
            try (XWPFDocument doc = new XWPFDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                doc.createParagraph().createRun().setText("{authority} — Số: {number}");
                doc.write(out);
                withoutBody = out.toByteArray();
            }
            HttpResponse<String> noBody = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + "/docx-template"))
                    .header("Authorization", auth).header("Content-Type", "application/octet-stream")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(withoutBody)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(noBody.statusCode()).isEqualTo(422);
            assertThat(noBody.body()).contains("{body}");
            HttpResponse<byte[]> still = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + "/report.docx"))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofByteArray());
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(still.body()))) {
                assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")))
                        .as("the refused template replaced nothing").contains("Tổng hợp: 8.803 hồ sơ");
            }
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + "/docx-template"))
                    .header("Authorization", auth).header("Content-Type", "application/octet-stream")
                    .PUT(HttpRequest.BodyPublishers.ofString("không phải Word")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(422);
        } finally {
            http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base + "/docx-template")).header("Authorization", auth)
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String text(XWPFFootnote footnote) {
        return footnote.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining(" "));
    }
}
