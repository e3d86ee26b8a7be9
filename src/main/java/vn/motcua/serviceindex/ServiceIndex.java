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
import vn.motcua.shared.VietnameseOrder;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;

/**
 * Bộ chỉ số phục vụ người dân, doanh nghiệp: a unit's score for a period, computed live from the
 * records over the period's window (the one its reports and dashboard use), against the set in force
 * on the window's last day; the units directly below ranked by theirs; the four quarters up to it.
 * A unit is named by its code as valid at the window's end, and reached only within the caller's units.
 * An agency (cơ quan) of a unit has the same card restricted to its own records, is ranked among the
 * agencies of its unit, and is in a period only if its unit is in force at the window's end.
 */
@Service
public class ServiceIndex {

    /** Quarters the trend shows, the period's own last. */
    public static final int TREND_QUARTERS = 4;

    private final IndexSetRows sets;
    private final Scorer scorer;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;
    private final PeriodWindows windows;
    private final ReportingPeriods periods;
    private final VietnameseFormat format;
    private final MotCuaZone zone;

    ServiceIndex(IndexSetRows sets, Scorer scorer, UnitDirectory units, AgencyDirectory agencies, PeriodWindows windows,
            ReportingPeriods periods, VietnameseFormat format, MotCuaZone zone) {
        this.sets = sets;
        this.scorer = scorer;
        this.units = units;
        this.agencies = agencies;
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

    /** An agency's card for the period: the unit's groups and criteria over the agency's own records. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public IndexCard agencyCard(String agencyCode, String periodName) {
        return card(agencyTarget(agencyCode, periodName));
    }

    /**
     * The agencies of the unit itself (a province's departments, a commune's People's Committee), ranked by
     * their score for the period; those without one last. Only the unit's own agencies: those of the
     * units below are ranked on their unit's page, and those of a unit that has ended are in no later period.
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<RankedAgency> agencyRanking(String unitCode, String periodName) {
        Target target = target(unitCode, periodName);
        List<Agency> own = agencies.agencies().stream().filter(a -> a.unitId() == target.unit().id()).toList();
        List<Scorer.Scored> scored = scorer.scoreAgencies(target.set(), target.unit(), own.stream().map(Agency::code).toList(),
                target.from(), target.to());
        List<RankedAgency> ranking = new ArrayList<>();
        int place = 0;
        for (int i : order(scored, own.stream().map(Agency::name).toList())) {
            Scorer.Scored s = scored.get(i);
            Agency a = own.get(i);
            ranking.add(new RankedAgency(s.score() == null ? 0 : ++place, a.code(), a.name(), a.kind().name(), a.unitCode(), s.score(),
                    s.earned(), s.measurable(), notByAgency(s)));
        }
        return ranking;
    }

    /** The keys of the criteria a score could not split by agency. */
    private static List<String> notByAgency(Scorer.Scored scored) {
        return scored.groups().stream().flatMap(g -> g.criteria().stream()).filter(c -> c.status() == IndexCard.Status.NOT_BY_AGENCY)
                .map(IndexCard.CriterionScore::key).toList();
    }

    /** Positions in ranked order: by score, highest first, those without one last; equal scores by name. */
    private static List<Integer> order(List<Scorer.Scored> scored, List<String> names) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> byScore = Comparator.comparing((Integer i) -> scored.get(i).score(),
                Comparator.nullsLast(Comparator.reverseOrder()));
        order.sort(byScore.thenComparing(VietnameseOrder.by((Integer i) -> names.get(i))));
        return order;
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
        return trend(target(unitCode, periodName));
    }

    /** An agency's score over the four quarters up to the period's last; a quarter its unit was not in force at the end of has none. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<TrendPoint> agencyTrend(String agencyCode, String periodName) {
        return trend(agencyTarget(agencyCode, periodName));
    }

    private List<TrendPoint> trend(Target target) {
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
            Scorer.Scored s = scorer.score(set.get(), target.unit(), target.agencyCode(), w.from(), w.to());
            trend.add(new TrendPoint(q.name(), periods.label(q), s.score(), s.groups().stream().map(IndexCard.GroupScore::points).toList()));
        }
        return trend;
    }

    /** The records behind one figure of a criterion, for the drill-down. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public CriterionRecords records(String unitCode, String periodName, String criterionKey, IndexCard.Role role) {
        return records(target(unitCode, periodName), criterionKey, role);
    }

    /** The records of an agency behind one figure of a criterion, for the drill-down. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public CriterionRecords agencyRecords(String agencyCode, String periodName, String criterionKey, IndexCard.Role role) {
        return records(agencyTarget(agencyCode, periodName), criterionKey, role);
    }

    private CriterionRecords records(Target target, String criterionKey, IndexCard.Role role) {
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
        Scorer.Records records = scorer.records(criterion, role, target.unit(), target.agencyCode(), target.from(), target.to());
        return new CriterionRecords(card, score, role, records.kind(), records.codes());
    }

    static final String STAFF = "hasAnyRole('CLERK','SPECIALIST','REPORTER','REFORM_OFFICER','LEADER','ADMIN')";

    private IndexCard card(Target target) {
        Scorer.Scored scored = scorer.score(target.set(), target.unit(), target.agencyCode(), target.from(), target.to());
        IndexDefinition set = target.set();
        return new IndexCard(target.unit().code(), target.unit().name(), target.period().name(), periods.label(target.period()),
                target.from(), target.to(), set.code(), set.title(), set.source(), scored.score(), scored.earned(), scored.measurable(),
                scored.groups(), target.agency() == null ? null : target.agency().code(),
                target.agency() == null ? null : target.agency().name());
    }

    /** A unit (or one agency of it), a period, its window [from, to) and the set in force at its end. */
    private record Target(Unit unit, Agency agency, Period period, LocalDate from, LocalDate to, IndexDefinition set) {

        String agencyCode() {
            return agency == null ? null : agency.code();
        }
    }

    /** A period, its window [from, to) and the set in force at its end. */
    private record Span(Period period, LocalDate from, LocalDate to, IndexDefinition set) {

        LocalDate lastDay() {
            return to.minusDays(1);
        }
    }

    /**
     * An agency and a period: an agency unknown or out of the caller's reach is a 404; one whose unit is not
     * in force at the window's end (a 2024 district's office asked for 2026) is a 422 saying when its unit
     * ended or began.
     */
    private Target agencyTarget(String agencyCode, String periodName) {
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new InvalidInputException("agency", "serviceindex.agency.required");
        }
        Span span = span(periodName);
        String code = agencyCode.trim();
        Agency agency = agencies.find(code).orElseThrow(() -> new NotFoundException("serviceindex.agency.unknown", code));
        Unit unit = units.byId(agency.unitId()).orElseThrow(() -> new NotFoundException("serviceindex.agency.unknown", code));
        if (!unit.validOn(span.lastDay())) {
            String periodLabel = periods.label(span.period());
            if (unit.validFrom() != null && unit.validFrom().isAfter(span.lastDay())) {
                throw new InvalidInputException("agency", "serviceindex.agency.not-yet", agency.name(), unit.name(),
                        format.date(unit.validFrom()), periodLabel);
            }
            throw new InvalidInputException("agency", "serviceindex.agency.ended", agency.name(), unit.name(),
                    format.date(unit.validTo()), periodLabel);
        }
        return new Target(unit, agency, span.period(), span.from(), span.to(), span.set());
    }

    private Target target(String unitCode, String periodName) {
        if (unitCode == null || unitCode.isBlank()) {
            throw new InvalidInputException("unit", "serviceindex.unit.required");
        }
        Span span = span(periodName);
        String code = unitCode.trim();
        Unit unit = units.find(code, span.lastDay()).orElseThrow(() -> notInPeriod(code, span.period(), span.lastDay()));
        return new Target(unit, null, span.period(), span.from(), span.to(), span.set());
    }

    private Span span(String periodName) {
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
        Optional<IndexDefinition> atEnd = sets.inForceOn(window.to().minusDays(1));
        return new Span(period, window.from(), window.to(), atEnd.orElse(set));
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
