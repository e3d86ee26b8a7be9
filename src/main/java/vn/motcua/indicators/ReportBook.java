package vn.motcua.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.indicators.core.Validation;
import vn.motcua.indicators.core.RowMeasure;
import vn.motcua.indicators.internal.ReportStore;
import vn.motcua.indicators.internal.ReportStore.Entry;
import vn.motcua.indicators.internal.ReportStore.StoredReport;
import vn.motcua.indicators.internal.TemplateStore;
import vn.motcua.indicators.internal.TemplateStore.Template;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MeasureWindow;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

/**
 * A unit's report for a period: computed figures from the operational modules, entered figures,
 * overrides with their reasons, consolidation of the units below, validation, and the approval
 * flow (draft → submitted → returned or approved). An approved report is stored as approved.
 */
@Service
public class ReportBook {

    private static final Set<String> ENTRY_ROLES = Set.of("REPORTER", "REFORM_OFFICER", "LEADER", "ADMIN");
    private static final Set<String> APPROVER_ROLES = Set.of("REFORM_OFFICER", "LEADER");

    private final TemplateStore templates;
    private final ReportStore reports;
    private final MeasureRegistry measures;
    private final UnitDirectory units;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ReportBook(TemplateStore templates, ReportStore reports, MeasureRegistry measures, UnitDirectory units, CurrentUser currentUser,
            AuditTrail audit, Clock clock) {
        this.templates = templates;
        this.reports = reports;
        this.measures = measures;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a request names: the template version, the period, its window, the unit. */
    private record Target(Template template, Period period, LocalDate from, LocalDate to, LocalDate due, Unit unit,
            Optional<StoredReport> stored) {
    }

    private Target target(String templateCode, String periodName, String unitCode) {
        Period period;
        try {
            period = Period.parse(periodName);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", "indicators.period.invalid", periodName);
        }
        Template latest = templates.latest(templateCode).orElseThrow(() -> new NotFoundException("indicators.template.not-found", templateCode));
        LocalDate[] window = window(latest, period);
        Unit unit = units.require(unitCode, window[1].minusDays(1));
        Optional<StoredReport> stored = reports.findByCode(templateCode, period.name(), unit.id());
        Template template = stored.map(r -> templates.byId(r.templateId()).orElseThrow()).orElse(latest);
        return new Target(template, period, window[0], window[1], window[2], unit, stored);
    }

    /** [from, to) and the due date of a period under a template's window rule. */
    static LocalDate[] window(Template template, Period period) {
        int start = template.windowStartDay();
        LocalDate from = LocalDate.of(period.year(), period.kind().firstMonth(), start);
        LocalDate to = LocalDate.of(period.year(), period.kind().lastMonth(), start);
        if (start == 1) {
            to = to.plusMonths(1);
        } else {
            from = from.minusMonths(1);
        }
        LocalDate due = LocalDate.of(period.year(), period.kind().lastMonth(), template.dueDay());
        return new LocalDate[] { from, to, due };
    }

    @Transactional(readOnly = true)
    public Report get(String templateCode, String periodName, String unitCode, boolean compare) {
        Target target = target(templateCode, periodName, unitCode);
        Report report = build(target);
        if (!compare) {
            return report;
        }
        Map<String, BigDecimal> previous = values(templateCode, target.period().previous(), target.unit());
        Map<String, BigDecimal> lastYear = values(templateCode, target.period().sameLastYear(), target.unit());
        List<ReportRow> rows = report.rows().stream().map(r -> new ReportRow(r.key(), r.code(), r.label(), r.unit(), r.type(),
                r.value(), r.source(), r.overridden(), r.note(), r.codes(), r.computed(), previous.get(r.key()), lastYear.get(r.key()),
                r.depth())).toList();
        return new Report(report.id(), report.template(), report.templateVersion(), report.period(), report.unitCode(),
                report.unitName(), report.status(), report.version(), report.windowFrom(), report.windowTo(), report.dueOn(),
                report.returnComment(), rows);
    }

    private Map<String, BigDecimal> values(String templateCode, Period period, Unit unit) {
        try {
            Report other = build(target(templateCode, period.name(), unit.code()));
            Map<String, BigDecimal> values = new HashMap<>();
            other.rows().forEach(r -> values.put(r.key(), r.value()));
            return values;
        } catch (NotFoundException e) {
            return Map.of();
        }
    }

    private Report build(Target target) {
        List<TemplateRow> rows = templates.rows(target.template().id());
        ReportStatus status = target.stored().map(StoredReport::status).orElse(ReportStatus.DRAFT);
        Map<String, ReportRow> byKey = new LinkedHashMap<>();
        if (status == ReportStatus.APPROVED) {
            Map<String, ReportStore.Approved> approved = reports.approved(target.stored().get().id());
            for (TemplateRow row : rows) {
                ReportStore.Approved a = approved.get(row.key());
                byKey.put(row.key(), row(row, a == null ? null : a.value(), a == null ? "MANUAL" : a.source(),
                        a != null && a.overridden(), "", rows));
            }
        } else {
            computeRows(target, rows).forEach(r -> byKey.put(r.key(), r));
        }
        StoredReport stored = target.stored().orElse(null);
        return new Report(stored == null ? 0 : stored.id(), target.template().code(), target.template().version(),
                target.period().name(), target.unit().code(), target.unit().name(), status, stored == null ? 0 : stored.version(),
                target.from(), target.to().minusDays(1), target.due(), stored == null ? null : stored.returnComment(),
                new ArrayList<>(byKey.values()));
    }

    private List<ReportRow> computeRows(Target target, List<TemplateRow> rows) {
        Map<String, Entry> entries = target.stored().map(r -> reports.entries(r.id())).orElse(Map.of());
        Map<String, BigDecimal> values = new HashMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        Map<String, Boolean> overridden = new HashMap<>();
        List<Long> children = childUnits(target);
        Map<Long, Map<String, Entry>> childEntries = new HashMap<>();
        if (!children.isEmpty()) {
            for (StoredReport child : reports.forUnits(target.template().code(), target.period().name(), children)) {
                if (child.status() == ReportStatus.SUBMITTED || child.status() == ReportStatus.APPROVED) {
                    childEntries.put(child.unitId(), reports.entries(child.id()));
                }
            }
        }
        MeasureWindow figures = measures.window(target.unit().id(), target.from(), target.to());
        for (TemplateRow row : rows) {
            if (row.group()) {
                continue;
            }
            Entry entry = entries.get(row.key());
            if (row.computed()) {
                if (entry != null && entry.overridden()) {
                    values.put(row.key(), entry.value());
                    overridden.put(row.key(), true);
                } else {
                    values.put(row.key(), RowMeasure.of(row).figure(figures));
                }
                sourceOf.put(row.key(), row.source());
            } else if (entry != null) {
                values.put(row.key(), entry.value());
                sourceOf.put(row.key(), "MANUAL");
            } else if (row.key().endsWith(".commune") && !childEntries.isEmpty() && additive(row)) {
                String base = row.key().substring(0, row.key().length() - ".commune".length());
                BigDecimal sum = null;
                for (Map<String, Entry> child : childEntries.values()) {
                    Entry e = child.get(base);
                    if (e != null && e.value() != null) {
                        sum = sum == null ? e.value() : sum.add(e.value());
                    }
                }
                if (sum != null) {
                    values.put(row.key(), sum);
                    sourceOf.put(row.key(), "CONSOLIDATED");
                }
            } else if (!target.period().quarter() && additive(row)) {
                fromQuarters(target, row).ifPresent(v -> {
                    values.put(row.key(), v);
                    sourceOf.put(row.key(), "QUARTERS");
                });
            }
        }
        // A total nobody entered is the sum of its parts (the seed left 3.1.3 empty).
        for (int i = rows.size() - 1; i >= 0; i--) {
            TemplateRow row = rows.get(i);
            if (row.group() || values.get(row.key()) != null || !"EQUAL".equals(row.children())) {
                continue;
            }
            BigDecimal sum = null;
            for (TemplateRow part : rows) {
                if (row.key().equals(part.parentKey()) && values.get(part.key()) != null) {
                    sum = sum == null ? values.get(part.key()) : sum.add(values.get(part.key()));
                }
            }
            if (sum != null) {
                values.put(row.key(), sum);
                sourceOf.put(row.key(), "PARTS");
            }
        }
        List<ReportRow> result = new ArrayList<>();
        for (TemplateRow row : rows) {
            Entry entry = entries.get(row.key());
            result.add(row(row, values.get(row.key()), row.group() ? "" : sourceOf.getOrDefault(row.key(), row.computed() ? row.source() : "MANUAL"),
                    overridden.getOrDefault(row.key(), false), entry == null ? "" : entry.note(), rows));
        }
        return result;
    }

    private static boolean additive(TemplateRow row) {
        return "SUM".equals(row.aggregation()) || "STOCK".equals(row.aggregation());
    }

    /** A longer period's entered figure from its quarters: SUM adds them, STOCK takes the last one with a value. */
    private Optional<BigDecimal> fromQuarters(Target target, TemplateRow row) {
        BigDecimal total = null;
        BigDecimal last = null;
        for (Period quarter : target.period().quarters()) {
            Optional<StoredReport> report = reports.findByCode(target.template().code(), quarter.name(), target.unit().id());
            if (report.isEmpty()) {
                continue;
            }
            Entry entry = report.get().status() == ReportStatus.APPROVED
                    ? Optional.ofNullable(reports.approved(report.get().id()).get(row.key()))
                            .map(a -> new Entry(a.key(), a.value(), a.overridden(), "")).orElse(null)
                    : reports.entries(report.get().id()).get(row.key());
            if (entry != null && entry.value() != null) {
                total = total == null ? entry.value() : total.add(entry.value());
                last = entry.value();
            }
        }
        return Optional.ofNullable("STOCK".equals(row.aggregation()) ? last : total);
    }

    /** The units directly below the report's unit during its window: whose figures consolidate into it. */
    private List<Long> childUnits(Target target) {
        LocalDate lastDay = target.to().minusDays(1);
        return units.unitsUnder(target.unit().id()).stream()
                .filter(u -> u.parentId() != null && u.parentId() == target.unit().id() && u.validOn(lastDay))
                .filter(u -> u.level() == UnitLevel.COMMUNE).map(Unit::id).toList();
    }

    private static ReportRow row(TemplateRow row, BigDecimal value, String source, boolean overridden, String note,
            List<TemplateRow> rows) {
        int depth = 0;
        String parent = row.parentKey();
        while (parent != null && depth < 6) {
            depth++;
            String p = parent;
            parent = rows.stream().filter(r -> r.key().equals(p)).findFirst().map(TemplateRow::parentKey).orElse(null);
        }
        return new ReportRow(row.key(), row.printedCode(), row.label(), row.unit(), row.type(), value, source, overridden, note,
                row.codes(), row.computed(), null, null, depth);
    }

    @Transactional(readOnly = true)
    public List<Finding> validate(String templateCode, String periodName, String unitCode) {
        return findings(target(templateCode, periodName, unitCode));
    }

    /** The findings of a report already built (the form page has it in hand: no second computation). */
    @Transactional(readOnly = true)
    public List<Finding> validate(Report report) {
        return findings(target(report.template(), report.period(), report.unitCode()), report);
    }

    private List<Finding> findings(Target target) {
        return findings(target, build(target));
    }

    private List<Finding> findings(Target target, Report report) {
        List<TemplateRow> rows = templates.rows(target.template().id());
        Map<String, BigDecimal> values = new HashMap<>();
        report.rows().forEach(r -> {
            if (r.value() != null) {
                values.put(r.key(), r.value());
            }
        });
        Map<String, BigDecimal> computed = new HashMap<>();
        MeasureWindow figures = measures.window(target.unit().id(), target.from(), target.to());
        if (report.status() != ReportStatus.APPROVED) {
            for (ReportRow r : report.rows()) {
                if (r.overridden()) {
                    TemplateRow row = rows.stream().filter(t -> t.key().equals(r.key())).findFirst().orElseThrow();
                    computed.put(r.key(), RowMeasure.of(row).figure(figures));
                }
            }
        }
        List<Validation.Rule> rules = templates.rules(target.template().id()).stream()
                .map(r -> new Validation.Rule(r.expression(), r.severity(), r.message())).toList();
        return Validation.check(rows, rules, values, computed);
    }

    /**
     * Saves figures: a null removes an entry (and an override); a computed figure may be overridden
     * only with a note. Refused once submitted or approved, and when someone else saved since {@code expectedVersion}.
     */
    @Transactional
    public Report putValues(String templateCode, String periodName, String unitCode, Map<String, BigDecimal> values, String note,
            Integer expectedVersion) {
        MotCuaUser user = requireRole(ENTRY_ROLES);
        Target target = target(templateCode, periodName, unitCode);
        if (values == null || values.isEmpty()) {
            throw new InvalidInputException("values", "indicators.values.empty");
        }
        Map<String, TemplateRow> rows = new HashMap<>();
        templates.rows(target.template().id()).forEach(r -> rows.put(r.key(), r));
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            TemplateRow row = rows.get(e.getKey());
            if (row == null || row.group()) {
                throw new InvalidInputException("values." + e.getKey(), "indicators.key.unknown", e.getKey());
            }
            if (e.getValue() != null && e.getValue().abs().compareTo(new BigDecimal("1e12")) > 0) {
                throw new InvalidInputException("values." + e.getKey(), "indicators.value.range");
            }
            if (row.computed() && e.getValue() != null && (note == null || note.isBlank())) {
                throw new InvalidInputException("note", "indicators.override.note", e.getKey());
            }
        }
        if (note != null && note.length() > 1000) {
            throw new InvalidInputException("note", "indicators.note.long");
        }
        StoredReport report = reports.lockOrCreate(target.template().id(), target.period().name(), target.unit().id());
        if (!report.status().editable()) {
            throw new ConflictException("indicators.not-editable", report.status());
        }
        if (expectedVersion != null && expectedVersion != report.version()) {
            throw new ConflictException("indicators.changed");
        }
        Map<String, Entry> before = reports.entries(report.id());
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            TemplateRow row = rows.get(e.getKey());
            if (e.getValue() == null) {
                reports.removeEntry(report.id(), e.getKey());
            } else {
                reports.putEntry(report.id(), new Entry(e.getKey(), e.getValue(), row.computed(), note == null ? "" : note.trim()),
                        user.getUsername(), clock.instant());
            }
        }
        reports.touch(report.id());
        audit.record("report.values", "report", target.template().code() + "/" + target.period().name() + "/" + target.unit().code(),
                "Cập nhật " + values.size() + " chỉ tiêu báo cáo " + target.period().name() + " của " + target.unit().name(),
                before.values().stream().filter(b -> values.containsKey(b.key())).toList(), values);
        return build(target(templateCode, periodName, unitCode));
    }

    /** Submits upward; refused with the errors (422) while validation finds any. */
    @Transactional
    public Report submit(String templateCode, String periodName, String unitCode) {
        MotCuaUser user = requireRole(ENTRY_ROLES);
        Target target = target(templateCode, periodName, unitCode);
        StoredReport report = reports.lockOrCreate(target.template().id(), target.period().name(), target.unit().id());
        if (!report.status().editable()) {
            throw new ConflictException("indicators.not-editable", report.status());
        }
        List<Finding> errors = findings(target(templateCode, periodName, unitCode)).stream()
                .filter(f -> f.severity().equals("ERROR")).toList();
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        reports.setStatus(report.id(), ReportStatus.SUBMITTED, null, user.getUsername(), clock.instant());
        audit.record("report.submitted", "report", target.template().code() + "/" + target.period().name() + "/" + target.unit().code(),
                "Gửi báo cáo " + target.period().name() + " của " + target.unit().name(), null, null);
        return build(target(templateCode, periodName, unitCode));
    }

    @Transactional
    public Report returnReport(String templateCode, String periodName, String unitCode, String comment) {
        MotCuaUser user = requireRole(APPROVER_ROLES);
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "indicators.comment.required");
        }
        Target target = target(templateCode, periodName, unitCode);
        StoredReport report = reports.lockOrCreate(target.template().id(), target.period().name(), target.unit().id());
        if (report.status() != ReportStatus.SUBMITTED) {
            throw new ConflictException("indicators.not-submitted", report.status());
        }
        reports.setStatus(report.id(), ReportStatus.RETURNED, comment.trim(), user.getUsername(), clock.instant());
        audit.record("report.returned", "report", target.template().code() + "/" + target.period().name() + "/" + target.unit().code(),
                "Trả lại báo cáo " + target.period().name() + " của " + target.unit().name() + ": " + comment.trim(), null, null);
        return build(target(templateCode, periodName, unitCode));
    }

    /** Approves a submitted report and stores its figures as they are now. */
    @Transactional
    public Report approve(String templateCode, String periodName, String unitCode) {
        MotCuaUser user = requireRole(APPROVER_ROLES);
        Target target = target(templateCode, periodName, unitCode);
        StoredReport report = reports.lockOrCreate(target.template().id(), target.period().name(), target.unit().id());
        if (report.status() != ReportStatus.SUBMITTED) {
            throw new ConflictException("indicators.not-submitted", report.status());
        }
        Report current = build(target(templateCode, periodName, unitCode));
        reports.saveApproved(report.id(), current.rows().stream().filter(r -> !"GROUP".equals(r.type()))
                .map(r -> new ReportStore.Approved(r.key(), r.value(), r.source(), r.overridden())).toList());
        reports.setStatus(report.id(), ReportStatus.APPROVED, null, user.getUsername(), clock.instant());
        audit.record("report.approved", "report", target.template().code() + "/" + target.period().name() + "/" + target.unit().code(),
                "Phê duyệt báo cáo " + target.period().name() + " của " + target.unit().name(), null, null);
        return build(target(templateCode, periodName, unitCode));
    }

    /** Which units below have submitted, been returned or approved, and who is late. */
    @Transactional(readOnly = true)
    public List<BoardEntry> board(String templateCode, String periodName, String unitCode) {
        Target target = target(templateCode, periodName, unitCode);
        List<Long> children = childUnits(target);
        Map<Long, StoredReport> byUnit = new HashMap<>();
        reports.forUnits(templateCode, target.period().name(), children).forEach(r -> byUnit.put(r.unitId(), r));
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        List<BoardEntry> board = new ArrayList<>();
        for (Unit unit : units.unitsUnder(target.unit().id())) {
            if (!children.contains(unit.id())) {
                continue;
            }
            StoredReport r = byUnit.get(unit.id());
            ReportStatus status = r == null ? ReportStatus.DRAFT : r.status();
            boolean late = (status == ReportStatus.DRAFT || status == ReportStatus.RETURNED) && today.isAfter(target.due());
            board.add(new BoardEntry(unit.code(), unit.name(), status, r == null ? null : r.submittedAt(), late));
        }
        board.sort(java.util.Comparator.comparing(BoardEntry::unitCode));
        return board;
    }

    /** What lies behind a computed row: the kind of records its measure counts (DOSSIERS, PROCEDURES, TASKS…) and their codes. */
    public record Records(String kind, List<String> codes) {
    }

    @Transactional(readOnly = true)
    public Records recordsBehind(String templateCode, String periodName, String unitCode, String key) {
        Target target = target(templateCode, periodName, unitCode);
        TemplateRow row = templates.rows(target.template().id()).stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("indicators.key.unknown", key));
        if (!row.computed()) {
            return new Records("MANUAL", List.of());
        }
        return new Records(measures.measure(row.measure()).recordKind(),
                RowMeasure.of(row).records(measures.window(target.unit().id(), target.from(), target.to())));
    }

    /** Reminds every unit below that is late for the period; returns the units reminded. */
    @Transactional
    public List<String> remindLate(String templateCode, String periodName, String unitCode) {
        MotCuaUser user = requireRole(APPROVER_ROLES);
        Target target = target(templateCode, periodName, unitCode);
        List<String> reminded = new ArrayList<>();
        for (BoardEntry entry : board(templateCode, periodName, unitCode)) {
            if (entry.late()) {
                Unit unit = units.require(entry.unitCode(), target.to().minusDays(1));
                reports.remind(unit.id(), templateCode, target.period().name(), "Đề nghị " + entry.unitName() + " gửi báo cáo CCHC kỳ "
                        + target.period().name() + " (hạn " + target.due() + ").", user.getUsername(), clock.instant());
                reminded.add(entry.unitCode());
            }
        }
        audit.record("report.reminded", "report", templateCode + "/" + target.period().name() + "/" + unitCode,
                "Nhắc " + reminded.size() + " đơn vị chậm báo cáo kỳ " + target.period().name(), null, reminded);
        return reminded;
    }

    /** The reminders addressed to a unit, newest first. */
    @Transactional(readOnly = true)
    public List<ReportStore.Reminder> reminders(String unitCode) {
        Unit unit = units.find(unitCode, LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))))
                .or(() -> units.allUnits().stream().filter(u -> u.code().equals(unitCode)).reduce((a, b) -> b))
                .orElseThrow(() -> new NotFoundException("units.not-found", unitCode, ""));
        return reports.reminders(unit.id());
    }

    /** One unit's place on the status board. */
    public record BoardEntry(String unitCode, String unitName, ReportStatus status, java.time.OffsetDateTime submittedAt, boolean late) {
    }

    private MotCuaUser requireRole(Set<String> roles) {
        MotCuaUser user = currentUser.require();
        if (user.roles().stream().noneMatch(roles::contains)) {
            throw new org.springframework.security.access.AccessDeniedException("role");
        }
        return user;
    }

    /** Submission refused because validation found errors: 422 with each finding. */
    public static class ValidationFailed extends RuntimeException {

        private final transient List<Finding> findings;

        public ValidationFailed(List<Finding> findings) {
            super("validation errors");
            this.findings = List.copyOf(findings);
        }

        public List<Finding> findings() {
            return findings;
        }
    }
}
