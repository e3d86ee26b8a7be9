package vn.motcua.reports.core;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import vn.motcua.reports.core.OutlineFacts.CitedDocument;
import vn.motcua.reports.core.OutlineFacts.DueTask;
import vn.motcua.reports.core.OutlineFacts.Held;
import vn.motcua.reports.core.OutlineFacts.Voice;

/**
 * Dàn ý chuẩn: the four sections of a reform report written from what MotCua knows, in the order and
 * voice of the district's report for Q1 2024 — I direction (documents with their footnotes, the plan's
 * tasks, inspections, surveys and dialogues), II results field by field, III what went well and the
 * weak points the figures show, IV the tasks due next. Figures stay placeholders ({3.3.1}) so the text
 * follows the report; a sentence about something that happens only when it happened (late dossiers,
 * overdue tasks) is written only when its figure is above zero; what the records cannot say is left to
 * the officer as a marked request ([Gợi ý: …]), never invented.
 */
public final class StandardOutline {

    /** The heading of the opening paragraph before section I; the printed report leaves it out. */
    public static final String OPENING = "Mở đầu";
    public static final String DIRECTION = "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH";
    public static final String RESULTS = "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH";
    public static final String ASSESSMENT = "III. ĐÁNH GIÁ CHUNG";
    private static final String NEXT = "IV. NHIỆM VỤ TRỌNG TÂM ";
    /** The fields of reform in the order section II reports them. */
    private static final List<String> FIELDS = List.of("DIRECTION", "INSTITUTIONS", "PROCEDURES", "ORGANISATION", "CIVIL_SERVICE",
            "PUBLIC_FINANCE", "E_GOVERNMENT");
    /** Section III names at most this many overdue tasks or open findings; the figure before the list counts them all. */
    private static final int NAMED = 5;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A section of the outline: its heading and its paragraphs, separated by blank lines. */
    public record Section(String heading, String body) {
    }

    private final OutlineFacts facts;
    private final Voice voice;
    private final Function<BigDecimal, String> number;

    private StandardOutline(OutlineFacts facts, Function<BigDecimal, String> number) {
        this.facts = facts;
        this.voice = facts.voice();
        this.number = number;
    }

    /** The opening paragraph and the four sections; {@code number} writes a count the Vietnamese way (1.250). */
    public static List<Section> write(OutlineFacts facts, Function<BigDecimal, String> number) {
        StandardOutline outline = new StandardOutline(facts, number);
        return List.of(new Section(OPENING, outline.opening()), new Section(DIRECTION, outline.direction()), new Section(RESULTS, outline.results()),
                new Section(ASSESSMENT, outline.assessment()), new Section(nextHeading(facts.span().nextPhrase()), outline.nextTasks()));
    }

    /** The heading of section IV: "IV. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024". */
    public static String nextHeading(String nextPhrase) {
        return NEXT + nextPhrase.toUpperCase(Locale.forLanguageTag("vi"));
    }

    // ---- the opening paragraph

    /**
     * "Thực hiện Kế hoạch số 268/KH-UBND ngày 29/12/2023 của UBND huyện Thọ Xuân về thực hiện cải cách hành chính
     * năm 2024, UBND huyện Thọ Xuân báo cáo tình hình, kết quả … như sau:" — under the year's plan when the register
     * holds it, else under the year's reform tasks, which every unit has; the officer names another basis (a Party
     * committee's plan, a request of the province) by editing it.
     */
    private String opening() {
        OutlineFacts.Opening opening = facts.opening();
        String basis = opening.basis() != null ? opening.basis() : "nhiệm vụ cải cách hành chính năm " + facts.span().year();
        return "Thực hiện " + basis + ", " + opening.issuer() + " báo cáo " + opening.subject() + " như sau:";
    }

    // ---- I

    private String direction() {
        Paragraphs text = new Paragraphs();
        text.add("1. Việc xây dựng và tổ chức thực hiện các văn bản chỉ đạo điều hành về cải cách hành chính");
        text.add("a) Công tác xây dựng và ban hành văn bản triển khai thực hiện:");
        text.add(issued());
        text.add("b) Kết quả thực hiện nhiệm vụ cải cách hành chính:");
        text.addAll(taskResults());
        int next = 2;
        if (!facts.inspections().isEmpty() || facts.positive("1.2.1") || facts.positive("1.2.2") || facts.positive("1.2.3")) {
            text.add(next++ + ". Công tác kiểm tra cải cách hành chính");
            text.add(inspections());
        }
        text.add(next + ". Khảo sát sự hài lòng của người dân, tổ chức; đối thoại với người dân, doanh nghiệp");
        text.add(surveys());
        text.add(dialogues());
        return text.toString();
    }

    /** The documents the unit issued, in the order of the fields of reform, each with its footnote. */
    private String issued() {
        List<CitedDocument> own = ordered(facts.documents().stream().filter(CitedDocument::directive).toList());
        if (own.isEmpty()) {
            return Narrative.prompt("chưa có văn bản chỉ đạo, điều hành cải cách hành chính nào của " + voice.self() + " ban hành trong "
                    + facts.span().phrase() + " được ghi nhận ở phần theo dõi văn bản, nhiệm vụ; nêu các văn bản đã ban hành (số, ký hiệu,"
                    + " ngày, trích yếu) hoặc ghi rõ trong kỳ không ban hành văn bản mới");
        }
        List<String> sentences = new ArrayList<>();
        List<CitedDocument> committee = own.stream().filter(d -> !d.byChairman()).toList();
        List<CitedDocument> chairman = own.stream().filter(CitedDocument::byChairman).toList();
        String lead = facts.span().opensYear() ? "Triển khai nhiệm vụ cải cách hành chính năm " + facts.span().year() + ", "
                : "Trong " + facts.span().phrase() + ", ";
        if (!committee.isEmpty()) {
            sentences.add(lead + voice.self() + " đã ban hành " + items(committee) + ".");
        }
        if (!chairman.isEmpty()) {
            sentences.add((committee.isEmpty() ? lead : "") + voice.chairman() + " đã ban hành " + items(chairman) + ".");
        }
        return String.join(" ", sentences);
    }

    private static String items(List<CitedDocument> documents) {
        return String.join("; ", documents.stream().map(d -> d.kind() + " " + d.title() + "[^" + d.citation() + "]").toList());
    }

    private static List<CitedDocument> ordered(List<CitedDocument> documents) {
        return documents.stream().sorted(java.util.Comparator.comparingInt(d -> FIELDS.indexOf(d.field()))).toList();
    }

    private List<String> taskResults() {
        List<String> text = new ArrayList<>();
        if (facts.positive("1.1.1")) {
            String open = facts.positive("1.1.1") && compare("1.1.2", "1.1.1") < 0 ? "; còn {1.1.1-1.1.2| nhiệm vụ} đang triển khai" : "";
            text.add("Kế hoạch cải cách hành chính năm " + facts.span().year() + " đề ra {1.1.1| nhiệm vụ}; đến hết kỳ báo cáo đã hoàn thành"
                    + " {1.1.2| nhiệm vụ}, đạt {pct:1.1.2/1.1.1}" + open + ".");
        }
        if (facts.positive("1.3.1")) {
            boolean open = facts.known("1.3.2") && facts.known("1.3.3")
                    && facts.figure("1.3.2").add(facts.figure("1.3.3")).compareTo(facts.figure("1.3.1")) < 0;
            text.add("Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao: tổng số {1.3.1| nhiệm vụ}; đã hoàn thành đúng hạn"
                    + " {1.3.2| nhiệm vụ}; hoàn thành nhưng quá hạn {1.3.3| nhiệm vụ}"
                    + (open ? "; chưa hoàn thành {1.3.1-1.3.2-1.3.3| nhiệm vụ}" : "") + ".");
        }
        if (facts.positive("tasks.overdue")) {
            text.add("Đến hết kỳ báo cáo còn {tasks.overdue| nhiệm vụ} đã quá hạn nhưng chưa hoàn thành (nêu tại mục III).");
        }
        if (text.isEmpty()) {
            text.add(Narrative.prompt("chưa có nhiệm vụ nào của kế hoạch cải cách hành chính năm " + facts.span().year() + " của "
                    + voice.self() + " được ghi nhận ở phần theo dõi nhiệm vụ; nêu kết quả thực hiện các nhiệm vụ đã đề ra"));
        }
        return text;
    }

    private String inspections() {
        StringBuilder text = new StringBuilder("Trong " + facts.span().phrase() + ", " + voice.self() + " đã tổ chức ");
        if (facts.inspections().isEmpty()) {
            text.append("kiểm tra cải cách hành chính");
        } else {
            text.append("{inspections.held| cuộc} kiểm tra cải cách hành chính: ").append(String.join("; ",
                    facts.inspections().stream().map(i -> lowerFirst(i.title()) + " (ngày " + i.on().format(DATE) + ")").toList()));
        }
        // Who was inspected, leaving out a kind of which none was: "đã kiểm tra 0 cơ quan" is not how a report reads.
        List<String> inspected = new ArrayList<>();
        if (!voice.commune() && facts.positive("1.2.1")) {
            inspected.add("{1.2.1| cơ quan chuyên môn} thuộc " + voice.self());
        }
        if (!voice.commune() && facts.positive("1.2.2")) {
            inspected.add("{1.2.2| UBND cấp xã}");
        }
        if (!inspected.isEmpty()) {
            text.append("; đã kiểm tra ").append(String.join(" và ", inspected));
        }
        text.append('.');
        if (facts.positive("1.2.3") || facts.positive("1.2.4")) {
            text.append(" Qua kiểm tra phát hiện {1.2.3| vấn đề}; đã xử lý xong {1.2.4| vấn đề}.");
        }
        return text.toString();
    }

    private String surveys() {
        if (!facts.known("1.4.1")) {
            return "Số phiếu khảo sát sự hài lòng của người dân, tổ chức: {1.4.1}.";
        }
        if (!facts.positive("1.4.1")) {
            return "Trong " + facts.span().phrase() + ", chưa có phiếu khảo sát sự hài lòng của người dân, tổ chức nào được ghi nhận.";
        }
        return "Trong " + facts.span().phrase() + ", đã thu nhận {1.4.1| phiếu} khảo sát sự hài lòng của người dân, tổ chức (hình thức:"
                + " {code:1.4.2|0=trực tuyến;1=phát phiếu;2=kết hợp trực tuyến và phát phiếu}).";
    }

    private String dialogues() {
        if (!facts.dialogues().isEmpty()) {
            return "Lãnh đạo đã tổ chức {dialogues.count| cuộc} đối thoại với người dân, doanh nghiệp: " + String.join("; ",
                    facts.dialogues().stream().map(d -> lowerFirst(d.title()) + " ngày " + d.on().format(DATE)
                            + (d.detail().isEmpty() ? "" : " (" + d.detail() + ")")).toList()) + ".";
        }
        BigDecimal held = facts.figure("1.5");
        if (held == null) {
            return "Tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp trên địa bàn: {code:1.5|1=có;0=không}.";
        }
        return held.signum() == 0 ? "Trong " + facts.span().phrase() + ", lãnh đạo " + voice.self() + " chưa tổ chức đối thoại với người dân, doanh nghiệp."
                : "Lãnh đạo " + voice.self() + " đã tổ chức đối thoại với người dân, cộng đồng doanh nghiệp trên địa bàn.";
    }

    // ---- II

    private String results() {
        Paragraphs text = new Paragraphs();
        text.add("1. Cải cách thể chế");
        text.add(implemented("INSTITUTIONS"));
        text.add("Trong " + facts.span().phrase() + ", số văn bản quy phạm pháp luật đã ban hành, tham mưu ban hành: {2.1| văn bản}"
                + breakdown("2.1", " văn bản") + "; đã kiểm tra theo thẩm quyền: {2.2| văn bản}; đã rà soát: {2.3| văn bản}; đã kiến nghị"
                + " xử lý sau kiểm tra, rà soát: {2.4| văn bản}, trong đó đã xử lý xong: {2.5| văn bản}.");
        text.add("2. Cải cách thủ tục hành chính (TTHC)");
        text.add("a) Kiểm soát thủ tục hành chính:");
        List<CitedDocument> control = facts.documents().stream().filter(d -> d.field().equals("PROCEDURES")).toList();
        if (!control.isEmpty()) {
            text.add("Công tác kiểm soát TTHC được tổ chức thực hiện theo " + citations(control) + ".");
        }
        text.add("Trong " + facts.span().phrase() + ", số TTHC thuộc thẩm quyền quản lý được công bố mới: {3.1.1| thủ tục}; bãi bỏ, thay"
                + " thế: {3.1.2| thủ tục}. Tỷ lệ TTHC đã được phê duyệt quy trình nội bộ: {" + own("3.2.5") + "|%}"
                + (facts.known(own("3.2.6")) ? "; tỷ lệ quy trình nội bộ giải quyết TTHC đã được điện tử hóa: {" + own("3.2.6") + "|%}" : "")
                + ".");
        text.add("b) Thực hiện thủ tục hành chính:");
        text.add(procedures());
        text.add("c) Kết quả giải quyết thủ tục hành chính");
        text.addAll(dossiers());
        text.add("d) Đối với cơ sở vật chất, trang thiết bị của Bộ phận Một cửa" + (voice.commune() ? ":" : " các cấp:"));
        text.add(Narrative.prompt("nêu tình hình cơ sở vật chất, trang thiết bị của Bộ phận Một cửa (phòng làm việc, máy tính, máy"
                + " quét, bảng niêm yết TTHC, thiết bị phục vụ người dân); phần mềm không lưu thông tin này"));
        text.add("3. Cải cách tổ chức bộ máy");
        text.add(implemented("ORGANISATION"));
        text.addAll(organisation());
        text.add("4. Cải cách chế độ công vụ");
        text.add(implemented("CIVIL_SERVICE"));
        text.addAll(civilService());
        text.add("5. Cải cách tài chính công");
        text.add(implemented("PUBLIC_FINANCE"));
        text.add(publicFinance());
        text.add("6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số");
        text.add(implemented("E_GOVERNMENT"));
        text.addAll(digitalGovernment());
        text.add("7. Xây dựng văn hoá hỗ trợ, đồng hành cùng nhà đầu tư, doanh nghiệp trên địa bàn");
        text.add(investment());
        text.add("8. Kết quả thực hiện các chỉ số cải cách hành chính");
        if (facts.reformIndex() != null) {
            text.add(reformIndex(facts.reformIndex()));
        }
        text.add(index());
        if (facts.known("serviceindex.score")) {
            text.add("Theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC,"
                    + " dịch vụ công theo thời gian thực trên môi trường điện tử (Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng"
                    + " Chính phủ), trong " + facts.span().phrase() + " " + voice.self() + " đạt {serviceindex.score} điểm trên thang"
                    + " điểm 100 (tính trên các tiêu chí có số liệu).");
        }
        return text.toString();
    }

    /** The documents of a field the unit issued or implements, cited in the running text as the seed does in section II. */
    private String implemented(String field) {
        List<CitedDocument> documents = facts.documents().stream().filter(d -> d.field().equals(field)).toList();
        return documents.isEmpty() ? "" : "Tổ chức thực hiện " + citations(documents) + ".";
    }

    private static String citations(List<CitedDocument> documents) {
        return String.join("; ", documents.stream().map(CitedDocument::citation).toList());
    }

    /** " (cấp huyện {2.1.district| văn bản}, cấp xã {2.1.commune| văn bản})" when both tiers' figures are at hand. */
    private String breakdown(String key, String unit) {
        String upper = key + "." + voice.upperKey();
        String commune = key + ".commune";
        if (voice.commune() || voice.upperKey() == null || !facts.known(upper) || !facts.known(commune)) {
            return "";
        }
        return " (" + voice.upperTier() + " {" + upper + "|" + unit + "}, cấp xã {" + commune + "|" + unit + "})";
    }

    /** The row that speaks of the unit itself: a commune's own breakdown where the template keeps one. */
    private String own(String key) {
        return voice.commune() && facts.rows().contains(key + ".commune") ? key + ".commune" : key;
    }

    private String procedures() {
        if (voice.commune()) {
            return "Số TTHC cấp xã đang áp dụng: {" + own("3.1.3") + "| thủ tục}, trong đó thực hiện theo cơ chế một cửa: {3.2.2| thủ tục};"
                    + " liên thông cùng cấp: {" + own("3.2.3") + "| thủ tục}; liên thông giữa các cấp chính quyền: {" + own("3.2.4")
                    + "| thủ tục}. Số TTHC đã tích hợp thanh toán trực tuyến trên Cổng dịch vụ công: {" + own("3.4.3") + "| thủ tục}.";
        }
        String upper = voice.upperKey() == null ? "" : "3.1.3." + voice.upperKey();
        String inForce = facts.rows().contains(upper)
                ? ", trong đó " + voice.upperTier() + " {" + upper + "| thủ tục}, cấp xã {3.1.3.commune| thủ tục}" : "";
        return "Tổng số TTHC đang áp dụng: {3.1.3| thủ tục}" + inForce + ". Số TTHC thực hiện theo cơ chế một cửa: " + voice.upperTier()
                + " {3.2.1| thủ tục}, cấp xã {3.2.2| thủ tục}; liên thông cùng cấp: {3.2.3| thủ tục}; liên thông giữa các cấp chính quyền:"
                + " {3.2.4| thủ tục}. Số TTHC tiếp nhận, giải quyết hồ sơ không phụ thuộc vào địa giới hành chính: {3.2.7| thủ tục};"
                + " số TTHC đã tích hợp thanh toán trực tuyến trên Cổng dịch vụ công: {3.4.3| thủ tục}.";
    }

    private List<String> dossiers() {
        String phrase = facts.span().phrase();
        List<String> text = new ArrayList<>();
        text.add("- Tổng số hồ sơ tiếp nhận " + phrase + ": {3.3.1| hồ sơ}, trong đó: Tiếp nhận trực tiếp {3.3.1.direct| hồ sơ}; tiếp"
                + " nhận qua dịch vụ bưu chính công ích {3.3.1.postal| hồ sơ}; tiếp nhận trực tuyến một phần {3.3.1.online3| hồ sơ};"
                + " tiếp nhận trực tuyến toàn trình {3.3.1.online4| hồ sơ}"
                + (facts.positive("3.3.1") ? "; tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {pct:3.3.1.online3+3.3.1.online4/3.3.1}" : "") + ".");
        text.add("- Tổng số hồ sơ giải quyết đúng hạn " + phrase + ": " + onTime());
        text.add("- Công khai kết quả giải quyết TTHC trên Cổng dịch vụ công của tỉnh: {" + own("3.4.1") + "| hồ sơ}; trên trang thông"
                + " tin điện tử của đơn vị: {" + own("3.4.2") + "| hồ sơ}.");
        text.add("- Số thư xin lỗi đã gửi tổ chức, công dân: {3.5| thư}.");
        text.add("(Có phụ lục kèm theo).");
        return text;
    }

    /**
     * The sentence on dossiers settled on time, by the tiers the report's template knows: a commune
     * settles only its own; a district or province splits its total between the tier above the communes
     * that its template names (the district's People's Committee until 30/06/2025, the province's
     * agencies after) and the communes, so no level is written twice and no district is named after
     * districts were dissolved.
     */
    private String onTime() {
        if (voice.commune()) {
            return "{3.3.3| hồ sơ}.";
        }
        String upper = "province".equals(voice.upperKey()) ? "các cơ quan cấp tỉnh" : "district".equals(voice.upperKey()) ? "UBND cấp huyện" : null;
        return upper == null ? "{3.3.2+3.3.3| hồ sơ}."
                : "{3.3.2+3.3.3| hồ sơ}, trong đó: " + upper + " {3.3.2| hồ sơ}; UBND cấp xã {3.3.3| hồ sơ}.";
    }

    private List<String> organisation() {
        List<String> text = new ArrayList<>();
        if (!voice.commune()) {
            text.add("Số cơ quan chuyên môn thuộc " + voice.self() + ": {4.1.1}; số ban quản lý, trung tâm trực thuộc " + voice.self()
                    + ": {4.1.2}.");
        }
        boolean split = facts.known("4.1.3.education") && facts.known("4.1.3.other");
        text.add("Tổng số đơn vị sự nghiệp công lập trên địa bàn: {4.1.3| đơn vị}"
                + (split ? ", trong đó giáo dục và đào tạo {4.1.3.education| đơn vị}, lĩnh vực khác {4.1.3.other| đơn vị}" : "")
                + "; tỷ lệ đơn vị sự nghiệp công lập đã cắt giảm so với năm 2015: {4.1.4|%}.");
        text.add("Biên chế công chức được giao trong năm: {4.2.1| người}; có mặt tại thời điểm báo cáo: {4.2.2| người}; hợp đồng lao động"
                + " làm việc tại cơ quan hành chính nhà nước: {4.2.3| người}; số biên chế đã tinh giản trong kỳ: {4.2.4| người}; tỷ lệ biên"
                + " chế đã tinh giản so với năm 2015: {4.2.5|%}.");
        text.add("Số người làm việc hưởng lương từ ngân sách nhà nước tại các đơn vị sự nghiệp công lập được giao: {4.3.1| người}; có"
                + " mặt: {4.3.2| người}; đã tinh giản trong kỳ: {4.3.3| người}; tỷ lệ đã tinh giản so với năm 2015: {4.3.4|%}.");
        return text;
    }

    private List<String> civilService() {
        List<String> text = new ArrayList<>();
        text.add("Số cơ quan, tổ chức hành chính đã được phê duyệt vị trí việc làm: {5.1.1}; số đơn vị sự nghiệp đã được phê duyệt vị"
                + " trí việc làm: {5.1.2}" + (facts.positive("5.1.3")
                        ? "; số cơ quan, tổ chức có vi phạm trong thực hiện vị trí việc làm phát hiện qua thanh tra: {5.1.3}" : "") + ".");
        text.add("Số công chức được tuyển dụng qua thi tuyển, xét tuyển: {5.2.1| người}; theo trường hợp đặc biệt: {5.2.2| người}; số"
                + " viên chức được tuyển dụng qua thi tuyển, xét tuyển: {5.2.4| người}; theo trường hợp đặc biệt: {5.2.5| người}; số cán"
                + " bộ, công chức cấp xã được xét chuyển thành công chức " + voice.upperTier() + ": {5.2.3| người}.");
        text.add("Tuyển chọn, bổ nhiệm lãnh đạo qua thi tuyển: {code:5.3.1|1=đã thực hiện;0=chưa thực hiện}; số lãnh đạo UBND được bầu,"
                + " bổ nhiệm mới: {5.3.2| người}; số lãnh đạo cấp phòng được bổ nhiệm mới: {5.3.3| người}.");
        text.add("Kế hoạch kiểm tra kỷ luật, kỷ cương hành chính: {code:5.4.1|1=đã ban hành;0=chưa ban hành}"
                + (voice.commune() ? "" : "; tỷ lệ đơn vị được kiểm tra kỷ luật, kỷ cương hành chính: {5.4.2|%}") + ".");
        String leaders = voice.commune() ? "lãnh đạo cấp xã: {5.4.5| người}"
                : "lãnh đạo " + ("province".equals(voice.upperKey()) ? "sở, ban, ngành" : voice.upperTier()) + ": {5.4.3| người}; lãnh"
                        + " đạo cấp phòng: {5.4.4| người}; lãnh đạo cấp xã: {5.4.5| người}";
        text.add("Số người bị kỷ luật trong kỳ: " + leaders + "; công chức: {5.4.6| người}; người làm việc tại đơn vị sự nghiệp công lập:"
                + " {5.4.7| người}.");
        return text;
    }

    private String publicFinance() {
        boolean split = facts.known("6.4.1") || facts.known("6.4.2") || facts.known("6.4.3");
        return "Tổng số đơn vị sự nghiệp công lập tại địa phương: {6.1| đơn vị}; số đơn vị tự bảo đảm chi thường xuyên và chi đầu tư:"
                + " {6.2| đơn vị}; tự bảo đảm chi thường xuyên: {6.3| đơn vị}; tự bảo đảm một phần chi thường xuyên: {6.4| đơn vị}"
                + (split ? " (từ 70% đến dưới 100%: {6.4.1| đơn vị}; từ 30% đến dưới 70%: {6.4.2| đơn vị}; từ 10% đến dưới 30%:"
                        + " {6.4.3| đơn vị})" : "")
                + "; do Nhà nước bảo đảm chi thường xuyên: {6.5| đơn vị}. Số đơn vị sự nghiệp công lập đã chuyển đổi thành công ty cổ"
                + " phần (lũy kế đến thời điểm báo cáo): {6.6| đơn vị}.";
    }

    private List<String> digitalGovernment() {
        List<String> text = new ArrayList<>();
        text.add("Hệ thống họp trực tuyến: {code:7.1|0=chưa có;1=kết nối 2 cấp;2=kết nối 3 cấp}; tỷ lệ cơ quan, đơn vị được cấp chứng"
                + " thư số: {7.2|%}.");
        text.add("Hệ thống quản lý văn bản điều hành: {code:7.3.1|1=đã kết nối, liên thông đến cấp xã;0=chưa kết nối, liên thông đến cấp"
                + " xã}" + (voice.commune() ? "" : "; tỷ lệ UBND cấp xã đã kết nối, liên thông: {7.3.2|%}") + ". Tổng số văn bản đi"
                + " giữa các cơ quan nhà nước trên địa bàn: {7.3.3| văn bản}, trong đó tỷ lệ văn bản gửi hoàn toàn dưới dạng điện tử:"
                + " {7.3.3.electronic|%}" + (facts.known("7.3.3.parallel")
                        ? "; tỷ lệ văn bản gửi dưới dạng điện tử song song với văn bản giấy: {7.3.3.parallel|%}" : "") + ".");
        if (voice.level() != vn.motcua.units.UnitLevel.PROVINCE) {
            text.add("Kết nối liên thông Hệ thống thông tin một cửa điện tử với Hệ thống một cửa điện tử cấp tỉnh: {code:7.4.1|1=đã kết"
                    + " nối;0=chưa kết nối}" + (voice.commune() ? "" : "; tỷ lệ đơn vị cấp xã đã kết nối liên thông: {7.4.2|%}") + ".");
        }
        text.add("Số TTHC cung cấp dịch vụ công trực tuyến một phần: {7.5.1| thủ tục}; trực tuyến toàn trình: {7.5.2| thủ tục}.");
        String iso = "{code:%s|1=có thực hiện;0=chưa thực hiện}";
        text.add(voice.commune() ? "Duy trì, áp dụng hệ thống quản lý chất lượng ISO tại " + voice.self() + ": " + iso.formatted("7.6.3") + "."
                : "Duy trì, áp dụng hệ thống quản lý chất lượng ISO tại " + (voice.level() == vn.motcua.units.UnitLevel.PROVINCE
                        ? "các cơ quan chuyên môn thuộc " + voice.self() : voice.self()) + ": " + iso.formatted("7.6.1")
                        + "; tại UBND cấp xã: " + iso.formatted("7.6.3") + "; số đơn vị cấp xã đã áp dụng: {7.6.2| đơn vị}.");
        return text;
    }

    private String investment() {
        return capitalised(facts.span().phrase()) + ", toàn " + voice.kind() + " huy động được vốn đầu tư phát triển: {investment.capital| tỷ đồng}"
                + ", tỷ lệ so với kế hoạch năm: {investment.capitalShare|%}; số doanh nghiệp thành lập mới:"
                + " {investment.enterprises| doanh nghiệp}, tỷ lệ so với cùng kỳ năm trước: {investment.enterprisesChange|%}."
                + " Kiểm tra {market.cases} vụ, xử lý vi phạm hành"
                + " chính {market.handled} vụ gồm {market.violations} hành vi (Hàng giả {market.counterfeit} hành vi;"
                + " hàng cấm, hàng nhập lậu {market.bannedSmuggled} hành vi; gian lận thương mại {market.tradeFraud}"
                + " hành vi).";
    }

    /** The unit's last published reform index, as the seed words it: "Năm 2023, chỉ số Cải cách hành chính huyện Thọ Xuân đạt 90,17 điểm". */
    private String reformIndex(OutlineFacts.PublishedIndex index) {
        String place = index.ranked() > 1 ? ", xếp thứ " + index.rank() + "/" + index.ranked() + " đơn vị được đánh giá" : "";
        return "Năm " + index.year() + ", chỉ số Cải cách hành chính " + index.unit() + " đạt " + number.apply(index.score()) + " điểm"
                + place + ", xếp loại " + index.classification() + ".";
    }

    /** The satisfaction measured in the period when surveys were answered; otherwise the officer states the published indexes. */
    private String index() {
        if (facts.known("feedback.satisfied")) {
            return "Qua {1.4.1| phiếu} khảo sát trong " + facts.span().phrase() + ", tỷ lệ người dân, tổ chức hài lòng với sự phục vụ của cơ"
                    + " quan hành chính đạt {feedback.satisfied|%}; điểm đánh giá bình quân {feedback.score} trên thang điểm 5.";
        }
        return Narrative.prompt("nêu kết quả Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)"
                + " gần nhất của " + voice.self() + " đã được công bố, nếu có; trong kỳ chưa có phiếu khảo sát sự hài lòng nào được ghi"
                + " nhận để tính tỷ lệ hài lòng");
    }

    // ---- III

    private String assessment() {
        Paragraphs text = new Paragraphs();
        text.add("1. Những kết quả đạt được");
        List<String> achieved = achievements();
        text.addAll(achieved.isEmpty() ? List.of(Narrative.prompt("nêu những kết quả nổi bật của kỳ")) : achieved);
        text.add("2. Những tồn tại, hạn chế, nguyên nhân");
        List<String> weak = weakPoints();
        text.addAll(weak);
        text.add(weak.isEmpty()
                ? Narrative.prompt("số liệu của kỳ không cho thấy tồn tại nào (không có hồ sơ quá hạn, thư xin lỗi, nhiệm vụ quá hạn, dự án"
                        + " đình trệ hay vấn đề kiểm tra chưa xử lý xong); nêu những tồn tại, hạn chế khác và nguyên nhân, nếu có")
                : Narrative.prompt("nêu nguyên nhân của những tồn tại, hạn chế trên và các tồn tại khác chưa thể hiện qua số liệu"));
        return text.toString();
    }

    private List<String> achievements() {
        List<String> text = new ArrayList<>();
        if (facts.positive("1.1.3")) {
            text.add("- Kịp thời ban hành {1.1.3| văn bản} chỉ đạo, điều hành cải cách hành chính trong kỳ.");
        }
        if (facts.positive("1.1.2")) {
            text.add("- Hoàn thành {1.1.2} trên tổng số {1.1.1} nhiệm vụ đề ra trong kế hoạch cải cách hành chính năm " + facts.span().year()
                    + ", đạt {pct:1.1.2/1.1.1}.");
        }
        if (facts.positive("dossiers.resolvedOnTime")) {
            text.add("- Giải quyết đúng hạn {dossiers.resolvedOnTime} trên tổng số {dossiers.resolved} hồ sơ đã giải quyết, đạt"
                    + " {pct:dossiers.resolvedOnTime/dossiers.resolved}.");
        }
        if (facts.positive("3.3.1.online3") || facts.positive("3.3.1.online4")) {
            text.add("- Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {pct:3.3.1.online3+3.3.1.online4/3.3.1}.");
        }
        if (facts.known("feedback.satisfied")) {
            text.add("- Tỷ lệ người dân, tổ chức hài lòng với sự phục vụ của cơ quan hành chính đạt {feedback.satisfied|%}.");
        }
        if (facts.positive("dialogues.count")) {
            text.add("- Lãnh đạo đã tổ chức {dialogues.count| cuộc} đối thoại với người dân, doanh nghiệp.");
        }
        if (facts.positive("investment.enterprises")) {
            text.add("- Thành lập mới {investment.enterprises| doanh nghiệp}" + (facts.known("investment.enterprisesChange")
                    ? ", bằng {investment.enterprisesChange|%} so với cùng kỳ năm trước" : "") + ".");
        }
        return text;
    }

    private List<String> weakPoints() {
        List<String> text = new ArrayList<>();
        if (facts.positive("dossiers.resolvedLate")) {
            String upper = "dossiers.resolvedLate." + voice.upperKey();
            boolean split = !voice.commune() && voice.upperKey() != null && facts.known(upper) && facts.known("dossiers.resolvedLate.commune");
            String most = facts.mostLate().isEmpty() ? "" : "; nhiều nhất tại " + String.join(", ", facts.mostLate().stream()
                    .map(p -> p.name() + " ({" + p.figure() + "| hồ sơ})").toList());
            text.add("- Còn {dossiers.resolvedLate| hồ sơ} giải quyết quá hạn, chiếm {pct:dossiers.resolvedLate/dossiers.resolved} số hồ sơ"
                    + " đã giải quyết" + (split ? ", trong đó " + voice.upperTier() + " {" + upper + "| hồ sơ}, cấp xã"
                            + " {dossiers.resolvedLate.commune| hồ sơ}" : "") + most + ".");
        }
        if (facts.positive("3.5")) {
            text.add("- Phải gửi {3.5| thư} xin lỗi tổ chức, công dân vì giải quyết hồ sơ quá hạn.");
        }
        if (facts.positive("tasks.overdue")) {
            text.add("- Còn {tasks.overdue| nhiệm vụ} đã quá hạn nhưng chưa hoàn thành: " + named(facts.overdueTasks().stream()
                    .map(t -> lowerFirst(t.title()) + " (" + t.owner() + ", hạn " + t.deadline().format(DATE) + ")").toList()) + ".");
        }
        if (facts.positive("investment.projectsStalled")) {
            text.add("- Có {investment.projectsStalled| dự án} đầu tư đình trệ (dừng triển khai hoặc quá 180 ngày không báo cáo tiến độ).");
        }
        if (facts.positive("investment.projectsBehind")) {
            text.add("- Có {investment.projectsBehind| dự án} đầu tư chậm tiến độ so với các mốc đã cam kết.");
        }
        if (facts.positive("inspections.unresolved")) {
            text.add("- Còn {inspections.unresolved| vấn đề} phát hiện qua kiểm tra chưa được xử lý xong: "
                    + named(facts.unresolvedFindings().stream().map(StandardOutline::lowerFirst).distinct().toList()) + ".");
        }
        return text;
    }

    /** The first few of a list, then how many more: a weak point is named, not listed in full. */
    private String named(List<String> items) {
        if (items.size() <= NAMED) {
            return String.join("; ", items);
        }
        return String.join("; ", items.subList(0, NAMED)) + " và " + number.apply(BigDecimal.valueOf(items.size() - NAMED)) + " trường hợp khác";
    }

    // ---- IV

    private String nextTasks() {
        List<String> items = new ArrayList<>();
        for (DueTask task : facts.overdueTasks()) {
            items.add(task.title() + " (chủ trì: " + task.owner() + "; hạn " + task.deadline().format(DATE) + ", đã quá hạn, cần hoàn thành"
                    + " ngay).");
        }
        for (DueTask task : facts.nextTasks()) {
            items.add(task.title() + " (chủ trì: " + task.owner() + "; hạn " + task.deadline().format(DATE) + ").");
        }
        if (items.isEmpty()) {
            return Narrative.prompt("chưa có nhiệm vụ nào của " + voice.self() + " đến hạn trong " + facts.span().nextPhrase()
                    + " được ghi nhận ở phần theo dõi nhiệm vụ; bổ sung các nhiệm vụ trọng tâm của kỳ tới");
        }
        Paragraphs text = new Paragraphs();
        for (int i = 0; i < items.size(); i++) {
            // The body ends as the decree ends a text: "./." after its last sentence.
            text.add((i + 1) + ". " + items.get(i) + (i == items.size() - 1 ? "/." : ""));
        }
        return text.toString();
    }

    // ---- writing

    private int compare(String key, String other) {
        BigDecimal a = facts.figure(key);
        BigDecimal b = facts.figure(other);
        return a == null || b == null ? 0 : a.compareTo(b);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A title placed mid-sentence: "Kiểm tra …" reads "kiểm tra …"; an acronym (UBND) keeps its capitals. */
    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Paragraphs of a body, blank ones left out, joined by a blank line. */
    private static final class Paragraphs {

        private final List<String> paragraphs = new ArrayList<>();

        void add(String paragraph) {
            if (paragraph != null && !paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }

        void addAll(List<String> more) {
            more.forEach(this::add);
        }

        @Override
        public String toString() {
            return String.join("\n\n", paragraphs);
        }
    }
}
