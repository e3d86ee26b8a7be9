package vn.motcua.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossiers.DossierMeasures;
import vn.motcua.feedback.AgencySatisfaction;
import vn.motcua.feedback.Surveys;
import vn.motcua.indicators.MeasureRegistry;
import vn.motcua.shared.Period;
import vn.motcua.shared.ReportingPeriods;
import vn.motcua.indicators.PeriodWindows;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MeasureWindow;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

/**
 * The key figures of a unit over the quarters up to a period — dossiers by channel, on-time rate,
 * online rate, apologies — and its communes ranked by on-time rate in that period.
 */
@Service
public class Dashboard {


    /** One quarter's figures. */
    public record Point(String period, String label, Map<String, Long> received, long resolved, long onTime, long apologies,
            BigDecimal onTimeRate, BigDecimal onlineRate) {

        public long totalReceived() {
            return received.values().stream().mapToLong(Long::longValue).sum();
        }

        /**
         * No dossier received, resolved or apologised for in the quarter: the page says "chưa có số liệu", not a row of 0s,
         * and its charts leave a gap there rather than a bar of 0 (so the charts' data carries it).
         */
        @com.fasterxml.jackson.annotation.JsonProperty
        public boolean withoutRecords() {
            return totalReceived() == 0 && resolved == 0 && apologies == 0;
        }
    }

    /** A commune's on-time rate in the period. */
    public record Ranked(String unitCode, String unitName, long resolved, long onTime, BigDecimal onTimeRate) {
    }

    /** {@code satisfaction}: the survey answers of the period by agency (tỷ lệ hài lòng). */
    public record View(String unitCode, String unitName, String period, String periodLabel, List<Point> series, List<Ranked> communes,
            List<AgencySatisfaction> satisfaction) {
    }

    private final MeasureRegistry measures;
    private final PeriodWindows windows;
    private final ReportingPeriods periods;
    private final UnitDirectory units;
    private final Surveys surveys;

    Dashboard(MeasureRegistry measures, PeriodWindows windows, ReportingPeriods periods, UnitDirectory units, Surveys surveys) {
        this.periods = periods;
        this.surveys = surveys;
        this.measures = measures;
        this.windows = windows;
        this.units = units;
    }

    /**
     * The unit's six quarters up to the period, each from one window of its figures, and its communes
     * ranked from the period's window of the unit itself, narrowed to each commune.
     */
    @Transactional(readOnly = true)
    public View view(String unitCode, String periodName) {
        Period period = parse(periodName);
        PeriodWindows.Window last = windows.window(period);
        Unit unit = units.require(unitCode, last.to().minusDays(1));
        List<Point> series = new ArrayList<>();
        Period quarter = period.quarter() ? period : period.quarters().get(period.quarters().size() - 1);
        List<Period> quarters = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // Only quarters in which the unit existed: a commune created on 01/07/2025 has no row (nor bar) of 0s for Q2 2025.
            if (existedDuring(unit, windows.window(quarter))) {
                quarters.add(0, quarter);
            }
            quarter = quarter.previous();
        }
        MeasureWindow lastQuarter = null;
        for (Period q : quarters) {
            PeriodWindows.Window w = windows.window(q);
            MeasureWindow figures = measures.window(unit.id(), w.from(), w.to());
            Map<String, Long> received = new LinkedHashMap<>();
            long total = 0;
            for (String channel : List.of("DIRECT", "POSTAL", "ONLINE_PARTIAL", "ONLINE_FULL")) {
                long value = count(figures, DossierMeasures.RECEIVED, Map.of("channel", channel));
                received.put(channel, value);
                total += value;
            }
            long resolved = count(figures, DossierMeasures.RESOLVED, Map.of());
            long onTime = count(figures, DossierMeasures.RESOLVED_ON_TIME, Map.of());
            long apologies = count(figures, DossierMeasures.APOLOGIES, Map.of());
            series.add(new Point(q.name(), periods.label(q), received, resolved, onTime, apologies, rate(onTime, resolved),
                    rate(received.get("ONLINE_PARTIAL") + received.get("ONLINE_FULL"), total)));
            lastQuarter = figures;
        }
        MeasureWindow ranked = period.quarter() ? lastQuarter : measures.window(unit.id(), last.from(), last.to());
        List<Ranked> communes = new ArrayList<>();
        for (Unit commune : units.unitsUnder(unit.id())) {
            if (commune.level() == UnitLevel.COMMUNE && commune.parentId() != null && commune.parentId() == unit.id()
                    && commune.validOn(last.to().minusDays(1))) {
                Map<String, String> within = Map.of("unitCode", commune.code());
                long resolved = count(ranked, DossierMeasures.RESOLVED, within);
                long onTime = count(ranked, DossierMeasures.RESOLVED_ON_TIME, within);
                communes.add(new Ranked(commune.code(), commune.name(), resolved, onTime, rate(onTime, resolved)));
            }
        }
        communes.sort(Comparator.comparing((Ranked r) -> r.onTimeRate() == null ? BigDecimal.valueOf(-1) : r.onTimeRate()).reversed()
                .thenComparing(Ranked::resolved, Comparator.reverseOrder()));
        return new View(unit.code(), unit.name(), period.name(), periods.label(period), series, communes,
                surveys.satisfaction(unit.code(), last.from(), last.to().minusDays(1)));
    }

    /** Whether the unit existed on some day of the window [from, to). */
    private static boolean existedDuring(Unit unit, PeriodWindows.Window window) {
        return (unit.validFrom() == null || unit.validFrom().isBefore(window.to()))
                && (unit.validTo() == null || !unit.validTo().isBefore(window.from()));
    }

    private static long count(MeasureWindow figures, String measure, Map<String, String> filters) {
        return figures.value(measure, filters).longValueExact();
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The dossiers behind a dashboard figure: a measure whose records are dossiers. */
    @Transactional(readOnly = true)
    public List<String> records(String measure, String unitCode, String periodName, Map<String, String> filters) {
        if (!"DOSSIERS".equals(measures.measure(measure).recordKind())) {
            throw new InvalidInputException("measure", "indicators.measure.unknown", measure);
        }
        PeriodWindows.Window w = windows.window(parse(periodName));
        Unit unit = units.require(unitCode, w.to().minusDays(1));
        return measures.window(unit.id(), w.from(), w.to()).records(measure, filters);
    }

    private static Period parse(String periodName) {
        try {
            return Period.parse(periodName);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", "indicators.period.invalid", periodName);
        }
    }
}
