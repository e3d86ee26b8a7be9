package vn.motcua.indicators;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.motcua.shared.Period;
import vn.motcua.shared.ReportingPeriods;
import vn.motcua.shared.VietnameseFormat;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.indicators.internal.FormWorkbook;
import vn.motcua.shared.InvalidInputException;

/**
 * A unit's form as XLSX to fill in offline, and the filled-in file taken back through the same
 * rules as the form on screen: only entered rows are read, unreadable cells are named and nothing
 * is saved while any remains.
 */
@Service
public class ReportWorkbooks {

    private static final String TITLE = "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH";

    private final UnitReports reports;
    private final ReportEntry entry;
    private final ReportingPeriods periods;
    private final VietnameseFormat format;

    ReportWorkbooks(UnitReports reports, ReportEntry entry, ReportingPeriods periods, VietnameseFormat format) {
        this.reports = reports;
        this.entry = entry;
        this.periods = periods;
        this.format = format;
    }

    @Transactional(readOnly = true)
    public byte[] form(String template, String period, String unitCode) {
        Report report = reports.get(template, period, unitCode, false);
        return FormWorkbook.write(report, TITLE, subtitle(report));
    }

    /**
     * "Xã Thọ Xuân — Quý III năm 2026 (số liệu từ ngày 15/06/2026 đến hết ngày 14/09/2026)": the period as an
     * official names it and its data window in Vietnamese dates (the report's window ends on its last day).
     */
    private String subtitle(Report report) {
        return report.unitName() + " — " + periods.label(Period.parse(report.period()), VIETNAMESE) + " (số liệu từ ngày "
                + format.date(report.windowFrom()) + " đến hết ngày " + format.date(report.windowTo()) + ")";
    }

    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

    /** Takes back a filled-in form; returns the report after saving the entered figures that changed. */
    @PreAuthorize("hasAnyRole('REPORTER', 'REFORM_OFFICER', 'LEADER', 'ADMIN')")
    @Transactional
    public Report upload(String template, String period, String unitCode, byte[] file) {
        FormWorkbook.Filled filled;
        try {
            filled = FormWorkbook.read(file);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("file", "indicators.workbook.unreadable");
        }
        if (!filled.bad().isEmpty()) {
            FormWorkbook.BadCell first = filled.bad().get(0);
            throw new InvalidInputException("row " + first.row(), "indicators.workbook.cell", first.row(), first.key(), first.text(),
                    filled.bad().size());
        }
        Report current = reports.get(template, period, unitCode, false);
        Map<String, BigDecimal> changes = new HashMap<>();
        for (ReportRow row : current.rows()) {
            if (row.computed() || "GROUP".equals(row.type()) || !filled.values().containsKey(row.key())) {
                continue;
            }
            BigDecimal value = filled.values().get(row.key());
            boolean manual = "MANUAL".equals(row.source());
            if (value == null ? manual && row.value() != null : row.value() == null || value.compareTo(row.value()) != 0 || !manual) {
                if (value != null || manual) {
                    changes.put(row.key(), value);
                }
            }
        }
        if (changes.isEmpty()) {
            return current;
        }
        return entry.putValues(template, period, unitCode, changes, null, null);
    }
}
