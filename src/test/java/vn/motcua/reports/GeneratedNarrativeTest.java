package vn.motcua.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * The narrative MotCua writes for a period from its records, read as the officer who starts from it
 * would: the district's first quarter of 2024 with the seed's plans in footnotes, its late dossiers and
 * the tasks due next; a commune of the two-tier government that never calls itself a district; and a
 * unit's own saved text, which MotCua never writes over.
 */
@DemoSystemTest
class GeneratedNarrativeTest {

    private static final String DISTRICT_Q1_2024 = "/api/v1/reports/CCHC-2024/2024-Q1/395";
    /** A commune of the two-tier government whose quarter no other test writes or sends. */
    private static final String XA_THO_LAP_Q3_2026 = "/api/v1/reports/CCHC-2025/2026-Q3/15568";

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    vn.motcua.units.PublicRegister register;

    @Test
    void theDistrictsFirstQuarterOf2024CitesItsPlansNamesItsLateDossiersAndListsTheTasksDueNextQuarter() {
        ApiClient api = new ApiClient(port);
        JsonNode draft = api.get(DISTRICT_Q1_2024 + "/document/draft", "reform", "demo").json();
        List<String> headings = new ArrayList<>();
        draft.get("sections").forEach(s -> headings.add(s.get("heading").asText()));
        assertThat(headings).containsExactly("Mở đầu", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
                "III. ĐÁNH GIÁ CHUNG", "IV. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024");
        // The opening paragraph reports under the district's plan of the year, as the task register holds it.
        assertThat(body(draft, 0)).isEqualTo("Thực hiện Kế hoạch số 268/KH-UBND ngày 29/12/2023 của UBND huyện Thọ Xuân về thực hiện cải"
                + " cách hành chính năm 2024, UBND huyện Thọ Xuân báo cáo tình hình, kết quả thực hiện cải cách hành chính, cải thiện môi"
                + " trường đầu tư kinh doanh quý I, nhiệm vụ trọng tâm quý II năm 2024 như sau:");

        String direction = body(draft, 1);
        // The seed's nine footnotes, each with its number, date, issuer and title.
        assertThat(direction).contains("UBND huyện đã ban hành Kế hoạch về thực hiện cải cách hành chính năm 2024[^Kế hoạch 268/KH-UBND"
                + " ngày 29/12/2023 của UBND huyện Thọ Xuân về thực hiện cải cách hành chính năm 2024]")
                .contains("[^Kế hoạch 320/KH-UBND ngày 12/01/2024 của UBND huyện Thọ Xuân về kiểm soát thủ tục hành chính năm 2024]")
                .contains("[^Kế hoạch 254/KH-UBND ngày 12/12/2023").contains("[^Kế hoạch 06/KH-UBND ngày 11/01/2024")
                .contains("[^Kế hoạch 38/KH-UBND ngày 21/02/2024").contains("[^Kế hoạch 35/KH-UBND ngày 21/02/2024")
                .contains("[^Kế hoạch 24/KH-UBND ngày 31/01/2024")
                .contains("Chủ tịch UBND huyện đã ban hành Công văn về việc quán triệt, triển khai kết luận của Ban Chỉ đạo cải cách hành"
                        + " chính của Chính phủ tại Phiên họp thứ sáu[^Công văn 4072/UBND-NV ngày 21/12/2023 của Chủ tịch UBND huyện")
                .contains("[^Công văn 541/UBND-NV ngày 28/02/2024")
                // The province's decision is implemented, not issued, by the district: no footnote of its own in I.
                .doesNotContain("[^Quyết định 4912/QĐ-UBND")
                // The tasks of the plan stay live figures of the appendix.
                .contains("Kế hoạch cải cách hành chính năm 2024 đề ra {1.1.1| nhiệm vụ}; đến hết kỳ báo cáo đã hoàn thành {1.1.2| nhiệm vụ}")
                .contains("kiểm tra thực hiện cải cách hành chính và chấp hành kỷ luật, kỷ cương hành chính tại UBND cấp xã (ngày 05/03/2024)");
        assertThat(body(draft, 2)).contains("Tổ chức thực hiện Quyết định 4912/QĐ-UBND ngày 22/12/2023 của UBND tỉnh Thanh Hóa")
                .contains("Tổng số hồ sơ tiếp nhận quý I năm 2024: {3.3.1| hồ sơ}");

        long late = api.get("/api/v1/dossiers/measures/dossiers.resolvedLate?unitCode=395&from=2023-12-15&to=2024-03-15", "reform", "demo")
                .json().get("value").asLong();
        String assessment = body(draft, 3);
        if (late > 0) {
            assertThat(assessment).contains("- Còn {dossiers.resolvedLate| hồ sơ} giải quyết quá hạn, chiếm"
                    + " {pct:dossiers.resolvedLate/dossiers.resolved} số hồ sơ đã giải quyết").containsPattern("nhiều nhất tại (xã|thị trấn) ");
        } else {
            assertThat(assessment).doesNotContain("giải quyết quá hạn");
        }
        // Of the inspection of 05/03/2024, two findings were still open on 14/03/2024.
        assertThat(assessment).contains("Còn {inspections.unresolved| vấn đề} phát hiện qua kiểm tra chưa được xử lý xong: một số hồ sơ trễ"
                + " hạn chưa có văn bản xin lỗi; chưa số hóa kết quả giải quyết thủ tục hành chính.").contains("[Gợi ý: nêu nguyên nhân");

        String next = body(draft, 4);
        assertThat(next.split("\n\n")).hasSize(9).allMatch(item -> item.matches("\\d\\. .+ \\(chủ trì: .+; hạn \\d\\d/0[456]/2024\\)\\./?\\.?"));
        assertThat(next).startsWith("1. Báo cáo kết quả thực hiện giao biên chế công chức, số lượng người làm việc năm 2024 (chủ trì: Phòng"
                + " Nội vụ huyện Thọ Xuân; hạn 30/04/2024).")
                .contains(". Hoàn thiện hồ sơ sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025 (chủ trì: Phòng Nội vụ huyện Thọ Xuân;"
                        + " hạn 31/05/2024).")
                .contains("Tổ chức đối thoại của Chủ tịch UBND huyện với người dân, doanh nghiệp")
                // Done by 12/03/2024, before the quarter's window closed; due in September: neither is next quarter's.
                .doesNotContain("Rà soát thủ tục hành chính thuộc thẩm quyền của tỉnh").doesNotContain("tại các phòng, ban chuyên môn")
                .endsWith("(chủ trì: Phòng Tài chính - Kế hoạch huyện Thọ Xuân; hạn 30/06/2024)./.");
    }

    @Test
    void aCommuneOfTheTwoTierGovernmentGetsItsOwnQuarterInWordAndIsAskedForWhatTheRecordsCannotSay() throws Exception {
        ApiClient api = new ApiClient(port);
        String word;
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download(XA_THO_LAP_Q3_2026 + "/report.docx", "reform")));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            word = extractor.getText().replaceAll("\\s+", " ");
        }
        assertThat(word).contains("III. ĐÁNH GIÁ CHUNG").contains("IV. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2026")
                .contains("Tổng số hồ sơ giải quyết đúng hạn quý III năm 2026: ").contains("Số TTHC cấp xã đang áp dụng: ")
                .contains("toàn xã huy động được").doesNotContain("{");
        assertThat(word.toLowerCase()).doesNotContain("huyện");
        assertThat(word.replace("…/BC-UBND", "")).doesNotContain("…");
        long late = api.get("/api/v1/dossiers/measures/dossiers.resolvedLate?unitCode=15568&from=2026-06-15&to=2026-09-15", "reform",
                "demo").json().get("value").asLong();
        if (late > 0) {
            assertThat(word).containsPattern("Còn [\\d.]+ hồ sơ giải quyết quá hạn, chiếm \\d+,\\d+% số hồ sơ đã giải quyết");
        }
        assertThat(word).contains("[Gợi ý: nêu nguyên nhân");

        String pdf = pdfText(XA_THO_LAP_Q3_2026 + "/report.pdf", "reform");
        assertThat(pdf.toLowerCase()).doesNotContain("huyện");
        assertThat(pdf).contains("[Gợi ý: chưa có văn bản chỉ đạo, điều hành cải cách hành chính nào của UBND xã ban hành trong quý III năm"
                + " 2026");

        // The requests keep the report from going up, each section named with the editor's link.
        ApiClient.Answer refused = api.post(XA_THO_LAP_Q3_2026 + "/submit", "", "reform", "demo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Mục I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH của văn bản báo cáo còn phần gợi ý")
                .contains("Mục III. ĐÁNH GIÁ CHUNG của văn bản báo cáo còn phần gợi ý");
    }

    @Test
    void aUnitsSavedTextIsItsOwnAndTheNextPeriodStartsFromIt() {
        ApiClient api = new ApiClient(port);
        String base = "/api/v1/reports/CCHC-2025/2026-Q1/15520";
        JsonNode draft = api.get(base + "/document", "reform", "demo").json();
        assertThat(draft.get("saved").asBoolean()).isFalse();
        assertThat(body(draft, 1)).contains("1. Việc xây dựng và tổ chức thực hiện các văn bản chỉ đạo điều hành về cải cách hành chính");
        ((tools.jackson.databind.node.ObjectNode) draft.get("sections").get(3)).put("body", "1. Những kết quả đạt được\n\nXã tự viết.");
        assertThat(body(draft, 2)).contains("Tổng số hồ sơ tiếp nhận quý I năm 2026: {3.3.1| hồ sơ}");
        assertThat(api.send("PUT", base + "/document", "application/json", draft.toString(), "reform", "demo").status()).isEqualTo(200);

        assertThat(body(api.get(base + "/document", "reform", "demo").json(), 3)).isEqualTo("1. Những kết quả đạt được\n\nXã tự viết.");
        JsonNode next = api.get("/api/v1/reports/CCHC-2025/2026-Q2/15520/document", "reform", "demo").json();
        assertThat(body(next, 3)).isEqualTo("1. Những kết quả đạt được\n\nXã tự viết.");
        assertThat(next.get("title").asText()).endsWith("quý II, nhiệm vụ trọng tâm quý III năm 2026");
        assertThat(body(next, 0)).endsWith("báo cáo tình hình, kết quả thực hiện cải cách hành chính, cải thiện môi trường đầu tư kinh doanh"
                + " quý II, nhiệm vụ trọng tâm quý III năm 2026 như sau:");
        // The periods the carried text names move on with it: this quarter's figures are never printed under the last one's name.
        assertThat(body(next, 2)).contains("Tổng số hồ sơ tiếp nhận quý II năm 2026: {3.3.1| hồ sơ}").doesNotContain("quý I năm 2026");
        assertThat(next.get("sections").get(4).get("heading").asText()).isEqualTo("IV. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2026");
        // What MotCua would write is still there to compare with.
        assertThat(body(api.get("/api/v1/reports/CCHC-2025/2026-Q2/15520/document/draft", "reform", "demo").json(), 3))
                .startsWith("1. Những kết quả đạt được").contains("2. Những tồn tại, hạn chế, nguyên nhân");
    }

    /**
     * A commune sends its quarter without ever saving the text, which it took over from the quarter before: the text it
     * went up with is kept, and neither a later edit of the earlier quarter nor the approval writes it again.
     */
    @Test
    void aReportSentWithoutSavingItsTextKeepsTheTextItWentUpWith() {
        ApiClient api = new ApiClient(port);
        String earlier = "/api/v1/reports/CCHC-2024/2022-Q3/15502";
        String sent = "/api/v1/reports/CCHC-2024/2022-Q4/15502";
        vn.motcua.indicators.ReportCompletion.complete(api, "CCHC-2024/2022-Q3/15502", "reporter2");
        JsonNode shown = api.get(sent + "/document", "reporter2", "demo").json();
        assertThat(shown.get("saved").asBoolean()).as("taken over from the quarter before, never saved").isFalse();
        tools.jackson.databind.node.ObjectNode blanks = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        api.get(sent, "reporter2", "demo").json().get("rows").forEach(r -> {
            if (r.get("required").asBoolean() && r.get("value").isNull()) {
                blanks.put(r.get("key").asText(), 0);
            }
        });
        assertThat(api.send("PUT", sent + "/values", "application/json", "{\"values\":" + blanks + "}", "reporter2", "demo").status())
                .isEqualTo(200);
        ApiClient.Answer submitted = api.post(sent + "/submit", "", "reporter2", "demo");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

        JsonNode kept = api.get(sent + "/document", "reporter2", "demo").json();
        assertThat(kept.get("saved").asBoolean()).as("kept as it went up").isTrue();
        assertThat(kept.get("sections")).isEqualTo(shown.get("sections"));

        JsonNode edited = api.get(earlier + "/document", "reporter2", "demo").json();
        ((tools.jackson.databind.node.ObjectNode) edited.get("sections").get(2)).put("body", "Xã viết lại sau khi đã gửi quý IV.");
        assertThat(api.send("PUT", earlier + "/document", "application/json", edited.toString(), "reporter2", "demo").status()).isEqualTo(200);
        // An approved report carries its number: the approver writes it in the kept text, its sections untouched.
        JsonNode numbered = api.get(sent + "/document", "reform", "demo").json();
        ((tools.jackson.databind.node.ObjectNode) numbered).put("number", "77/BC-UBND");
        assertThat(api.send("PUT", sent + "/document", "application/json", numbered.toString(), "reform", "demo").status()).isEqualTo(200);
        assertThat(api.post(sent + "/approve", "", "reform", "demo").json().get("status").asText()).isEqualTo("APPROVED");
        JsonNode approved = api.get(sent + "/document", "reform", "demo").json();
        assertThat(approved.get("sections")).isEqualTo(shown.get("sections"));
        assertThat(body(approved, 2)).doesNotContain("Xã viết lại");
    }

    /**
     * A commune sends its quarter without ever saving the text, whose sentence counts the quarter's inspections from the
     * task register, and the province approves it: an inspection of that quarter recorded afterwards is in the records
     * (the draft MotCua would write now lists it), but the approved report, its Word and its PDF still say what the
     * approver read.
     */
    @Test
    void anApprovedReportKeepsTheFiguresItsApproverReadWhateverTheRecordsSayLater() throws Exception {
        ApiClient api = new ApiClient(port);
        String earlier = "/api/v1/reports/CCHC-2024/2021-Q3/15502";
        String sent = "/api/v1/reports/CCHC-2024/2021-Q4/15502";
        vn.motcua.indicators.ReportCompletion.complete(api, "CCHC-2024/2021-Q3/15502", "reporter2");
        JsonNode before = api.get(earlier + "/document", "reporter2", "demo").json();
        ((tools.jackson.databind.node.ObjectNode) before.get("sections").get(2)).put("body",
                body(before, 2) + " Trong kỳ, UBND xã đã tổ chức {inspections.held| cuộc kiểm tra} cải cách hành chính.");
        assertThat(api.send("PUT", earlier + "/document", "application/json", before.toString(), "reporter2", "demo").status())
                .isEqualTo(200);
        JsonNode report = api.get(sent, "reporter2", "demo").json();
        tools.jackson.databind.node.ObjectNode blanks = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        report.get("rows").forEach(r -> {
            if (r.get("required").asBoolean() && r.get("value").isNull()) {
                blanks.put(r.get("key").asText(), 0);
            }
        });
        assertThat(api.send("PUT", sent + "/values", "application/json", "{\"values\":" + blanks + "}", "reporter2", "demo").status())
                .isEqualTo(200);
        assertThat(api.get(sent + "/document", "reporter2", "demo").json().get("saved").asBoolean()).as("never saved").isFalse();
        ApiClient.Answer submitted = api.post(sent + "/submit", "", "reporter2", "demo");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        // An approved report is issued with its number: the approver writes it into the text kept at submission,
        // whose sections (and the figures kept with them) are left as they went up.
        JsonNode kept = api.get(sent + "/document", "reform", "demo").json();
        assertThat(kept.get("saved").asBoolean()).as("kept as it went up").isTrue();
        ((tools.jackson.databind.node.ObjectNode) kept).put("number", "215/BC-UBND");
        assertThat(api.send("PUT", sent + "/document", "application/json", kept.toString(), "reform", "demo").status()).isEqualTo(200);
        ApiClient.Answer approval = api.post(sent + "/approve", "", "reform", "demo");
        assertThat(approval.status()).as(approval.body()).isEqualTo(200);
        assertThat(approval.json().get("status").asText()).isEqualTo("APPROVED");

        String approvedWord = docxText(sent + "/report.docx");
        java.util.regex.Matcher read = java.util.regex.Pattern.compile("đã tổ chức (\\d+) cuộc kiểm tra").matcher(approvedWord);
        assertThat(read.find()).as(approvedWord).isTrue();
        String approvedPdf = pdfText(sent + "/report.pdf", "reform");
        assertThat(approvedPdf).contains("đã tổ chức " + read.group(1) + " cuộc kiểm tra");

        String held = report.get("windowFrom").asText();
        ApiClient.Answer inspection = api.post("/api/v1/inspections", """
                {"unitCode":"15502","title":"Kiểm tra công vụ ghi nhận sau khi duyệt báo cáo","heldOn":"%s","discipline":false,
                 "agencyCodes":["%s"]}""".formatted(java.time.LocalDate.parse(held).plusDays(10), register.agencies().stream()
                .filter(a -> a.unitCode().equals("15502")).findFirst().orElseThrow().code()), "reform", "demo");
        assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
        assertThat(api.get(sent + "/document/draft", "reform", "demo").body()).as("the records now hold it")
                .contains("công vụ ghi nhận sau khi duyệt báo cáo");

        assertThat(docxText(sent + "/report.docx")).contains("đã tổ chức " + read.group(1) + " cuộc kiểm tra").isEqualTo(approvedWord);
        assertThat(pdfText(sent + "/report.pdf", "reform")).contains("đã tổ chức " + read.group(1) + " cuộc kiểm tra");
    }

    private String docxText(String path) throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download(path, "reform")));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
    }

    private static String body(JsonNode document, int section) {
        return document.get("sections").get(section).get("body").asText();
    }

    private byte[] download(String path, String username) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return response.body();
    }

    private String pdfText(String path, String username) throws Exception {
        try (PDDocument file = Loader.loadPDF(download(path, username))) {
            return new PDFTextStripper().getText(file).replaceAll("\\s+", " ");
        }
    }
}
