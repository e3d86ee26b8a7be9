package vn.motcua.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.Period;
import vn.motcua.investment.ClimateFigures;
import vn.motcua.investment.InvestmentClimate;
import vn.motcua.indicators.PeriodWindows;
import vn.motcua.indicators.Report;
import vn.motcua.indicators.UnitReports;
import vn.motcua.reports.core.Narrative;
import vn.motcua.reports.internal.DocumentStore;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

/**
 * The report document of a unit for a period: composed by officers (starting from the previous
 * period's, or from the standard outline with the generated sentences of section II.2.c), its
 * placeholders always filled with the report's current figures.
 */
@Service
public class ReportDocuments {

    private final DocumentStore store;
    private final UnitReports reports;
    private final UnitDirectory units;
    private final VietnameseFormat format;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final MotCuaZone zone;
    private final InvestmentClimate climate;
    private final vn.motcua.shared.ReportingPeriods periods;
    private final PeriodWindows windows;

    /** The headings of the outline's sections a person writes; section II starts with the figures' sentences. */
    private static final String DIRECTION = "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH";
    private static final String RESULTS = "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH";
    private static final String ASSESSMENT = "III. ĐÁNH GIÁ CHUNG";

    ReportDocuments(DocumentStore store, UnitReports reports, UnitDirectory units, VietnameseFormat format, CurrentUser currentUser,
            AuditTrail audit, Clock clock, MotCuaZone zone, InvestmentClimate climate, vn.motcua.shared.ReportingPeriods periods,
            PeriodWindows windows) {
        this.windows = windows;
        this.periods = periods;
        this.climate = climate;
        this.clock = clock;
        this.zone = zone;
        this.store = store;
        this.reports = reports;
        this.units = units;
        this.format = format;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The document with its placeholders as written. */
    @Transactional(readOnly = true)
    public ReportDocument get(String template, String period, String unitCode) {
        Report report = reports.get(template, period, unitCode, false);
        Unit unit = units.require(unitCode, report.windowTo());
        Optional<DocumentStore.Stored> stored = store.find(template, report.period(), unit.id());
        if (stored.isPresent()) {
            DocumentStore.Stored s = stored.get();
            return new ReportDocument(template, report.period(), unitCode, s.authority(), s.number(), s.place(), s.issuedOn(),
                    s.title(), s.addressee(), store.sections(s.id()), s.signatureRole(), s.signer(), s.recipients(), s.version(), true);
        }
        Period current = Period.parse(report.period());
        Optional<DocumentStore.Stored> previous = store.find(template, current.previous().name(), unit.id());
        if (previous.isPresent()) {
            DocumentStore.Stored p = previous.get();
            return new ReportDocument(template, report.period(), unitCode, p.authority(), p.number(), p.place(), report.dueOn(),
                    title(current), p.addressee(), store.sections(p.id()), p.signatureRole(), p.signer(), p.recipients(), 0, false);
        }
        return outline(template, report, unit, current);
    }

    /**
     * The headings of the sections still bare, found as {@link #get} finds the document but without
     * compiling the report's figures: submission asks this while it holds the compiled report already.
     */
    @Transactional(readOnly = true)
    List<String> bareSections(String template, String period, String unitCode) {
        Period current = Period.parse(period);
        Unit unit = units.require(unitCode, windows.window(template, current.name()).to().minusDays(1));
        Optional<DocumentStore.Stored> written = store.find(template, current.name(), unit.id())
                .or(() -> store.find(template, current.previous().name(), unit.id()));
        if (written.isEmpty()) {
            return List.of(DIRECTION, ASSESSMENT, nextTasks(current));
        }
        return store.sections(written.get().id()).stream().filter(s -> s.body() == null || s.body().isBlank())
                .map(ReportDocument.Section::heading).toList();
    }

    private static String nextTasks(Period period) {
        return "IV. NHIỆM VỤ TRỌNG TÂM " + next(period).toUpperCase(Locale.forLanguageTag("vi"));
    }

    private ReportDocument outline(String template, Report report, Unit unit, Period period) {
        String place = unit.name().substring(unit.kind().label().length()).trim();
        String authority = ("UBND " + unit.kind().label() + " " + place).toUpperCase(Locale.forLanguageTag("vi"));
        List<ReportDocument.Section> sections = List.of(
                new ReportDocument.Section(DIRECTION, ""),
                new ReportDocument.Section(RESULTS,
                        "2. Cải cách thủ tục hành chính (TTHC)\n\nc) Kết quả giải quyết thủ tục hành chính\n\n"
                                + "- Tổng số hồ sơ tiếp nhận " + phrase(period) + ": {3.3.1} hồ sơ, trong đó: Tiếp nhận trực tiếp "
                                + "{3.3.1.direct} hồ sơ; tiếp nhận qua dịch vụ bưu chính công ích {3.3.1.postal} hồ sơ; tiếp nhận "
                                + "trực tuyến một phần {3.3.1.online3} hồ sơ; tiếp nhận trực tuyến toàn trình {3.3.1.online4} hồ sơ.\n\n"
                                + "- Tổng số hồ sơ giải quyết đúng hạn " + phrase(period) + ": " + onTime(report, unit) + "\n\n"
                                + "- Số thư xin lỗi đã gửi tổ chức, công dân: {3.5}.\n\n"
                                + "7. Xây dựng văn hoá hỗ trợ, đồng hành cùng nhà đầu tư, doanh nghiệp trên địa bàn\n\n"
                                + capitalised(phrase(period)) + ", toàn " + unit.kind().label() + " huy động được {investment.capital} tỷ đồng"
                                + " vốn đầu tư phát triển, tỷ lệ so với kế hoạch năm: {investment.capitalShare|%}; thành lập mới"
                                + " {investment.enterprises} doanh nghiệp, tỷ lệ so với cùng kỳ năm trước: {investment.enterprisesChange|%}."
                                + " Kiểm tra {market.cases} vụ, xử lý vi phạm hành"
                                + " chính {market.handled} vụ gồm {market.violations} hành vi (Hàng giả {market.counterfeit} hành vi;"
                                + " hàng cấm, hàng nhập lậu {market.bannedSmuggled} hành vi; gian lận thương mại {market.tradeFraud}"
                                + " hành vi).\n\n(Có phụ lục kèm theo)."),
                new ReportDocument.Section(ASSESSMENT, ""),
                new ReportDocument.Section(nextTasks(period), ""));
        // The number is left blank before "/BC-UBND", as a draft is printed: the clerk writes it in at registration.
        return new ReportDocument(template, report.period(), unit.code(), authority, "      /BC-UBND", place, report.dueOn(), title(period),
                addressee(unit), sections, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "", recipients(unit), 0, false);
    }

    /**
     * Whom the report goes to: the province's Department of Home Affairs (Sở Nội vụ), which consolidates
     * the reform reports of the units under the province; a province reports to the Ministry of Home Affairs.
     */
    private String addressee(Unit unit) {
        if (unit.level() == UnitLevel.PROVINCE) {
            return "Bộ Nội vụ.";
        }
        Unit province = units.above(unit.id()).stream().filter(u -> u.level() == UnitLevel.PROVINCE).findFirst().orElse(unit);
        return province.level() == UnitLevel.PROVINCE ? "Sở Nội vụ " + lowerFirst(province.name()) + "." : "";
    }

    /** Nơi nhận as the decree lays it out: the addressee, the unit's own leaders and offices, the units below, the archive. */
    private static String recipients(Unit unit) {
        String kind = unit.kind().label();
        return switch (unit.level()) {
            case PROVINCE -> String.join("\n", "- Như trên;", "- Thường trực Tỉnh ủy (để b/c);", "- Thường trực HĐND tỉnh (để b/c);",
                    "- Chủ tịch, các PCT UBND " + kind + ";", "- Các sở, ban, ngành cấp tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, NC.");
            case DISTRICT -> String.join("\n", "- Như trên;", "- Thường trực " + partyCommittee(unit.kind()) + " (để b/c);", "- Chủ tịch, các PCT UBND " + kind + ";", "- Các phòng chuyên môn thuộc UBND " + kind + ";",
                    "- UBND các xã, thị trấn;", "- Lưu: VT, NV.");
            default -> String.join("\n", "- Như trên;", "- Thường trực Đảng ủy " + kind + " (để b/c);", "- Chủ tịch, các PCT UBND " + kind + ";",
                    "- Các phòng chuyên môn thuộc UBND " + kind + ";", "- Lưu: VT, VP.");
        };
    }

    /** The district-level Party committee's name, which is not formed regularly from the kind (thị xã → Thị ủy). */
    private static String partyCommittee(vn.motcua.units.UnitKind kind) {
        return switch (kind) {
            case THI_XA -> "Thị ủy";
            case THANH_PHO -> "Thành ủy";
            case QUAN -> "Quận ủy";
            default -> "Huyện ủy";
        };
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The sentence on dossiers settled on time, by the tiers the report's template knows: a commune
     * settles only its own; a district or province splits its total between the tier above the communes
     * that its template names (the district's People's Committee until 30/06/2025, the province's
     * agencies after) and the communes, so no level is written twice and no district is named after
     * districts were dissolved.
     */
    private static String onTime(Report report, Unit unit) {
        if (unit.level() == UnitLevel.COMMUNE) {
            return "{3.3.3} hồ sơ.";
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        report.rows().forEach(r -> keys.add(r.key()));
        String upper = keys.contains("3.3.1.direct.province") ? "các cơ quan cấp tỉnh"
                : keys.contains("3.3.1.direct.district") ? "UBND cấp huyện" : null;
        return upper == null ? "{3.3.2+3.3.3} hồ sơ." : "{3.3.2+3.3.3} hồ sơ, trong đó: " + upper + " {3.3.2} hồ sơ; UBND cấp xã {3.3.3} hồ sơ.";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The seed's title: "Tình hình, kết quả thực hiện cải cách hành chính, cải thiện môi trường đầu tư kinh
     * doanh quý I, nhiệm vụ trọng tâm quý II năm 2024" — the year written once when both periods share it.
     */
    private static String title(Period period) {
        String done = phrase(period);
        String next = next(period);
        String year = " năm " + period.year();
        if (done.endsWith(year) && next.endsWith(year) && !next.equals(year.trim())) {
            done = done.substring(0, done.length() - year.length());
        }
        return "Tình hình, kết quả thực hiện cải cách hành chính, cải thiện môi trường đầu tư kinh doanh " + done + ", nhiệm vụ trọng tâm " + next;
    }

    static String phrase(Period period) {
        return switch (period.kind()) {
            case Q1 -> "quý I năm " + period.year();
            case Q2 -> "quý II năm " + period.year();
            case Q3 -> "quý III năm " + period.year();
            case Q4 -> "quý IV năm " + period.year();
            case H1 -> "6 tháng đầu năm " + period.year();
            case NINE_MONTHS -> "9 tháng năm " + period.year();
            case YEAR -> "năm " + period.year();
        };
    }

    private static String next(Period period) {
        return switch (period.kind()) {
            case Q1 -> "quý II năm " + period.year();
            case Q2, H1 -> "quý III năm " + period.year();
            case Q3, NINE_MONTHS -> "quý IV năm " + period.year();
            default -> "năm " + (period.year() + 1);
        };
    }

    @PreAuthorize("hasAnyRole('REPORTER', 'REFORM_OFFICER', 'LEADER', 'ADMIN')")
    @Transactional
    public ReportDocument save(String template, String period, String unitCode, ReportDocument document, Integer expectedVersion) {
        Report report = reports.get(template, period, unitCode, false);
        Unit unit = units.require(unitCode, report.windowTo());
        for (String[] field : new String[][] { { "authority", document.authority() }, { "number", document.number() },
                { "place", document.place() }, { "title", document.title() }, { "signatureRole", document.signatureRole() } }) {
            if (field[1] == null || field[1].isBlank()) {
                throw new InvalidInputException(field[0], "reports.field.required");
            }
        }
        if (document.issuedOn() == null) {
            throw new InvalidInputException("issuedOn", "reports.field.required");
        }
        if (document.sections() == null || document.sections().size() > 30) {
            throw new InvalidInputException("sections", "reports.sections.count");
        }
        for (int i = 0; i < document.sections().size(); i++) {
            ReportDocument.Section s = document.sections().get(i);
            if (s.heading() == null || s.heading().isBlank() || s.heading().length() > 500 || s.body() == null || s.body().length() > 100_000) {
                throw new InvalidInputException("sections[" + i + "]", "reports.section.invalid");
            }
        }
        if (!store.save(template, report.period(), unit.id(), document, expectedVersion)) {
            throw new ConflictException("reports.changed");
        }
        audit.record("report-document.saved", "report-document", template + "/" + report.period() + "/" + unitCode,
                "Soạn văn bản báo cáo " + periods.label(Period.parse(report.period()), Locale.forLanguageTag("vi")) + " của " + unit.name(), null, null);
        return get(template, period, unitCode);
    }

    /** The document with every placeholder replaced by the report's current figure. */
    @Transactional(readOnly = true)
    public Rendered render(String template, String period, String unitCode) {
        ReportDocument document = get(template, period, unitCode);
        Report report = reports.get(template, period, unitCode, false);
        Map<String, BigDecimal> figures = figures(report, unitCode);
        List<ReportDocument.Section> sections = document.sections().stream()
                .map(s -> new ReportDocument.Section(s.heading(), Narrative.fill(s.body(), figures, format::number))).toList();
        Unit unit = units.require(unitCode, report.windowTo());
        return new Rendered(new ReportDocument(document.template(), document.period(), document.unitCode(), document.authority(),
                document.number(), document.place(), document.issuedOn(), document.title(), document.addressee(), sections,
                document.signatureRole(), document.signer(), document.recipients(), document.version(), document.saved()), report,
                text -> Narrative.fill(text, figures, format::number), store.docxTemplate(unit.id()), issuer(unit));
    }

    /**
     * A figure the document asks for that the report cannot give yet, so the editor flags it: the mark
     * as written ({@code 3.3.2+3.3.3}, {@code investment.capitalShare}) and the appendix row's label when
     * the mark names one.
     */
    public record MissingFigure(String mark, String rowLabel) {
    }

    /**
     * The sections that are a bare heading, by position: a report goes up with every section written,
     * so the editor names them for the officer to fill.
     */
    @Transactional(readOnly = true)
    public List<Integer> emptySections(String template, String period, String unitCode) {
        List<ReportDocument.Section> sections = get(template, period, unitCode).sections();
        return java.util.stream.IntStream.range(0, sections.size()).filter(i -> sections.get(i).body() == null || sections.get(i).body().isBlank())
                .boxed().toList();
    }

    /** The figures the document's sections ask for that print as "chưa có số liệu", in the order written. */
    @Transactional(readOnly = true)
    public List<MissingFigure> missingFigures(String template, String period, String unitCode) {
        ReportDocument document = get(template, period, unitCode);
        Report report = reports.get(template, period, unitCode, false);
        Map<String, BigDecimal> figures = figures(report, unitCode);
        Map<String, String> labels = new HashMap<>();
        report.rows().forEach(r -> labels.put(r.key(), r.label()));
        java.util.LinkedHashSet<String> marks = new java.util.LinkedHashSet<>();
        document.sections().forEach(s -> marks.addAll(Narrative.missing(s.body(), figures)));
        return marks.stream().map(mark -> new MissingFigure(mark, labels.get(mark))).toList();
    }

    private Map<String, BigDecimal> figures(Report report, String unitCode) {
        Map<String, BigDecimal> figures = new HashMap<>();
        report.rows().forEach(r -> {
            if (r.value() != null) {
                figures.put(r.key(), r.value());
            }
        });
        figures.putAll(climateFigures(unitCode, report));
        return figures;
    }

    /**
     * The figures of section II.7 beside the appendix's rows: {@code {investment.capital}} (billion đồng
     * mobilised in the year to the window's end), {@code {investment.capitalShare}} (% of the year's plan),
     * {@code {investment.enterprises}}, {@code {investment.enterprisesChange}} (% of the same window a year
     * before), {@code {market.cases}}, {@code {market.handled}}, {@code {market.violations}},
     * {@code {market.counterfeit}}, {@code {market.bannedSmuggled}}, {@code {market.tradeFraud}}. A figure
     * the unit has not entered (no plan, no enterprises a year before) is left out and prints as "chưa có số liệu".
     */
    private Map<String, BigDecimal> climateFigures(String unitCode, Report report) {
        ClimateFigures f = climate.figures(unitCode, report.windowFrom(), report.windowTo());
        Map<String, BigDecimal> figures = new HashMap<>();
        figures.put("investment.capital", f.capitalMobilised());
        if (f.capitalShare() != null) {
            figures.put("investment.capitalShare", f.capitalShare());
        }
        figures.put("investment.enterprises", BigDecimal.valueOf(f.enterprises()));
        if (f.enterprisesChange() != null) {
            figures.put("investment.enterprisesChange", f.enterprisesChange());
        }
        figures.put("market.cases", BigDecimal.valueOf(f.marketCases()));
        figures.put("market.handled", BigDecimal.valueOf(f.marketHandled()));
        figures.put("market.violations", BigDecimal.valueOf(f.violations()));
        figures.put("market.counterfeit", BigDecimal.valueOf(f.counterfeit()));
        figures.put("market.bannedSmuggled", BigDecimal.valueOf(f.bannedSmuggled()));
        figures.put("market.tradeFraud", BigDecimal.valueOf(f.tradeFraud()));
        return figures;
    }

    /**
     * A document ready to print: the report whose figures fill it and form its appendix, the filling
     * of any other text with those figures, and the unit's own Word template if it has one.
     */
    public record Rendered(ReportDocument document, Report report, java.util.function.UnaryOperator<String> figures,
            Optional<byte[]> docxTemplate, String issuer) {
    }

    /**
     * The issuing People's Committee as running text names it ("UBND huyện Thọ Xuân", "UBND xã Thọ
     * Xuân", "UBND tỉnh Thanh Hóa"): the header prints it in capitals, a sentence does not.
     */
    static String issuer(Unit unit) {
        return "UBND " + lowerFirst(unit.name());
    }

    /** Replaces the built-in Word layout with the unit's own template (REFORM_OFFICER, ADMIN). */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'ADMIN')")
    @Transactional
    public void saveDocxTemplate(String unitCode, byte[] content) {
        Unit unit = units.find(unitCode, zone.today()).or(() -> units.allUnits().stream()
                .filter(u -> u.code().equals(unitCode)).reduce((a, b) -> b))
                .orElseThrow(() -> new vn.motcua.shared.NotFoundException("units.not-found", unitCode, ""));
        if (content == null || content.length == 0 || content.length > 5_000_000
                || !vn.motcua.reports.internal.TemplateFiller.readable(content)) {
            throw new InvalidInputException("file", "reports.docx-template.invalid");
        }
        List<String> missing = vn.motcua.reports.internal.TemplateFiller.missingPlaceholders(content);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("file", "reports.docx-template.placeholders", String.join(", ", missing));
        }
        store.saveDocxTemplate(unit.id(), content, currentUser.require().getUsername(), clock.instant());
        audit.record("report-template.uploaded", "report-template", unitCode, "Tải lên mẫu Word báo cáo của " + unit.name(), null, null);
    }

    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'ADMIN')")
    @Transactional
    public void removeDocxTemplate(String unitCode) {
        Unit unit = units.allUnits().stream().filter(u -> u.code().equals(unitCode)).reduce((a, b) -> b)
                .orElseThrow(() -> new vn.motcua.shared.NotFoundException("units.not-found", unitCode, ""));
        if (!store.removeDocxTemplate(unit.id())) {
            throw new vn.motcua.shared.NotFoundException("reports.docx-template.none", unitCode);
        }
        audit.record("report-template.removed", "report-template", unitCode, "Bỏ mẫu Word riêng của " + unit.name(), null, null);
    }
}
