package vn.motcua.reformindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;
import vn.motcua.reports.ReportDocuments;
import vn.motcua.shared.SystemActor;

/**
 * The demo's reform index as the seed tells it: Huyện Thọ Xuân's 2023 index published at 90,17 points,
 * "xuất sắc", its computed criteria equal to the dossiers' own counts, its judged ones marked illustrative;
 * the index cited in section II.8 of the district's report of Q1 2024; Xã Thọ Xuân's 2025 self-assessment
 * under the two-tier set; the self-assessment as PDF and the province's result table as XLSX.
 */
@DemoSystemTest
class ReformIndexDemoTest {

    @LocalServerPort
    int port;

    @Autowired
    ReportDocuments reports;

    @Autowired
    PublishedIndexes published;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    private JsonNode api(String path) {
        ApiClient.Answer answer = new ApiClient(port).get(path, "reform", "demo");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode criterion(JsonNode card, String key) {
        return StreamSupport.stream(card.get("criteria").spliterator(), false).filter(c -> c.get("key").asText().equals(key)).findFirst()
                .orElseThrow();
    }

    private BigDecimal measure(String name, String unit, String from, String to, String filters) {
        return api("/api/v1/dossiers/measures/" + name + "?unitCode=" + unit + "&from=" + from + "&to=" + to + filters).get("value")
                .decimalValue();
    }

    @Test
    void thoXuansIndexOf2023IsPublishedAt9017ExcellentWithComputedCriteriaFromTheDossiers() {
        JsonNode card = api("/api/v1/reform-index/2023/395");
        assertThat(card.get("set").asText()).isEqualTo("Bộ Chỉ số CCHC cấp huyện năm 2023");
        assertThat(card.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(card.get("finalScore").decimalValue()).isEqualByComparingTo("90.17");
        assertThat(card.get("classification").asText()).isEqualTo("EXCELLENT");

        // a computed criterion is the dossiers' own count: resolved on time over resolved in 2023, in percent
        BigDecimal onTime = measure("dossiers.resolvedOnTime", "395", "2023-01-01", "2024-01-01", "");
        BigDecimal resolved = measure("dossiers.resolved", "395", "2023-01-01", "2024-01-01", "");
        assertThat(resolved).isPositive();
        assertThat(criterion(card, "3.1").get("figure").decimalValue())
                .isEqualByComparingTo(onTime.multiply(BigDecimal.valueOf(100)).divide(resolved, 2, RoundingMode.HALF_UP));
        BigDecimal online = measure("dossiers.received", "395", "2023-01-01", "2024-01-01", "&channel=ONLINE_PARTIAL,ONLINE_FULL");
        BigDecimal received = measure("dossiers.received", "395", "2023-01-01", "2024-01-01", "");
        assertThat(criterion(card, "3.2").get("figure").decimalValue())
                .isEqualByComparingTo(online.multiply(BigDecimal.valueOf(100)).divide(received, 2, RoundingMode.HALF_UP));

        // what the unit judged is illustrative and says so; what the records give carries no such comment
        StreamSupport.stream(card.get("criteria").spliterator(), false).filter(c -> !c.get("computed").asBoolean())
                .forEach(c -> assertThat(c.get("comment").asText()).as(c.get("key").asText()).startsWith("Minh họa"));
        assertThat(criterion(card, "3.1").get("comment").isNull()).isTrue();

        JsonNode ranking = api("/api/v1/reform-index/2023?unitCode=38");
        assertThat(ranking).singleElement().satisfies(r -> {
            assertThat(r.get("unitName").asText()).isEqualTo("Huyện Thọ Xuân");
            assertThat(r.get("kind").asText()).isEqualTo("DISTRICT");
            assertThat(r.get("rank").asInt()).isEqualTo(1);
        });
    }

    /** QA 02/12/2026: Xã Sao Vàng's 2026 index offered the dissolved district's 2024 plans as evidence; its set's title said "(tập con minh họa)". */
    @Test
    void aCommunesEvidenceIsChosenFromItsOwnDocumentsOfTheYearNotTheDissolvedDistricts() throws Exception {
        String page = mvc.perform(get("/reform-index/2026/15553").with(user(accounts.loadUserByUsername("leader")))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Bộ Chỉ số CCHC cấp xã năm 2026").doesNotContain("tập con minh họa");
        int at = page.indexOf("name=\"documentId\"");
        assertThat(at).as("the leader may attach a document").isPositive();
        String offered = page.substring(at, page.indexOf("</select>", at));
        // The commune's own plan of 2026 and its letter of 2026; not its plan of 2025, nor the dissolved district's of 2024.
        assertThat(offered).contains("Kế hoạch 22/KH-UBND", "Công văn 61/UBND-VP")
                .doesNotContain("72/KH-UBND", "48/KH-UBND", "35/KH-UBND", "38/KH-UBND", "612/UBND-NV");
    }

    @Test
    void theScorecardShowsTheUnitsIndexOverTheYears() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        String district = mvc.perform(get("/reform-index/2023/395").with(reform)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String trend = district.substring(district.indexOf("id=\"trend\""), district.indexOf("</section>", district.indexOf("id=\"trend\"")));
        assertThat(trend).contains("Chỉ số qua các năm", ">2023<", "90,17/100 điểm", "Xuất sắc", "1/1 đơn vị");
        String commune = mvc.perform(get("/reform-index/2025/15499").with(reform)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String communeTrend = commune.substring(commune.indexOf("id=\"trend\""), commune.indexOf("</section>", commune.indexOf("id=\"trend\"")));
        assertThat(communeTrend).as("the published 2026 index is listed; 2025, still awaiting appraisal, is not").contains(">2026<")
                .doesNotContain(">2025<");
    }

    /**
     * Every score is read against its maximum and every share carries its per cent sign, in Vietnamese number format:
     * the self-assessment "61,5/70 điểm", a percentage figure "98,23%", the ranking's "90,17/100 điểm" and "90,17%".
     */
    @Test
    void scoresShowTheirMaximumAndSharesTheirPercentSign() throws Exception {
        var reform = user(accounts.loadUserByUsername("reform"));
        String card = mvc.perform(get("/reform-index/2023/395").with(reform)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(card).containsPattern("id=\"self-score\">\\d+(,\\d+)?/70 điểm<").contains(">98,23%<");
        String ranking = mvc.perform(get("/reform-index/2023/ranking").param("unitCode", "38").with(reform)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ranking).contains(">90,17/100 điểm<").contains(">90,17%<");
    }

    @Test
    void theDistrictsReportOfTheFirstQuarterOf2024CitesItsIndexOf2023InSectionEight() {
        assertThat(published.lastBefore("395", 2024)).hasValueSatisfying(index -> {
            assertThat(index.year()).isEqualTo(2023);
            assertThat(index.finalScore()).isEqualByComparingTo("90.17");
            assertThat(index.classification()).isEqualTo(Classification.EXCELLENT);
        });
        assertThat(published.lastBefore("395", 2023)).as("not before it was scored").isEmpty();
        String results = SystemActor.call(() -> reports.draft("CCHC-2024", "2024-Q1", "395")).sections().stream()
                .filter(s -> s.heading().startsWith("II.")).findFirst().orElseThrow().body();
        assertThat(results).contains("Năm 2023, chỉ số Cải cách hành chính huyện Thọ Xuân đạt 90,17 điểm, xếp loại hoàn thành xuất sắc nhiệm vụ.");
    }

    @Test
    void xaThoXuansSelfAssessmentOf2025HasItsComputedCriteriaFilledFromTheRecords() {
        JsonNode card = api("/api/v1/reform-index/2025/15499");
        assertThat(card.get("set").asText()).isEqualTo("Bộ Chỉ số CCHC cấp xã năm 2025");
        assertThat(card.get("status").asText()).isEqualTo("SUBMITTED");
        BigDecimal onTime = measure("dossiers.resolvedOnTime", "15499", "2025-01-01", "2026-01-01", "");
        BigDecimal resolved = measure("dossiers.resolved", "15499", "2025-01-01", "2026-01-01", "");
        assertThat(criterion(card, "2.1").get("figure").decimalValue())
                .isEqualByComparingTo(onTime.multiply(BigDecimal.valueOf(100)).divide(resolved, 2, RoundingMode.HALF_UP));
        assertThat(card.get("criteria")).allSatisfy(c -> assertThat(c.get("selfScore").isNull()).as(c.get("key").asText()).isFalse());
    }

    @Test
    void theSelfAssessmentPrintsAsPdfWithItsEvidenceListAndTheResultsAsAnA4Workbook() throws Exception {
        var pdf = mvc.perform(get("/reform-index/2023/395/self-assessment.pdf").with(user(accounts.loadUserByUsername("reform"))))
                .andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023").contains("HUYỆN THỌ XUÂN")
                    .contains("Tỷ lệ hồ sơ giải quyết đúng hạn (%)").contains("90,17").contains("xếp loại Xuất sắc")
                    .contains("DANH MỤC TÀI LIỆU KIỂM CHỨNG").contains("Văn bản trong sổ theo dõi nhiệm vụ");
        }
        assertThat(mvc.perform(get("/reform-index/2023/395/self-assessment.pdf").with(user(accounts.loadUserByUsername("reporter2"))))
                .andReturn().getResponse().getStatus()).as("outside the reach").isEqualTo(404);

        var xlsx = mvc.perform(get("/reform-index/2023/ranking.xlsx").param("unitCode", "38").with(user(accounts.loadUserByUsername("reform"))))
                .andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter vietnamese = new DataFormatter(Locale.forLanguageTag("vi-VN"));
            List<String> header = StreamSupport.stream(sheet.getRow(3).spliterator(), false).map(vietnamese::formatCellValue).toList();
            assertThat(header).containsExactly("Xếp hạng", "Đơn vị", "Loại đơn vị", "Tổng điểm", "Điểm tối đa", "Chỉ số (%)", "Xếp loại");
            assertThat(vietnamese.formatCellValue(sheet.getRow(4).getCell(1))).isEqualTo("Huyện Thọ Xuân");
            assertThat(vietnamese.formatCellValue(sheet.getRow(4).getCell(3))).isEqualTo("90,17");
            assertThat(vietnamese.formatCellValue(sheet.getRow(4).getCell(6))).isEqualTo("Xuất sắc");
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getFitToPage()).isTrue();
        }
    }
}
