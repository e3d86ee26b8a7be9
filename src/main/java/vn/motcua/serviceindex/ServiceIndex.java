package vn.motcua.serviceindex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.indicators.PeriodWindows;
import vn.motcua.serviceindex.internal.IndexDefinition;
import vn.motcua.serviceindex.internal.IndexSetRows;
import vn.motcua.serviceindex.internal.Scorer;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Period;
import vn.motcua.shared.ReportingPeriods;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;

/**
 * Bộ chỉ số phục vụ người dân, doanh nghiệp: a unit's score for a period, computed live from the
 * records over the period's window (the one its reports and dashboard use), against the set in force
 * on the window's last day; the units directly below ranked by theirs; the four quarters up to it.
 * A unit is named by its code as valid at the window's end, and reached only within the caller's units.
 */
@Service
public class ServiceIndex {

    /** Quarters the trend shows, the period's own last. */
    public static final int TREND_QUARTERS = 4;

    private final IndexSetRows sets;
    private final Scorer scorer;
    private final UnitDirectory units;
    private final PeriodWindows windows;
    private final ReportingPeriods periods;
    private final VietnameseFormat format;
    private final MotCuaZone zone;

    ServiceIndex(IndexSetRows sets, Scorer scorer, UnitDirectory units, PeriodWindows windows, ReportingPeriods periods,
            VietnameseFormat format, MotCuaZone zone) {
        this.sets = sets;
        this.scorer = scorer;
        this.units = units;
        this.windows = windows;
        this.periods = periods;
        this.format = format;
        this.zone = zone;
    }

    /**
     * The score out of 100 of a unit over the days [from, to), for a text that cites it (the report's
     * narrative); empty when no set was in force or no criterion has records.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<BigDecimal> score(long unitId, LocalDate from, LocalDate to) {
        Unit unit = units.byId(unitId).orElseThrow(() -> new NotFoundException("serviceindex.unit.unknown", String.valueOf(unitId)));
        return sets.inForceOn(to.minusDays(1)).map(set -> scorer.score(set, unit, from, to).score());
    }

    /** The unit's card for the period: every group and criterion with its figures. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public IndexCard card(String unitCode, String periodName) {
        Target target = target(unitCode, periodName);
        return card(target);
    }

    /** The units directly below, as the window ends, ranked by their score; those without one last. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<RankedUnit> ranking(String unitCode, String periodName) {
        Target target = target(unitCode, periodName);
        LocalDate lastDay = target.to().minusDays(1);
        List<Unit> below = units.unitsUnder(target.unit().id()).stream()
                .filter(u -> u.parentId() != null && u.parentId() == target.unit().id() && u.validOn(lastDay)).toList();
        List<Scorer.Scored> scored = below.stream().map(u -> scorer.score(target.set(), u, target.from(), target.to())).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < below.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> byScore = Comparator.comparing((Integer i) -> scored.get(i).score(),
                Comparator.nullsLast(Comparator.reverseOrder()));
        order.sort(byScore.thenComparing(i -> below.get(i).name()));
        List<RankedUnit> ranking = new ArrayList<>();
        int place = 0;
        for (int i : order) {
            Scorer.Scored s = scored.get(i);
            Unit u = below.get(i);
            ranking.add(new RankedUnit(s.score() == null ? 0 : ++place, u.code(), u.name(), u.level().name(), s.score(), s.earned(),
                    s.measurable()));
        }
        return ranking;
    }

    /** The score of the four quarters up to the period's last, oldest first; a quarter the unit did not exist in, or not begun, has none. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(String unitCode, String periodName) {
        Target target = target(unitCode, periodName);
        Period quarter = target.period().quarter() ? target.period()
                : target.period().quarters().get(target.period().quarters().size() - 1);
        List<Period> quarters = new ArrayList<>();
        for (int i = 0; i < TREND_QUARTERS; i++) {
            quarters.add(0, quarter);
            quarter = quarter.previous();
        }
        List<TrendPoint> trend = new ArrayList<>();
        for (Period q : quarters) {
            PeriodWindows.Window w = windows.window(q);
            Optional<IndexDefinition> set = sets.inForceOn(w.to().minusDays(1));
            boolean existed = target.unit().validOn(w.to().minusDays(1)) && !w.from().isAfter(zone.today());
            if (set.isEmpty() || !existed) {
                trend.add(new TrendPoint(q.name(), periods.label(q), null, List.of()));
                continue;
            }
            Scorer.Scored s = scorer.score(set.get(), target.unit(), w.from(), w.to());
            trend.add(new TrendPoint(q.name(), periods.label(q), s.score(), s.groups().stream().map(IndexCard.GroupScore::points).toList()));
        }
        return trend;
    }

    /** The records behind one figure of a criterion, for the drill-down. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public CriterionRecords records(String unitCode, String periodName, String criterionKey, IndexCard.Role role) {
        Target target = target(unitCode, periodName);
        IndexDefinition.Criterion criterion = target.set().criterion(criterionKey);
        if (criterion == null) {
            throw new NotFoundException("serviceindex.criterion.unknown", criterionKey, target.set().title());
        }
        IndexCard card = card(target);
        IndexCard.CriterionScore score = card.groups().stream().flatMap(g -> g.criteria().stream())
                .filter(c -> c.key().equals(criterionKey)).findFirst().orElseThrow();
        if (score.inputs().stream().noneMatch(i -> i.role() == role)) {
            throw new NotFoundException("serviceindex.figure.unknown", role.name(), criterionKey);
        }
        Scorer.Records records = scorer.records(criterion, role, target.unit(), target.from(), target.to());
        return new CriterionRecords(card, score, role, records.kind(), records.codes());
    }

    static final String STAFF = "hasAnyRole('CLERK','SPECIALIST','REPORTER','REFORM_OFFICER','LEADER','ADMIN')";

    private IndexCard card(Target target) {
        Scorer.Scored scored = scorer.score(target.set(), target.unit(), target.from(), target.to());
        IndexDefinition set = target.set();
        return new IndexCard(target.unit().code(), target.unit().name(), target.period().name(), periods.label(target.period()),
                target.from(), target.to(), set.code(), set.title(), set.source(), scored.score(), scored.earned(), scored.measurable(),
                scored.groups());
    }

    /** A unit, a period, its window [from, to) and the set in force at its end. */
    private record Target(Unit unit, Period period, LocalDate from, LocalDate to, IndexDefinition set) {
    }

    private Target target(String unitCode, String periodName) {
        if (unitCode == null || unitCode.isBlank()) {
            throw new InvalidInputException("unit", "serviceindex.unit.required");
        }
        Period period;
        try {
            period = Period.parse(periodName);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", "serviceindex.period.invalid", periodName == null ? "" : periodName);
        }
        LocalDate standardEnd = period.windowEnd().minusDays(1);
        IndexDefinition set = sets.inForceOn(standardEnd)
                .orElseThrow(() -> new InvalidInputException("period", "serviceindex.period.before-set", periods.label(period)));
        PeriodWindows.Window window = windows.window(period);
        if (window.from().isAfter(zone.today())) {
            throw new InvalidInputException("period", "serviceindex.period.future", periods.label(period));
        }
        LocalDate lastDay = window.to().minusDays(1);
        String code = unitCode.trim();
        Unit unit = units.find(code, lastDay).orElseThrow(() -> notInPeriod(code, period, lastDay));
        Optional<IndexDefinition> atEnd = sets.inForceOn(lastDay);
        return new Target(unit, period, window.from(), window.to(), atEnd.orElse(set));
    }

    /** A unit the code names at another time than the period's end: a clear 422; a code the caller reaches at no time: 404. */
    private RuntimeException notInPeriod(String code, Period period, LocalDate lastDay) {
        List<Unit> named = units.allUnits().stream().filter(u -> u.code().equals(code)).toList();
        Optional<Unit> later = named.stream().filter(u -> u.validFrom() != null && u.validFrom().isAfter(lastDay))
                .min(Comparator.comparing(Unit::validFrom));
        if (later.isPresent()) {
            return new InvalidInputException("unit", "serviceindex.unit.not-yet", later.get().name(), format.date(later.get().validFrom()),
                    periods.label(period));
        }
        Optional<Unit> earlier = named.stream().filter(u -> u.validTo() != null && u.validTo().isBefore(lastDay))
                .max(Comparator.comparing(Unit::validTo));
        if (earlier.isPresent()) {
            return new InvalidInputException("unit", "serviceindex.unit.ended", earlier.get().name(), format.date(earlier.get().validTo()),
                    periods.label(period));
        }
        return new NotFoundException("serviceindex.unit.unknown", code);
    }
}
