package vn.motcua.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.accounts.Role;
import vn.motcua.accounts.StaffDirectory;
import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.Period;
import vn.motcua.indicators.Report;
import vn.motcua.indicators.UnitReports;
import vn.motcua.reports.core.Narrative;
import vn.motcua.reports.core.OutlineFacts;
import vn.motcua.reports.core.StandardOutline;
import vn.motcua.reports.internal.DocumentStore;
import vn.motcua.reports.internal.NarrativeSources;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

/**
 * The report document of a unit for a period: composed by officers, starting from the previous
 * period's or from the standard outline MotCua writes from its records (StandardOutline), its
 * placeholders always filled with the report's current figures. A saved document is the officers'
 * own and is never written over.
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
    private final NarrativeSources sources;
    private final vn.motcua.shared.ReportingPeriods periods;

    private final PublicRegister register;
    private final StaffDirectory staff;

    ReportDocuments(DocumentStore store, UnitReports reports, UnitDirectory units, VietnameseFormat format, CurrentUser currentUser,
            AuditTrail audit, Clock clock, MotCuaZone zone, NarrativeSources sources, vn.motcua.shared.ReportingPeriods periods,
            PublicRegister register, StaffDirectory staff) {
        this.register = register;
        this.staff = staff;
        this.periods = periods;
        this.sources = sources;
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
        return compose(template, period, unitCode).document();
    }

    /**
     * The document as an officer finds it, with the report it belongs to: the unit's saved one, else the
     * previous period's carried over, else the standard outline — whose figures, read to write it, are kept
     * so that filling it does not read them again.
     */
    private Composed compose(String template, String period, String unitCode) {
        return compose(template, reports.get(template, period, unitCode, false));
    }

    /** The document of a report already compiled by the caller. */
    private Composed compose(String template, Report report) {
        String unitCode = report.unitCode();
        Unit unit = units.require(unitCode, report.windowTo());
        Optional<DocumentStore.Stored> stored = store.find(template, report.period(), unit.id());
        if (stored.isPresent()) {
            DocumentStore.Stored s = stored.get();
            return new Composed(new ReportDocument(template, report.period(), unitCode, s.authority(), s.number(), s.place(), s.issuedOn(),
                    s.title(), s.addressee(), store.sections(s.id()), s.signatureRole(), s.signer(), s.recipients(), s.version(), true,
                    s.signerAccount(), s.signerAgency()),
                    report, unit, null);
        }
        Period current = Period.parse(report.period());
        Optional<DocumentStore.Stored> previous = store.find(template, current.previous().name(), unit.id());
        if (previous.isPresent()) {
            DocumentStore.Stored p = previous.get();
            return new Composed(new ReportDocument(template, report.period(), unitCode, p.authority(), numberless(p.number()), p.place(), issuedOnByDefault(report),
                    title(current), p.addressee(), carriedOver(store.sections(p.id()), current.previous(), current), p.signatureRole(),
                    p.signer(), p.recipients(), 0, false, p.signerAccount(), p.signerAgency()), report, unit, null);
        }
        return outline(template, report, unit, current);
    }

    /**
     * The previous period's sections as this period starts from them: the periods they name move on one
     * ("quý I năm 2024" becomes "quý II năm 2024", section IV's "QUÝ II" becomes "QUÝ III"), so a figure of
     * this period is never printed under the last one's name. A bare year ("năm 2025") is also how titles
     * of plans name their year ("Kế hoạch … năm 2025"), so it moves only in section IV's heading and in the
     * opening paragraph's pair of periods ("năm 2024, nhiệm vụ trọng tâm năm 2025").
     */
    private static List<ReportDocument.Section> carriedOver(List<ReportDocument.Section> sections, Period previous, Period current) {
        Map<String, String> moved = new java.util.LinkedHashMap<>();
        for (String[] pair : new String[][] { { phrase(previous), phrase(current) }, { next(previous), next(current) } }) {
            if (pair[0].startsWith("năm ")) {
                continue;
            }
            moved.put(pair[0], pair[1]);
            moved.put(capitalised(pair[0]), capitalised(pair[1]));
            moved.put(pair[0].toUpperCase(Locale.forLanguageTag("vi")), pair[1].toUpperCase(Locale.forLanguageTag("vi")));
        }
        moved.put(StandardOutline.nextHeading(next(previous)), StandardOutline.nextHeading(next(current)));
        // The opening paragraph names both periods as the title does ("quý I, nhiệm vụ trọng tâm quý II năm 2024").
        moved.put(periods(previous), periods(current));
        // Longest first, all at once: "quý I năm 2024" must not match inside "quý II năm 2024", nor a moved name move twice.
        java.util.regex.Pattern names = java.util.regex.Pattern.compile(moved.keySet().stream().sorted(
                java.util.Comparator.comparingInt(String::length).reversed()).map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|", "(?<![\\p{L}])(", ")(?![\\p{L}])")));
        java.util.function.UnaryOperator<String> move = text -> names.matcher(text).replaceAll(m -> java.util.regex.Matcher
                .quoteReplacement(moved.get(m.group(1))));
        return sections.stream().map(s -> new ReportDocument.Section(move.apply(s.heading()), move.apply(s.body()))).toList();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * The issuing date an officer has not set: the day the report is prepared and goes up (today, in Vietnam),
     * never the period's due date, which would backdate a late report. A report that went up before its
     * document was kept at submission has no other date to show than its due date.
     */
    private LocalDate issuedOnByDefault(Report report) {
        return report.status().editable() ? zone.today() : report.dueOn();
    }

    /** A document with its report and unit, and the figures when they were read to compose it (else null). */
    private record Composed(ReportDocument document, Report report, Unit unit, Map<String, BigDecimal> figures) {
    }

    /**
     * What the placeholders are filled from: the report's rows and the narrative's own figures. Once the report has gone
     * up, the narrative's own figures are those kept when it went up (the rows are the report's, frozen by its approval),
     * so the approved text, its Word and PDF say what the approver read whatever the records say later.
     */
    private Map<String, BigDecimal> figures(Composed composed) {
        Report report = composed.report();
        if (!report.status().editable()) {
            Optional<Map<String, BigDecimal>> kept = store.find(composed.document().template(), report.period(), composed.unit().id())
                    .flatMap(s -> store.keptFigures(s.id()));
            if (kept.isPresent()) {
                Map<String, BigDecimal> figures = new HashMap<>(kept.get());
                report.rows().forEach(r -> {
                    if (r.value() != null) {
                        figures.put(r.key(), r.value());
                    }
                });
                return figures;
            }
        }
        return composed.figures() != null ? composed.figures() : sources.figures(report, composed.unit());
    }

    /**
     * What keeps a report's narrative from going up: a section still bare, or still holding a request to
     * the officer ([Gợi ý: …]). Read from the document as {@link #get} finds it — the unit's own, the
     * previous period's, or the standard outline written from the report as compiled, which submission
     * and the report's page already hold.
     */
    @Transactional(readOnly = true)
    List<UnfinishedSection> unfinishedSections(Report report) {
        Period current = Period.parse(report.period());
        Unit unit = units.require(report.unitCode(), report.windowTo());
        Optional<DocumentStore.Stored> written = store.find(report.template(), current.name(), unit.id())
                .or(() -> store.find(report.template(), current.previous().name(), unit.id()));
        List<ReportDocument.Section> sections = written.isPresent() ? store.sections(written.get().id())
                : outline(report.template(), report, unit, current).document().sections();
        return sections.stream().filter(s -> s.body() == null || s.body().isBlank() || !Narrative.prompts(s.body()).isEmpty())
                .map(s -> new UnfinishedSection(s.heading(), s.body() == null || s.body().isBlank())).toList();
    }

    /**
     * The document's number is still blank before "/BC-UBND": the unit has not saved a number for this
     * period (a document carried over from the previous period, or the outline, has none).
     */
    boolean unnumbered(Report report) {
        Unit unit = units.require(report.unitCode(), report.windowTo());
        return store.find(report.template(), report.period(), unit.id()).map(s -> blankNumber(s.number())).orElse(true);
    }

    /** "      /BC-UBND" or "": nothing written before the first slash. */
    static boolean blankNumber(String number) {
        if (number == null) {
            return true;
        }
        int slash = number.indexOf('/');
        return (slash < 0 ? number : number.substring(0, slash)).replace('…', ' ').replace('.', ' ').isBlank();
    }

    /** The previous period's number is its own: the new period keeps only what follows it ("/BC-UBND"), the number blank. */
    private static String numberless(String number) {
        int slash = number == null ? -1 : number.indexOf('/');
        return slash < 0 ? "      /BC-UBND" : "      " + number.substring(slash);
    }

    /** A section that is not ready to go up: bare, or with a request to the officer left in it. */
    record UnfinishedSection(String heading, boolean bare) {
    }

    /**
     * The document MotCua writes for the unit's period from its records now, whether or not the unit has
     * saved its own: what the editor starts from, and what an officer who saved early can compare with.
     */
    @Transactional(readOnly = true)
    public ReportDocument draft(String template, String period, String unitCode) {
        Report report = reports.get(template, period, unitCode, false);
        Unit unit = units.require(unitCode, report.windowTo());
        return outline(template, report, unit, Period.parse(report.period())).document();
    }

    private Composed outline(String template, Report report, Unit unit, Period period) {
        String place = unit.name().substring(unit.kind().label().length()).trim();
        String authority = ("UBND " + unit.kind().label() + " " + place).toUpperCase(Locale.forLanguageTag("vi"));
        OutlineFacts facts = sources.facts(report, unit, new OutlineFacts.Span(phrase(period), next(period), period.year(),
                period.kind().firstMonth() == 1), following(period).lastDay(), lowerFirst(title(period)));
        List<ReportDocument.Section> sections = StandardOutline.write(facts, format::number).stream()
                .map(s -> new ReportDocument.Section(s.heading(), s.body())).toList();
        // The number is left blank before "/BC-UBND", as a draft is printed: the clerk writes it in at registration.
        return new Composed(new ReportDocument(template, report.period(), unit.code(), authority, "      /BC-UBND", place, issuedOnByDefault(report),
                title(period), addressee(unit), sections, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "", recipients(unit), 0, false), report, unit,
                facts.figures());
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
     * The seed's title: "Tình hình, kết quả thực hiện cải cách hành chính, cải thiện môi trường đầu tư kinh
     * doanh quý I, nhiệm vụ trọng tâm quý II năm 2024" — the year written once when both periods share it.
     */
    private static String title(Period period) {
        return "Tình hình, kết quả thực hiện cải cách hành chính, cải thiện môi trường đầu tư kinh doanh " + periods(period);
    }

    /** The two periods as the title and the opening paragraph name them: "quý I, nhiệm vụ trọng tâm quý II năm 2024". */
    private static String periods(Period period) {
        String done = phrase(period);
        String next = next(period);
        String year = " năm " + period.year();
        if (done.endsWith(year) && next.endsWith(year) && !next.equals(year.trim())) {
            done = done.substring(0, done.length() - year.length());
        }
        return done + ", nhiệm vụ trọng tâm " + next;
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
        return phrase(following(period));
    }

    /** The period whose tasks section IV sets out: the next quarter, or the next year after the last quarter or the year. */
    private static Period following(Period period) {
        return switch (period.kind()) {
            case Q1 -> new Period(period.year(), Period.Kind.Q2);
            case Q2, H1 -> new Period(period.year(), Period.Kind.Q3);
            case Q3, NINE_MONTHS -> new Period(period.year(), Period.Kind.Q4);
            default -> new Period(period.year() + 1, Period.Kind.YEAR);
        };
    }

    @PreAuthorize("hasAnyRole('REPORTER', 'REFORM_OFFICER', 'LEADER', 'ADMIN')")
    @Transactional
    public ReportDocument save(String template, String period, String unitCode, ReportDocument document, Integer expectedVersion) {
        Report report = reports.get(template, period, unitCode, false);
        // An approved report is stored as it was approved: its text, like its figures, is frozen.
        if (report.status() == vn.motcua.indicators.ReportStatus.APPROVED) {
            throw new ConflictException("reports.document.approved", periods.label(Period.parse(report.period())));
        }
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
        document = withChosenSigner(template, period, unitCode, unit, document);
        if (!store.save(template, report.period(), unit.id(), document, expectedVersion)) {
            throw new ConflictException("reports.changed");
        }
        audit.record("report-document.saved", "report-document", template + "/" + report.period() + "/" + unitCode,
                "Soạn văn bản báo cáo " + periods.label(Period.parse(report.period()), Locale.forLanguageTag("vi")) + " của " + unit.name(), null, null);
        return get(template, period, unitCode);
    }

    /** Người ký: who may sign the unit's report — the leaders working today in its People's Committee. */
    public record Signer(String username, String name, String agencyName) {
    }

    /** The leaders who may sign the report of the unit for the period, as of today. */
    @Transactional(readOnly = true)
    public List<Signer> signers(String template, String period, String unitCode) {
        Report report = reports.get(template, period, unitCode, false);
        return signers(units.require(unitCode, report.windowTo()));
    }

    private List<Signer> signers(Unit unit) {
        Map<Long, String> committees = new HashMap<>();
        register.agencies().stream().filter(a -> a.unitId() == unit.id() && a.kind() == AgencyKind.PEOPLES_COMMITTEE)
                .forEach(a -> committees.put(a.id(), a.name()));
        return staff.inAgencies(committees.keySet(), Set.of(Role.LEADER)).stream()
                .map(m -> new Signer(m.username(), m.plainName(), committees.get(m.agencyId()))).toList();
    }

    /**
     * The signer as chosen: an account among the leaders who may sign, named and placed as today; a typed name
     * the document already carried (one saved before signers were chosen) is kept as it was; a typed name that
     * is exactly a leader's name (a client written before accounts were chosen) becomes that leader. Anything
     * else is refused, naming the field.
     */
    private ReportDocument withChosenSigner(String template, String period, String unitCode, Unit unit, ReportDocument document) {
        String account = document.signerAccount() == null ? "" : document.signerAccount().strip();
        String typed = document.signer() == null ? "" : document.signer().strip();
        List<Signer> signers = signers(unit);
        if (!account.isEmpty()) {
            Signer chosen = signers.stream().filter(s -> s.username().equals(account)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("signerAccount", "reports.signer.not-leader", account, unit.name()));
            return document.signedBy(chosen.username(), chosen.name(), chosen.agencyName());
        }
        if (typed.isEmpty()) {
            return document.signedBy(null, "", null);
        }
        ReportDocument before = compose(template, period, unitCode).document();
        if (typed.equals(before.signer() == null ? "" : before.signer().strip())) {
            return document.signedBy(before.signerAccount(), typed, before.signerAgency());
        }
        List<Signer> named = signers.stream().filter(s -> s.name().equals(typed)).toList();
        if (named.size() == 1) {
            return document.signedBy(named.get(0).username(), named.get(0).name(), named.get(0).agencyName());
        }
        throw new InvalidInputException("signer", "reports.signer.not-leader", typed, unit.name());
    }

    /**
     * Keeps the document a report went up with: one the unit never saved for the period (the previous period's
     * carried over, or the standard outline) is saved as the editor showed it, so that the submitted and then
     * approved report's text is no longer written again from the records or from the previous period; and,
     * saved or not, the narrative's own figures its placeholders were filled with, so they are not read again.
     */
    void keepAsSubmitted(String template, Report submitted) {
        String unitCode = submitted.unitCode();
        Composed composed = compose(template, submitted);
        // The narrative's own figures as the text went up, whether the unit saved its text or not.
        Map<String, BigDecimal> own = new HashMap<>(composed.figures() != null ? composed.figures()
                : sources.figures(composed.report(), composed.unit()));
        composed.report().rows().forEach(r -> own.remove(r.key()));
        if (composed.document().saved()) {
            store.find(template, composed.report().period(), composed.unit().id()).ifPresent(s -> store.keepFigures(s.id(), own));
            return;
        }
        if (!store.save(template, composed.report().period(), composed.unit().id(), composed.document(), null)) {
            throw new ConflictException("reports.changed");
        }
        store.find(template, composed.report().period(), composed.unit().id()).ifPresent(s -> store.keepFigures(s.id(), own));
        audit.record("report-document.kept", "report-document", template + "/" + composed.report().period() + "/" + unitCode,
                "Lưu văn bản báo cáo " + periods.label(Period.parse(composed.report().period()), Locale.forLanguageTag("vi")) + " của "
                        + composed.unit().name() + " như khi gửi", null, null);
    }

    /** The document with every placeholder replaced by the report's current figure. */
    @Transactional(readOnly = true)
    public Rendered render(String template, String period, String unitCode) {
        Composed composed = compose(template, period, unitCode);
        ReportDocument document = composed.document();
        Report report = composed.report();
        Unit unit = composed.unit();
        Map<String, BigDecimal> figures = figures(composed);
        List<ReportDocument.Section> sections = document.sections().stream()
                .map(s -> new ReportDocument.Section(s.heading(), Narrative.fill(s.body(), figures, format::number, format::percent))).toList();
        return new Rendered(new ReportDocument(document.template(), document.period(), document.unitCode(), document.authority(),
                document.number(), document.place(), document.issuedOn(), document.title(), document.addressee(), sections,
                document.signatureRole(), document.signer(), document.recipients(), document.version(), document.saved(),
                document.signerAccount(), document.signerAgency()), report,
                text -> Narrative.fill(text, figures, format::number, format::percent), store.docxTemplate(unit.id()), issuer(unit));
    }

    /**
     * A figure the document asks for that the report cannot give yet, so the editor flags it: the mark
     * as written ({@code 3.3.2+3.3.3}, {@code investment.capitalShare}) and the appendix row's label when
     * the mark names one.
     */
    public record MissingFigure(String mark, String rowLabel) {
    }

    /**
     * The document in the editor with what the officer has still to do: the sections that are a bare
     * heading and those still holding a request ([Gợi ý: …]), by position — a report goes up only with
     * every section written — and the figures that print as "chưa có số liệu", in the order written.
     */
    public record Editing(ReportDocument document, List<Integer> emptySections, List<Integer> promptedSections,
            List<MissingFigure> missingFigures, List<List<Narrative.Piece>> readings, Map<String, String> figureLabels,
            boolean approved) {
    }

    @Transactional(readOnly = true)
    public Editing editing(String template, String period, String unitCode) {
        Composed composed = compose(template, period, unitCode);
        List<ReportDocument.Section> sections = composed.document().sections();
        Map<String, BigDecimal> figures = figures(composed);
        Map<String, String> labels = new HashMap<>();
        composed.report().rows().forEach(r -> labels.put(r.key(), r.label()));
        java.util.LinkedHashSet<String> marks = new java.util.LinkedHashSet<>();
        sections.forEach(s -> marks.addAll(Narrative.missing(s.body(), figures)));
        // Each section as the officer reads it: the marks become their figures, each labelled with the row it comes from.
        List<List<Narrative.Piece>> readings = sections.stream()
                .map(s -> Narrative.pieces(s.body() == null ? "" : s.body(), figures, format::number, format::percent)).toList();
        Map<String, String> figureLabels = new HashMap<>();
        readings.forEach(pieces -> pieces.stream().filter(p -> p.key() != null && labels.containsKey(p.key()))
                .forEach(p -> figureLabels.put(p.key(), labels.get(p.key()))));
        return new Editing(composed.document(),
                java.util.stream.IntStream.range(0, sections.size()).filter(i -> sections.get(i).body().isBlank()).boxed().toList(),
                java.util.stream.IntStream.range(0, sections.size()).filter(i -> !Narrative.prompts(sections.get(i).body()).isEmpty())
                        .boxed().toList(),
                marks.stream().map(mark -> new MissingFigure(mark, labels.get(mark))).toList(), readings, figureLabels,
                composed.report().status() == vn.motcua.indicators.ReportStatus.APPROVED);
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
