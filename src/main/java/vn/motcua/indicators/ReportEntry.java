package vn.motcua.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
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
    private final vn.motcua.shared.ReportingPeriods periods;

    ReportEntry(ReportTargets targets, TemplateStore templates, ReportStore reports, ReportCompiler compiler, CurrentUser currentUser,
            AuditTrail audit, Clock clock, vn.motcua.shared.ReportingPeriods periods) {
        this.periods = periods;
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
        Map<String, BigDecimal> was = new java.util.LinkedHashMap<>();
        Map<String, BigDecimal> is = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            Entry old = before.get(e.getKey());
            BigDecimal previous = old == null ? null : old.value();
            if (!sameFigure(previous, e.getValue())) {
                was.put(e.getKey(), plain(previous));
                is.put(e.getKey(), plain(e.getValue()));
            }
        }
        audit.record("report.values", "report", target.auditKey(),
                "Cập nhật " + is.size() + " chỉ tiêu báo cáo " + periods.label(target.period(), java.util.Locale.forLanguageTag("vi")) + " của " + target.unit().name()
                        + (is.isEmpty() ? "" : " (" + changedKeys(is.keySet()) + ")")
                        + (note == null || note.isBlank() ? "" : "; ghi chú: " + note.trim()),
                was, is);
        return compiler.compile(target.with(saved)).report();
    }

    /** The first rows changed, then how many more: the entry's table lists them all. */
    private static String changedKeys(java.util.Set<String> keys) {
        List<String> first = keys.stream().limit(10).toList();
        return String.join(", ", first) + (keys.size() > first.size() ? " và " + (keys.size() - first.size()) + " chỉ tiêu khác" : "");
    }

    /** 3 and 3.0000 are the same figure: only figures whose value moved are in the audit entry. */
    private static boolean sameFigure(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** 3.0000 as it was entered, 3; never 3E+1 for 30. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
