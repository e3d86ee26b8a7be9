package vn.motcua.reports.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import vn.motcua.reports.core.OutlineFacts.CitedDocument;
import vn.motcua.reports.core.OutlineFacts.DueTask;
import vn.motcua.reports.core.OutlineFacts.Held;
import vn.motcua.units.UnitLevel;

/** The standard outline as the officer reads it before touching it: in the seed's order, in the unit's own voice, no invented fact. */
class StandardOutlineTest {

    private static final Function<BigDecimal, String> NUMBER = n -> n.stripTrailingZeros().toPlainString();
    private static final Set<String> TWO_TIER_ROWS = Set.of("3.1.3", "3.1.3.province", "3.1.3.commune", "3.2.5", "3.2.5.province",
            "3.2.5.commune", "3.3.1.direct.province", "3.3.1.direct.commune");
    private static final Set<String> THREE_TIER_ROWS = Set.of("3.1.3", "3.1.3.district", "3.1.3.commune", "3.3.1.direct.district",
            "3.3.1.direct.commune");

    @Test
    void aDistrictsQuarterCitesItsDocumentsCountsItsTasksNamesItsWeakPointsAndListsWhatIsDueNext() {
        Map<String, BigDecimal> figures = figures("1.1.1", 48, "1.1.2", 25, "1.1.3", 15, "1.3.1", 1, "1.3.2", 0, "1.3.3", 0,
                "dossiers.resolved", 8700, "dossiers.resolvedOnTime", 8626, "dossiers.resolvedLate", 74, "dossiers.resolvedLate.district", 4,
                "dossiers.resolvedLate.commune", 70, "dossiers.resolvedLate.15493", 30, "3.5", 56, "tasks.overdue", 0,
                "inspections.unresolved", 1, "3.3.1", 8803, "3.3.1.online3", 2515, "3.3.1.online4", 2119);
        List<CitedDocument> documents = List.of(
                document("Kế hoạch", "về kiểm soát thủ tục hành chính năm 2024", "320/KH-UBND ngày 12/01/2024",
                        "PROCEDURES", false),
                document("Kế hoạch", "về thực hiện cải cách hành chính năm 2024", "268/KH-UBND ngày 29/12/2023", "DIRECTION", false),
                document("Công văn", "về việc quán triệt kết luận của Ban Chỉ đạo", "4072/UBND-NV ngày 21/12/2023", "DIRECTION", true));
        OutlineFacts facts = new OutlineFacts(new OutlineFacts.Voice("huyện", UnitLevel.DISTRICT, "district"),
                new OutlineFacts.Span("quý I năm 2024", "quý II năm 2024", 2024, true), figures, THREE_TIER_ROWS, documents, List.of(),
                List.of("Một số hồ sơ trễ hạn chưa có văn bản xin lỗi"), List.of(), List.of(),
                List.of(new DueTask("Hoàn thiện hồ sơ sắp xếp đơn vị hành chính cấp xã", "Phòng Nội vụ", LocalDate.of(2024, 5, 31)),
                        new DueTask("Tổ chức đối thoại của Chủ tịch UBND huyện với người dân", "Phòng Nội vụ", LocalDate.of(2024, 6, 30))),
                List.of(new OutlineFacts.Place("xã Xuân Hồng", "dossiers.resolvedLate.15493")),
                new OutlineFacts.Opening("UBND huyện Thọ Xuân", "tình hình, kết quả thực hiện cải cách hành chính, cải thiện môi trường đầu tư"
                        + " kinh doanh quý I, nhiệm vụ trọng tâm quý II năm 2024", "Kế hoạch số 268/KH-UBND ngày 29/12/2023 của UBND huyện"
                        + " Thọ Xuân về thực hiện cải cách hành chính năm 2024"));

        List<StandardOutline.Section> sections = StandardOutline.write(facts, NUMBER);

        assertThat(sections).extracting(StandardOutline.Section::heading).containsExactly("Mở đầu", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
                "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "III. ĐÁNH GIÁ CHUNG", "IV. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024");
        // The opening paragraph, before section I: the year's plan the report is made under, the unit, what it reports on.
        assertThat(sections.get(0).body()).isEqualTo("Thực hiện Kế hoạch số 268/KH-UBND ngày 29/12/2023 của UBND huyện Thọ Xuân về thực"
                + " hiện cải cách hành chính năm 2024, UBND huyện Thọ Xuân báo cáo tình hình, kết quả thực hiện cải cách hành chính, cải thiện"
                + " môi trường đầu tư kinh doanh quý I, nhiệm vụ trọng tâm quý II năm 2024 như sau:");
        String direction = sections.get(1).body();
        // The plan first, then the control of procedures (the fields' order), each with its footnote; the chairman's letter apart.
        assertThat(direction).contains("Triển khai nhiệm vụ cải cách hành chính năm 2024, UBND huyện đã ban hành Kế hoạch về thực hiện cải"
                + " cách hành chính năm 2024[^Kế hoạch 268/KH-UBND ngày 29/12/2023 của UBND huyện Thọ Xuân về thực hiện cải cách hành chính"
                + " năm 2024]; Kế hoạch về kiểm soát thủ tục hành chính năm 2024[^Kế hoạch 320/KH-UBND ngày 12/01/2024")
                .contains("Chủ tịch UBND huyện đã ban hành Công văn về việc quán triệt kết luận của Ban Chỉ đạo[^")
                .contains("đề ra {1.1.1| nhiệm vụ}; đến hết kỳ báo cáo đã hoàn thành {1.1.2| nhiệm vụ}, đạt {pct:1.1.2/1.1.1}; còn"
                        + " {1.1.1-1.1.2| nhiệm vụ} đang triển khai")
                .doesNotContain("quá hạn nhưng chưa hoàn thành");
        String filled = Narrative.fill(sections.get(3).body(), figures, NUMBER);
        assertThat(filled).contains("- Còn 74 hồ sơ giải quyết quá hạn, chiếm 0.85% số hồ sơ đã giải quyết, trong đó cấp huyện 4 hồ sơ,"
                + " cấp xã 70 hồ sơ; nhiều nhất tại xã Xuân Hồng (30 hồ sơ).")
                .contains("Phải gửi 56 thư xin lỗi").contains("Còn 1 vấn đề phát hiện qua kiểm tra chưa được xử lý xong: một số hồ sơ trễ hạn")
                .contains("Giải quyết đúng hạn 8626 trên tổng số 8700 hồ sơ đã giải quyết")
                .doesNotContain("nhiệm vụ đã quá hạn").doesNotContain("dự án");
        assertThat(Narrative.prompts(sections.get(3).body())).containsExactly(
                "nêu nguyên nhân của những tồn tại, hạn chế trên và các tồn tại khác chưa thể hiện qua số liệu");
        assertThat(sections.get(4).body()).isEqualTo(
                "1. Hoàn thiện hồ sơ sắp xếp đơn vị hành chính cấp xã (chủ trì: Phòng Nội vụ; hạn 31/05/2024).\n\n"
                        + "2. Tổ chức đối thoại của Chủ tịch UBND huyện với người dân (chủ trì: Phòng Nội vụ; hạn 30/06/2024)./.");
        assertThat(sections.get(2).body()).contains("trong đó cấp huyện {3.1.3.district| thủ tục}, cấp xã {3.1.3.commune| thủ tục}")
                .contains("trong đó: UBND cấp huyện {3.3.2| hồ sơ}; UBND cấp xã {3.3.3| hồ sơ}")
                .contains("Công tác kiểm soát TTHC được tổ chức thực hiện theo Kế hoạch 320/KH-UBND");
        assertThat(String.join("\n", sections.stream().map(StandardOutline.Section::body).toList())).doesNotContain("…");
    }

    @Test
    void aCommuneAfterTheReorganisationSpeaksOfItselfNeverOfADistrictAndLeavesToTheOfficerWhatTheRecordsCannotSay() {
        Map<String, BigDecimal> figures = figures("1.1.1", 0, "1.3.1", 0, "dossiers.resolved", 900, "dossiers.resolvedOnTime", 900,
                "dossiers.resolvedLate", 0, "3.5", 0, "tasks.overdue", 0, "1.4.1", 0, "1.5", 0);
        OutlineFacts facts = new OutlineFacts(new OutlineFacts.Voice("xã", UnitLevel.COMMUNE, "province"),
                new OutlineFacts.Span("quý III năm 2026", "quý IV năm 2026", 2026, false), figures, TWO_TIER_ROWS, List.of(), List.of(),
                List.of(), List.<Held>of(), List.of(), List.of(), List.of(), new OutlineFacts.Opening("UBND xã Thọ Xuân",
                        "tình hình, kết quả thực hiện cải cách hành chính, cải thiện môi trường đầu tư kinh doanh quý III, nhiệm vụ trọng tâm"
                                + " quý IV năm 2026", null));

        List<StandardOutline.Section> sections = StandardOutline.write(facts, NUMBER);
        String text = String.join("\n", sections.stream().map(s -> s.heading() + "\n" + s.body()).toList());

        assertThat(text.toLowerCase()).doesNotContain("huyện");
        // No plan of the year in the register: the report is made under the year's reform tasks, which every unit has.
        assertThat(sections.get(0).heading()).isEqualTo("Mở đầu");
        assertThat(sections.get(0).body()).isEqualTo("Thực hiện nhiệm vụ cải cách hành chính năm 2026, UBND xã Thọ Xuân báo cáo tình hình,"
                + " kết quả thực hiện cải cách hành chính, cải thiện môi trường đầu tư kinh doanh quý III, nhiệm vụ trọng tâm quý IV năm 2026"
                + " như sau:");
        assertThat(text).doesNotContain("…").contains("UBND xã").contains("toàn xã")
                .contains("Số TTHC cấp xã đang áp dụng: {3.1.3.commune| thủ tục}").contains("{3.2.5.commune|%}")
                .contains("Tổng số hồ sơ giải quyết đúng hạn quý III năm 2026: {3.3.3| hồ sơ}.")
                .contains("Trong quý III năm 2026, lãnh đạo UBND xã chưa tổ chức đối thoại với người dân, doanh nghiệp.")
                .contains("công chức cấp tỉnh")
                // Nothing happened that a weak point is made of: no sentence about late dossiers, apologies or overdue tasks.
                .doesNotContain("quá hạn, chiếm").doesNotContain("thư xin lỗi tổ chức, công dân vì").doesNotContain("Công tác kiểm tra");
        assertThat(Narrative.prompts(sections.get(1).body())).hasSize(2).allMatch(p -> p.contains("UBND xã"));
        assertThat(Narrative.prompts(sections.get(3).body())).singleElement().asString().startsWith("số liệu của kỳ không cho thấy tồn tại nào");
        assertThat(sections.get(4).heading()).isEqualTo("IV. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2026");
        assertThat(Narrative.prompts(sections.get(4).body())).singleElement().asString()
                .isEqualTo("chưa có nhiệm vụ nào của UBND xã đến hạn trong quý IV năm 2026 được ghi nhận ở phần theo dõi nhiệm vụ;"
                        + " bổ sung các nhiệm vụ trọng tâm của kỳ tới");
    }

    private static final OutlineFacts.Opening OPENING = new OutlineFacts.Opening("UBND huyện Thọ Xuân",
            "tình hình, kết quả thực hiện cải cách hành chính quý I năm 2024", null);

    @Test
    void sectionEightCitesTheUnitsLastPublishedReformIndexAsTheSeedDoes() {
        Map<String, BigDecimal> figures = figures("1.1.1", 0, "1.3.1", 0, "dossiers.resolved", 900, "dossiers.resolvedOnTime", 900,
                "dossiers.resolvedLate", 0, "3.5", 0, "tasks.overdue", 0, "1.4.1", 0, "1.5", 0);
        OutlineFacts.Voice voice = new OutlineFacts.Voice("huyện", UnitLevel.DISTRICT, "district");
        OutlineFacts.Span span = new OutlineFacts.Span("quý I năm 2024", "quý II năm 2024", 2024, true);
        OutlineFacts cited = new OutlineFacts(voice, span, figures, THREE_TIER_ROWS, List.of(), List.of(), List.of(), List.<Held>of(),
                List.of(), List.of(), List.of(), OPENING,
                new OutlineFacts.PublishedIndex(2023, "huyện Thọ Xuân", new BigDecimal("90.17"), "hoàn thành xuất sắc nhiệm vụ", 1, 1));
        String eight = section8(StandardOutline.write(cited, COMMA).get(2).body());
        assertThat(eight).contains("Năm 2023, chỉ số Cải cách hành chính huyện Thọ Xuân đạt 90,17 điểm, xếp loại hoàn thành xuất sắc nhiệm vụ.")
                .as("a place among one unit says nothing").doesNotContain("xếp thứ");

        OutlineFacts ranked = new OutlineFacts(voice, span, figures, THREE_TIER_ROWS, List.of(), List.of(), List.of(), List.<Held>of(),
                List.of(), List.of(), List.of(), OPENING,
                new OutlineFacts.PublishedIndex(2023, "huyện Thọ Xuân", new BigDecimal("90.17"), "khá", 5, 27));
        assertThat(section8(StandardOutline.write(ranked, COMMA).get(2).body())).contains("đạt 90,17 điểm, xếp thứ 5/27 đơn vị được đánh giá, xếp loại khá.");

        OutlineFacts none = new OutlineFacts(voice, span, figures, THREE_TIER_ROWS, List.of(), List.of(), List.of(), List.<Held>of(),
                List.of(), List.of(), List.of(), OPENING);
        assertThat(section8(StandardOutline.write(none, NUMBER).get(2).body())).doesNotContain("chỉ số Cải cách hành chính huyện");
    }

    /** 90,17: the decimal comma the report writes, as VietnameseFormat does. */
    private static final Function<BigDecimal, String> COMMA = n -> n.stripTrailingZeros().toPlainString().replace('.', ',');

    private static String section8(String results) {
        return results.substring(results.indexOf("8. Kết quả thực hiện các chỉ số cải cách hành chính"));
    }

    private static CitedDocument document(String kind, String title, String numberAndDate, String field, boolean byChairman) {
        String issuer = byChairman ? "Chủ tịch UBND huyện Thọ Xuân" : "UBND huyện Thọ Xuân";
        return new CitedDocument(kind, title, kind + " " + numberAndDate + " của " + issuer + " " + title, field, true, byChairman);
    }

    private static Map<String, BigDecimal> figures(Object... pairs) {
        Map<String, BigDecimal> figures = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            figures.put((String) pairs[i], BigDecimal.valueOf(((Number) pairs[i + 1]).longValue()));
        }
        return figures;
    }
}
