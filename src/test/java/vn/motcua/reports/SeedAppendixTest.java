package vn.motcua.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * The demo reproduces the seed: the district's Q1 2024 appendix, compiled from the demo's records and the
 * figures the district typed in, against every figure the seed prints (column printed_q1_2024 of the
 * template). A figure may differ only for a reason documented here and in docs/seed-fidelity.md.
 */
@DemoSystemTest
class SeedAppendixTest {

    private static final String DISTRICT_Q1_2024 = "/api/v1/reports/CCHC-2024/2024-Q1/395";

    /** Why a printed figure may differ from the demo's. */
    enum Reason {
        /** The seed's own arithmetic slip, which validation flags; the demo's records give the consistent figure. */
        SEED_SLIP,
        /** A share whose base the seed does not give and the demo's register does not reproduce. */
        SEED_BASE,
        /** A catalogue figure: the demo catalogue holds far fewer procedures than the 551 the seed counts in force. */
        CATALOGUE
    }

    /** The documented differences, by row key. */
    static final Map<String, Reason> DOCUMENTED = new LinkedHashMap<>();

    static {
        // 7.341 exceeds 3.4.1 + 3.4.2 (3.323 + 3.645 = 6.968), which a union cannot; 3.4.2 prints 3.645 where its parts add up
        // to 260 + 3.645 = 3.905. The demo's published results give 3.4.2 = 3.905 and 3.4 within its bounds.
        DOCUMENTED.put("3.4", Reason.SEED_SLIP);
        DOCUMENTED.put("3.4.2", Reason.SEED_SLIP);
        // 16,7% is 7 of 42; the demo's seven inspected communes are 7 of its 41 units to inspect (11 departments, 30 communes).
        DOCUMENTED.put("5.4.2", Reason.SEED_BASE);
        for (String key : List.of("3.1.1", "3.1.2", "3.1.3.district", "3.1.3.commune", "3.2.1", "3.2.2", "3.2.3", "3.2.3.district",
                "3.2.4", "3.2.4.district", "3.2.4.commune", "3.2.5.commune", "3.4.3", "3.4.3.district", "3.4.3.commune", "7.5.1",
                "7.5.2")) {
            DOCUMENTED.put(key, Reason.CATALOGUE);
        }
    }

    @LocalServerPort
    int port;

    @Test
    void everyPrintedFigureOfTheSeedMatchesTheDemoOrDiffersForADocumentedReason() throws IOException {
        JsonNode report = new ApiClient(port).get(DISTRICT_Q1_2024, "reform", "demo").json();
        Map<String, BigDecimal> demo = new HashMap<>();
        report.get("rows").forEach(r -> demo.put(r.get("key").asText(), r.get("value").isNull() ? null : r.get("value").decimalValue()));

        Map<String, String> printed = printed();
        List<String> matching = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        List<String> documented = new ArrayList<>();
        printed.forEach((key, text) -> {
            BigDecimal expected = figure(text);
            BigDecimal actual = demo.get(key);
            if (actual != null && actual.compareTo(expected) == 0) {
                matching.add(key);
            } else if (DOCUMENTED.containsKey(key)) {
                documented.add(key + " printed " + text + ", demo " + actual + " (" + DOCUMENTED.get(key) + ")");
            } else {
                undocumented.add(key + " printed " + text + ", demo " + actual);
            }
        });
        assertThat(printed).hasSize(113);
        assertThat(undocumented).as("differences from the seed with no documented reason").isEmpty();
        assertThat(matching).as("every printed figure not documented as different matches: %s", documented)
                .hasSize(printed.size() - documented.size()).hasSizeGreaterThanOrEqualTo(113 - DOCUMENTED.size());

        // The seed's slips break the rules validation checks (ReportFlowTest enters them and sees 3.4 flagged); the demo's figures keep them.
        assertThat(figure(printed.get("3.4"))).isGreaterThan(figure(printed.get("3.4.1")).add(figure(printed.get("3.4.2"))));
        assertThat(figure(printed.get("3.4.2"))).isNotEqualByComparingTo(
                figure(printed.get("3.4.2.district")).add(figure(printed.get("3.4.2.commune"))));
        assertThat(demo.get("3.4")).isBetween(demo.get("3.4.1").max(demo.get("3.4.2")), demo.get("3.4.1").add(demo.get("3.4.2")));
        assertThat(demo.get("3.4.2")).isEqualByComparingTo(demo.get("3.4.2.district").add(demo.get("3.4.2.commune")));
        JsonNode findings = new ApiClient(port).get(DISTRICT_Q1_2024 + "/validation", "reform", "demo").json().get("findings");
        assertThat(findings).noneMatch(f -> f.get("keys").toString().contains("\"3.4\""));

        // Each documented difference is in the table a reader finds in docs/seed-fidelity.md, with its reason.
        String table = Files.readString(Path.of("docs/seed-fidelity.md"));
        DOCUMENTED.forEach((key, reason) -> assertThat(table).as("docs/seed-fidelity.md lists %s", key)
                .containsPattern("\\| " + java.util.regex.Pattern.quote(key) + " \\|.*\\| " + reason + " \\|"));
    }

    @Test
    void theDemoHoldsTheSeedsNarrativeAsTheDistrictsSavedTextWithItsFootnotesAndFigures() throws Exception {
        ApiClient api = new ApiClient(port);
        JsonNode document = api.get(DISTRICT_Q1_2024 + "/document", "reform", "demo").json();
        assertThat(document.get("saved").asBoolean()).isTrue();
        List<String> headings = new ArrayList<>();
        document.get("sections").forEach(s -> headings.add(s.get("heading").asText()));
        assertThat(headings).containsExactly("Mở đầu", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
                "III. ĐÁNH GIÁ CHUNG", "IV. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024");
        assertThat(document.get("addressee").asText()).isEqualTo("Ban Thường vụ Huyện uỷ Thọ Xuân.");
        assertThat(document.get("signer").asText()).isEqualTo("Nguyễn Xuân Hải");
        assertThat(document.get("recipients").asText().split("\n")).hasSize(6);

        byte[] docx = api.download(DISTRICT_Q1_2024 + "/report.docx", "reform", "demo").body();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx))) {
            String text = word.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .collect(java.util.stream.Collectors.joining("\n"));
            // The seed's opening paragraph, where the seed prints it: after "Kính gửi", before section I.
            assertThat(text).contains("Kính gửi: Ban Thường vụ Huyện uỷ Thọ Xuân.\nThực hiện Kế hoạch số 83-KH/HU ngày 02/12/2021 của Ban Chấp"
                    + " hành Đảng bộ huyện Thọ Xuân về thực hiện khâu đột phá về cải cách hành chính nhằm cải thiện môi trường đầu tư kinh doanh"
                    + " huyện Thọ Xuân giai đoạn 2021-2025, UBND huyện Thọ Xuân báo cáo tình hình, kết quả thực hiện quý I, nhiệm vụ trọng tâm"
                    + " quý II năm 2024 như sau:\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH").doesNotContain("Mở đầu");
            assertThat(text).contains("Tổng số hồ sơ tiếp nhận 3 tháng đầu năm 2024: 8.803 hồ sơ, trong đó: Tiếp nhận trực tiếp 4.167 hồ sơ;"
                    + " tiếp nhận trực tuyến mức độ một phần 2.515 hồ sơ; tiếp nhận trực tuyến mức độ toàn trình 2.119 hồ sơ.")
                    .contains("8.626 hồ sơ, trong đó: UBND huyện 260 hồ sơ; UBND cấp xã 8.366 hồ sơ.")
                    .contains("chỉ số Cải cách hành chính huyện Thọ Xuân đạt 90,17 điểm")
                    .contains("10. Thực hiện tốt công tác kiểm tra, kiểm soát thị trường").doesNotContain("[^").doesNotContain("{");
            assertThat(word.getFootnotes().stream().map(f -> f.getParagraphs().stream().map(
                    org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).collect(java.util.stream.Collectors.joining())))
                    .filteredOn(f -> !f.isBlank()).hasSize(9)
                    .anyMatch(f -> f.contains("Kế hoạch 268/KH-UBND ngày 29/12/2023"))
                    .anyMatch(f -> f.contains("Công văn số 541/UBND-NV ngày 28/02/2024"));
        }
    }

    /** The seed's printed figures by row key, as the template transcribes them. */
    private static Map<String, String> printed() throws IOException {
        Map<String, String> printed = new LinkedHashMap<>();
        try (InputStream in = SeedAppendixTest.class.getResourceAsStream("/indicators/cchc-2024-template.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", -1);
                if (f.length > 10 && !f[10].isBlank()) {
                    printed.put(f[0], f[10].strip());
                }
            }
        }
        return printed;
    }

    /** A printed figure as a number: Vietnamese format, a trailing %, and the transcriber's remark in brackets dropped. */
    static BigDecimal figure(String printed) {
        String number = printed.replaceAll("\\s*\\(.*\\)$", "").replace("%", "").strip();
        return new BigDecimal(number.replace(".", "").replace(",", "."));
    }
}
