package vn.motcua.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * What the QA walk of the fresh demo (02/12/2026) found on the leader's report, dashboard and editor pages, as the
 * leader sees them now: a dissolved district offered only the periods it existed in and told plainly when a period
 * is after its end; quarters without records saying so instead of 0 and 0%; the narrative editor showing figures,
 * not their marks.
 */
@DemoSystemTest
class QaWalkPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    org.springframework.context.MessageSource messages;

    private String page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(user(accounts.loadUserByUsername("leader")))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    /** The period chooser's options: their codes, in order. */
    private static List<String> periodsOffered(String html) {
        Matcher select = Pattern.compile("(?s)<select[^>]*name=\"period\"[^>]*>(.*?)</select>").matcher(html);
        assertThat(select.find()).as("the period chooser").isTrue();
        List<String> codes = new ArrayList<>();
        Matcher option = Pattern.compile("<option[^>]*value=\"([^\"]+)\"").matcher(select.group(1));
        while (option.find()) {
            codes.add(option.group(1));
        }
        return codes;
    }

    @Test
    void theDissolvedDistrictIsOfferedOnlyThePeriodsItExistedIn() throws Exception {
        String form = page("/reports/CCHC-2024/2025-Q2/395");
        List<String> offered = periodsOffered(form);
        assertThat(offered).contains("2025-Q2", "2025-H1", "2024-Q1", "2024")
                .as("periods whose window ends after 30/06/2025").doesNotContain("2026", "2026-Q3", "2025-Q3", "2025");
        // Today's commune is offered today's periods.
        assertThat(periodsOffered(page("/reports/CCHC-2025/2026-Q3/15553"))).contains("2026-Q3", "2025-Q3").doesNotContain("2025-Q2");
    }

    @Test
    void aPeriodAfterTheDistrictEndedIsSaidSoWithBothDatesOrItsCreation() throws Exception {
        var leader = user(accounts.loadUserByUsername("leader"));
        MvcResult chosen = mvc.perform(get("/reports").param("unitCode", "395").param("period", "2026-Q3").with(leader)).andReturn();
        assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/reports/CCHC-2024/2025-Q2/395");
        // The form says it with the flashed names (indicators/form.html renders choice.unit.not-in-period with them).
        Object[] said = ((List<?>) chosen.getFlashMap().get("notInPeriod")).toArray();
        assertThat(messages.getMessage("choice.unit.not-in-period", said, java.util.Locale.forLanguageTag("vi")))
                .isEqualTo("Huyện Thọ Xuân không có trong Quý III năm 2026: đơn vị này có hiệu lực từ khi thành lập đến 30/06/2025."
                        + " Đang hiển thị Quý II năm 2025.");

        // The direct address of a report after the district's end names its end and who carries it on, not a template.
        for (String url : List.of("/reports/CCHC-2024/2026-Q3/395", "/reports/CCHC-2025/2026-Q3/395")) {
            MvcResult direct = mvc.perform(get(url).with(leader)).andReturn();
            assertThat(direct.getResponse().getStatus()).as(url).isEqualTo(404);
            assertThat(direct.getResponse().getContentAsString()).as(url)
                    .contains("Huyện Thọ Xuân đã kết thúc hiệu lực ngày 30/06/2025 (nay thuộc Tỉnh Thanh Hóa), nên không có báo cáo"
                            + " Quý III năm 2026. Báo cáo cuối cùng của đơn vị là báo cáo Quý II năm 2025.")
                    .doesNotContain("template").doesNotContain("CCHC-2024 không áp dụng");
        }
        // A former commune names the commune it merged into.
        MvcResult merged = mvc.perform(get("/reports/CCHC-2025/2026-Q3/15493").with(leader)).andReturn();
        assertThat(merged.getResponse().getContentAsString()).contains("Xã Xuân Hồng đã kết thúc hiệu lực ngày 30/06/2025 (nay thuộc Xã Thọ Xuân)");
    }

    /** The rows of the dashboard's table by period: the row's text with the tags taken out. */
    private static List<String> seriesRows(String html) {
        Matcher table = Pattern.compile("(?s)<table[^>]*id=\"series\"[^>]*>(.*?)</table>").matcher(html);
        assertThat(table.find()).isTrue();
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("(?s)<tr>(.*?)</tr>").matcher(table.group(1).substring(table.group(1).indexOf("<tbody>")));
        while (row.find()) {
            rows.add(row.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim());
        }
        return rows;
    }

    @Test
    void quartersWithoutRecordsSaySoAndNoRateIsComputedWithoutADenominator() throws Exception {
        List<String> district = seriesRows(page("/dashboard?unitCode=395&period=2025-Q2"));
        assertThat(district).hasSize(6);
        assertThat(district.get(0)).startsWith("Quý I năm 2024 8.803 ");
        // Q2/2024 of the district has records (other tests import dossiers of that quarter into some of its communes).
        assertThat(district.get(1)).startsWith("Quý II năm 2024 ").doesNotContain("Chưa có số liệu");
        for (String quarter : district.subList(2, 6)) {
            assertThat(quarter).endsWith("Chưa có số liệu: không có hồ sơ nào được tiếp nhận hay giải quyết trong kỳ")
                    .doesNotContain("%").doesNotContain(" 0 ");
        }
        // Xã Xuân Thiên, a commune of the district no test adds dossiers to: in Q2/2024 nothing received, 3 of the seed quarter's
        // dossiers resolved, each late (after its appointment): 0 of 3 on time, and no online rate without a dossier received.
        List<String> commune = seriesRows(page("/dashboard?unitCode=15559&period=2025-Q2"));
        assertThat(commune).hasSize(6);
        assertThat(commune.get(0)).startsWith("Quý I năm 2024 ");
        assertThat(commune.get(1)).isEqualTo("Quý II năm 2024 0 3 0 0% — 0");
        for (String quarter : commune.subList(2, 6)) {
            assertThat(quarter).endsWith("Chưa có số liệu: không có hồ sơ nào được tiếp nhận hay giải quyết trong kỳ")
                    .doesNotContain("%").doesNotContain(" 0 ");
        }
        String province = mvc.perform(get("/dashboard?unitCode=38&period=2026-Q3").with(user(accounts.loadUserByUsername("reform"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(province).contains("Quý II năm 2025");
        assertThat(province).contains("id=\"series-legend\"");
        for (String quarter : seriesRows(province)) {
            assertThat(quarter).doesNotContainPattern("Quý [IV]+ năm \\d{4} 0 0 0");
            // A rate carries two decimals whenever it has any: 56,40% beside 59,04%, never 56,4%.
            assertThat(quarter).doesNotContainPattern("\\d,\\d%");
        }
    }

    @Test
    void theEditorShowsTheOfficerFiguresNotTheirMarks() throws Exception {
        String editor = page("/reports/CCHC-2025/2026-Q3/15553/document");
        Matcher readings = Pattern.compile("(?s)<div class=\"border rounded p-2 mb-1 reading\"[^>]*>(.*?)</div>").matcher(editor);
        int sections = 0;
        StringBuilder read = new StringBuilder();
        while (readings.find()) {
            sections++;
            // What the officer reads: the text without the tags, and without the tooltips (attributes) that name the marks.
            read.append(readings.group(1).replaceAll("<[^>]+>", "")).append('\n');
        }
        assertThat(sections).isGreaterThan(3);
        assertThat(read.toString()).doesNotContain("{pct:").doesNotContain("{2.1").doesNotContain("{investment").doesNotContain("{");
        // Rates read as on the dashboard, two decimals whenever they have any: "73,40%", not "73,4%".
        assertThat(read.toString()).containsPattern("\\d,\\d\\d%").doesNotContainPattern("\\d,\\d%");
        // The on-time rate is shown as its value, highlighted, with the mark it is stored as only in the tooltip.
        Matcher rate = Pattern.compile("<mark\\s+class=\"figure-chip[^\"]*\" title=\"([^\"]*)\" data-mark=\"\\{pct:dossiers\\.resolvedOnTime/"
                + "dossiers\\.resolved\\}\"><span class=\"visually-hidden\">[^<]*</span>([^<]*)</mark>").matcher(editor);
        assertThat(rate.find()).as("the on-time rate's chip").isTrue();
        assertThat(rate.group(2)).matches("\\d{1,3}(,\\d\\d)?%");
        assertThat(rate.group(1)).contains("mã trong văn bản: {pct:dossiers.resolvedOnTime/dossiers.resolved}");
        Matcher help = Pattern.compile("<p class=\"small text-muted\" id=\"editor-help\">([^<]*)</p>").matcher(editor);
        assertThat(help.find()).isTrue();
        assertThat(help.group(1)).doesNotContain("{").contains("di chuột hoặc chạm vào một số");
        // The stored form stays editable, the marks kept, for the officer who opens a section to edit it.
        assertThat(editor).containsPattern("(?s)<textarea[^>]*id=\"body\\d+\"[^>]*>[^<]*\\{pct:dossiers\\.resolvedOnTime/dossiers\\.resolved\\}");
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void anApprovedReportCarriesItsNumberAndTheApprovalAsksForIt() throws Exception {
        ApiClient api = new ApiClient(port);
        String path = "/api/v1/reports/CCHC-2024/2023-Q4/15493";
        vn.motcua.indicators.ReportCompletion.complete(api, "CCHC-2024/2023-Q4/15493", "reporter");
        // The commune sends it before its office numbers it, as it may ("Số: …/BC-UBND" left blank).
        JsonNode document = api.get(path + "/document", "reporter", "demo").json();
        ((tools.jackson.databind.node.ObjectNode) document).put("number", "      /BC-UBND");
        assertThat(api.send("PUT", path + "/document", "application/json", document.toString(), "reporter", "demo").status()).isEqualTo(200);
        ApiClient.Answer submitted = api.post(path + "/submit", "", "reporter", "demo");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);

        ApiClient.Answer refused = api.post(path + "/approve", "", "reform", "demo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Chưa phê duyệt được báo cáo").contains("Số ký hiệu của văn bản báo cáo (“Số: …/BC-UBND”) còn trống");
        assertThat(api.get(path, "reform", "demo").json().get("status").asText()).isEqualTo("SUBMITTED");
        // The approver is told on the report's page, with the link to the document's number.
        String form = mvc.perform(get("/reports/CCHC-2024/2023-Q4/15493").with(user(accounts.loadUserByUsername("reform")))).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("Báo cáo chỉ phê duyệt được khi đủ:").contains("/reports/CCHC-2024/2023-Q4/15493/document#number");

        JsonNode numbered = api.get(path + "/document", "reform", "demo").json();
        ((tools.jackson.databind.node.ObjectNode) numbered).put("number", "31/BC-UBND");
        assertThat(api.send("PUT", path + "/document", "application/json", numbered.toString(), "reform", "demo").status()).isEqualTo(200);
        assertThat(api.post(path + "/approve", "", "reform", "demo").json().get("status").asText()).isEqualTo("APPROVED");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(api.download(path + "/report.pdf", "reform", "demo").body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Số: 31/BC-UBND")
                    .contains("Kèm theo Báo cáo số 31/BC-UBND");
        }
    }

    @Test
    void theDemosApprovedReportPrintsItsNumberInWordAndPdf() throws Exception {
        ApiClient api = new ApiClient(port);
        String report = "/api/v1/reports/CCHC-2025/2026-Q3/15499";
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(api.download(report + "/report.pdf", "thoxuan", "demo").body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Số: 215/BC-UBND")
                    .contains("Kèm theo Báo cáo số 215/BC-UBND");
        }
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(api.download(report + "/report.docx", "thoxuan", "demo").body()));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
            assertThat(text.getText().replaceAll("\\s+", " ")).contains("Số: 215/BC-UBND").contains("Kèm theo Báo cáo số 215/BC-UBND");
        }
    }

    @Test
    void theHistoryReadsInWordsAndVietnameseNumbers() throws Exception {
        // The history shows its newest entries first, a page at a time, and other tests of the run score, publish and sign
        // plenty: each entry looked for is searched for by its words (Từ khóa), as an administrator would.
        String district = audit("reformindex_scorecard", "Huyện Thọ Xuân 2023");
        assertThat(district).contains("Huyện Thọ Xuân 2023: 90,17 điểm").doesNotContain("90.17 điểm");
        assertThat(district.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")).contains("Đơn vị — Huyện Thọ Xuân")
                .doesNotContain("Đơn vị — 395");
        // Xã Thọ Xuân's published 2026 index is partly computed from the demo's records of the year as they stood on the day
        // the demo was loaded (which a test context travelling in time may do first, on 02/03/2026): the history must name
        // the score the scorecard holds, written the Vietnamese way.
        java.math.BigDecimal published = new java.math.BigDecimal(new ApiClient(port).get("/api/v1/reform-index/2026/15499", "reform", "demo")
                .json().get("finalScore").asText()).setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(published.stripTrailingZeros().scale()).as("a score with decimals, so the separator shows").isPositive();
        assertThat(audit("reformindex_scorecard", "Xã Thọ Xuân 2026"))
                .contains("Xã Thọ Xuân 2026: " + published.toPlainString().replace('.', ',') + " điểm")
                .doesNotContain(published.toPlainString() + " điểm");
        assertThat(audit("certificate", "Ký số báo cáo CCHC quý III năm 2026 của Xã Thọ Xuân"))
                .contains("Ký số báo cáo CCHC quý III năm 2026 của Xã Thọ Xuân bằng chứng thư");
        // Every signature on the newest page reads in words, never as the report's key.
        assertThat(audit("certificate", "Ký số")).contains("Ký số báo cáo").doesNotContain("Ký số report/");
    }

    /** The administrator's history page for an entity type and the words searched for. */
    private String audit(String entityType, String text) throws Exception {
        MvcResult result = mvc.perform(get("/admin/audit").param("entityType", entityType).param("text", text)
                .with(user(accounts.loadUserByUsername("admin")))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
