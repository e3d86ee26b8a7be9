package vn.motcua.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.indicators.internal.ReportCompiler;
import vn.motcua.indicators.internal.ReportStore;
import vn.motcua.indicators.internal.ReportStore.Entry;
import vn.motcua.indicators.internal.ReportStore.StoredReport;
import vn.motcua.indicators.internal.ReportTarget;
import vn.motcua.indicators.internal.ReportTargets;
import vn.motcua.indicators.internal.TemplateStore;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InputBounds;
import vn.motcua.shared.InvalidInputException;

/**
 * Nhập số liệu: a unit's entered figures and the overrides of computed ones, each with its reason,
 * saved while the report is a draft or returned.
 */
@Service
public class ReportEntry {

    private static final BigDecimal LARGEST = new BigDecimal("1e12");
    /** Decimal places a figure keeps (the column is numeric(18, 4)). */
    private static final int DECIMALS = 4;

    private final ReportTargets targets;
    private final TemplateStore templates;
    private final ReportStore reports;
    private final ReportCompiler compiler;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    ReportEntry(ReportTargets targets, TemplateStore templates, ReportStore reports, ReportCompiler compiler, CurrentUser currentUser,
            AuditTrail audit, Clock clock) {
        this.targets = targets;
        this.templates = templates;
        this.reports = reports;
        this.compiler = compiler;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves figures: a null removes an entry (and an override); a computed figure may be overridden
     * only with a note. Refused once submitted or approved, and when someone else saved since
     * {@code expectedVersion}. Returns the report as it now stands.
     */
    @PreAuthorize("hasAnyRole('REPORTER', 'REFORM_OFFICER', 'LEADER', 'ADMIN')")
    @Transactional
    public Report putValues(String templateCode, String periodName, String unitCode, Map<String, BigDecimal> given, String note,
            Integer expectedVersion) {
        ReportTarget target = targets.resolve(templateCode, periodName, unitCode);
        if (given == null || given.isEmpty()) {
            throw new InvalidInputException("values", "indicators.values.empty");
        }
        Map<String, TemplateRow> rows = new HashMap<>();
        templates.rows(target.template().id()).forEach(r -> rows.put(r.key(), r));
        Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : given.entrySet()) {
            values.put(e.getKey(), e.getValue() == null ? null : kept(e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            TemplateRow row = rows.get(e.getKey());
            if (row == null || row.group()) {
                throw new InvalidInputException("values." + e.getKey(), "indicators.key.unknown", e.getKey());
            }
            if (e.getValue() != null && e.getValue().abs().compareTo(LARGEST) > 0) {
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
        String username = currentUser.require().getUsername();
        Map<String, Entry> before = reports.entries(report.id());
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            if (e.getValue() == null) {
                reports.removeEntry(report.id(), e.getKey());
            } else {
                reports.putEntry(report.id(), new Entry(e.getKey(), e.getValue(), rows.get(e.getKey()).computed(),
                        note == null ? "" : note.trim()), username, clock.instant());
            }
        }
        StoredReport saved = reports.touch(report.id());
        audit.record("report.values", "report", target.auditKey(),
                "Cập nhật " + values.size() + " chỉ tiêu báo cáo " + target.period().name() + " của " + target.unit().name(),
                before.values().stream().filter(b -> values.containsKey(b.key())).toList(), values);
        return compiler.compile(target.with(saved)).report();
    }

    /**
     * The figure as it is kept: refused when it is out of all proportion (more than {@link InputBounds#LARGEST_SCALE}
     * digits or decimal places, as 1e-999999999 has; rounding such a number would itself exhaust the server),
     * otherwise rounded to the column's four decimal places as the database would.
     */
    private static BigDecimal kept(String key, BigDecimal value) {
        try {
            InputBounds.checked(value);
        } catch (IllegalArgumentException outside) {
            throw new InvalidInputException("values." + key, "indicators.value.range");
        }
        if (value.abs().compareTo(LARGEST) > 0) {
            throw new InvalidInputException("values." + key, "indicators.value.range");
        }
        return value.scale() > DECIMALS ? value.setScale(DECIMALS, java.math.RoundingMode.HALF_UP) : value;
    }
}
