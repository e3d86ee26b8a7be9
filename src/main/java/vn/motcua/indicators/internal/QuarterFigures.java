package vn.motcua.indicators.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.shared.Period;
import vn.motcua.indicators.ReportStatus;
import vn.motcua.indicators.TemplateRow;
import vn.motcua.indicators.internal.ReportStore.StoredReport;

/**
 * Số liệu các quý: the entered figures of a unit's quarterly reports within a longer period (as
 * approved, when approved), from which a half-year, nine months or year takes its entered rows.
 */
@Component
public class QuarterFigures {

    private final ReportStore reports;

    QuarterFigures(ReportStore reports) {
        this.reports = reports;
    }

    /** The quarters' entered figures, in order, each quarter's report read once. */
    public Quarters of(ReportTarget target) {
        List<Map<String, BigDecimal>> quarters = new ArrayList<>();
        for (Period quarter : target.period().quarters()) {
            Optional<StoredReport> report = reports.findByCode(target.template().code(), quarter.name(), target.unit().id());
            if (report.isEmpty()) {
                continue;
            }
            Map<String, BigDecimal> values = new HashMap<>();
            if (report.get().status() == ReportStatus.APPROVED) {
                reports.approved(report.get().id()).values().stream().filter(a -> a.value() != null)
                        .forEach(a -> values.put(a.key(), a.value()));
            } else {
                reports.entries(report.get().id()).values().stream().filter(e -> e.value() != null)
                        .forEach(e -> values.put(e.key(), e.value()));
            }
            quarters.add(values);
        }
        return new Quarters(quarters);
    }

    /** The quarters' figures by row key, in the order of the quarters. */
    public record Quarters(List<Map<String, BigDecimal>> figures) {

        /** SUM adds the quarters' figures, STOCK takes the last one with a value; none when no quarter has one. */
        public Optional<BigDecimal> total(TemplateRow row) {
            List<BigDecimal> values = figures.stream().map(f -> f.get(row.key())).filter(v -> v != null).toList();
            if (values.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("STOCK".equals(row.aggregation()) ? values.get(values.size() - 1)
                    : values.stream().reduce(BigDecimal::add).orElseThrow());
        }
    }
}
