package vn.motcua.indicators.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.indicators.ReportStatus;
import vn.motcua.indicators.internal.ReportStore.Entry;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

/**
 * Tổng hợp số liệu cấp dưới: the communes directly below a report's unit, and the figures those that
 * have submitted (or been approved) sent up, which add into the unit's {@code .commune} rows.
 */
@Component
public class Consolidation {

    private final ReportStore reports;
    private final UnitDirectory units;

    Consolidation(ReportStore reports, UnitDirectory units) {
        this.reports = reports;
        this.units = units;
    }

    /** The communes directly below the report's unit on the window's last day: whose figures consolidate into it. */
    public List<Unit> unitsBelow(ReportTarget target) {
        return units.unitsUnder(target.unit().id()).stream()
                .filter(u -> u.parentId() != null && u.parentId() == target.unit().id() && u.validOn(target.lastDay()))
                .filter(u -> u.level() == UnitLevel.COMMUNE).toList();
    }

    /** The entered figures of the units below whose reports for the period have gone up. */
    public SentUp sentUp(ReportTarget target) {
        List<Long> below = unitsBelow(target).stream().map(Unit::id).toList();
        return new SentUp(reports.forUnits(target.template().code(), target.period().name(), below).stream()
                .filter(r -> r.status() == ReportStatus.SUBMITTED || r.status() == ReportStatus.APPROVED)
                .map(r -> reports.entries(r.id())).toList());
    }

    /** The entered figures of each report sent up from below. */
    public record SentUp(List<Map<String, Entry>> reports) {

        public boolean any() {
            return !reports.isEmpty();
        }

        /** The sum of a row's entered figures over the reports sent up; none when none of them has one. */
        public Optional<BigDecimal> total(String key) {
            return reports.stream().map(entries -> entries.get(key)).filter(e -> e != null && e.value() != null).map(Entry::value)
                    .reduce(BigDecimal::add);
        }
    }
}
