package vn.motcua.serviceindex.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.motcua.indicators.MeasureRegistry;
import vn.motcua.serviceindex.IndexCard;
import vn.motcua.serviceindex.IndexCard.CriterionScore;
import vn.motcua.serviceindex.IndexCard.GroupScore;
import vn.motcua.serviceindex.IndexCard.Input;
import vn.motcua.serviceindex.IndexCard.Role;
import vn.motcua.serviceindex.IndexCard.Status;
import vn.motcua.serviceindex.core.Scoring;
import vn.motcua.shared.Measure;
import vn.motcua.shared.MeasureWindow;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitLevel;

/**
 * Scores a set's criteria for one unit and window from the registry's measures, read when scored:
 * a measure no module declares (the payments' measures before that module is installed) leaves its
 * criterion unscored, never at zero.
 */
@Component
public class Scorer {

    /** Phiếu xin lỗi: which late dossiers had one is read from the letters of the year before the window's end. */
    static final String APOLOGIES = "dossiers.apologies";

    private final MeasureRegistry registry;

    Scorer(MeasureRegistry registry) {
        this.registry = registry;
    }

    /** The filter the measures split by agency take; a criterion whose measures do not take it is not split. */
    static final String AGENCY = "agencyCode";

    /** The groups and the score of one unit and window [from, to). */
    public Scored score(IndexDefinition set, Unit unit, LocalDate from, LocalDate to) {
        return score(set, unit, null, from, to);
    }

    /**
     * The groups and the score of one agency of the unit (null for the whole unit) over [from, to): each
     * figure is the measure's under the filter {@code agencyCode}; a criterion whose measures cannot be
     * split by agency is marked so and left out of the agency's maximum.
     */
    public Scored score(IndexDefinition set, Unit unit, String agencyCode, LocalDate from, LocalDate to) {
        return score(set, new Reading(unit, agencyCode, from, to, registry.window(unit.id(), from, to), new Apologies()));
    }

    /**
     * The scores of several agencies of one unit over [from, to), read from one window of the unit: each
     * source reads the unit's records once and answers every agency's figures from them.
     */
    public List<Scored> scoreAgencies(IndexDefinition set, Unit unit, List<String> agencyCodes, LocalDate from, LocalDate to) {
        MeasureWindow shared = registry.window(unit.id(), from, to);
        Apologies apologies = new Apologies();
        return agencyCodes.stream().map(code -> score(set, new Reading(unit, code, from, to, shared, apologies))).toList();
    }

    private Scored score(IndexDefinition set, Reading reading) {
        List<GroupScore> groups = new ArrayList<>();
        List<Scoring.Earned> all = new ArrayList<>();
        for (IndexDefinition.Group group : set.groups()) {
            List<CriterionScore> criteria = new ArrayList<>();
            List<Scoring.Earned> earned = new ArrayList<>();
            for (IndexDefinition.Criterion criterion : group.criteria()) {
                CriterionScore score = reading.score(criterion);
                criteria.add(score);
                earned.add(new Scoring.Earned(score.points(), score.max()));
            }
            all.addAll(earned);
            BigDecimal measurable = Scoring.measurable(earned);
            groups.add(new GroupScore(group.key(), group.label(), group.max(), measurable.signum() == 0 ? null : Scoring.earned(earned),
                    measurable, criteria));
        }
        return new Scored(Scoring.total(all), Scoring.earned(all), Scoring.measurable(all), groups);
    }

    /** The score of a card: out of 100 over what is measured (null while less than half the points are), the points earned and measurable. */
    public record Scored(BigDecimal score, BigDecimal earned, BigDecimal measurable, List<GroupScore> groups) {
    }

    /** The records behind one figure of a criterion, with their kind; empty when the measure is not there. */
    public Records records(IndexDefinition.Criterion criterion, Role role, Unit unit, String agencyCode, LocalDate from, LocalDate to) {
        return new Reading(unit, agencyCode, from, to, registry.window(unit.id(), from, to), new Apologies()).records(criterion, role);
    }

    public record Records(String kind, List<String> codes) {
    }

    /** The levels a unit's procedures are counted at: its own and those below it. */
    static String levels(Unit unit) {
        return switch (unit.level()) {
            case PROVINCE -> UnitLevel.PROVINCE + "," + UnitLevel.DISTRICT + "," + UnitLevel.COMMUNE;
            case DISTRICT -> UnitLevel.DISTRICT + "," + UnitLevel.COMMUNE;
            case COMMUNE -> UnitLevel.COMMUNE.name();
        };
    }

    /** The dossiers of the unit with an apology letter in the year up to the window's end, read once for all its agencies. */
    private static final class Apologies {
        private Set<String> letters;
    }

    /** One unit and window: the registry's window, and the apology letters' wider one opened only if a criterion asks. */
    private final class Reading {

        private final Unit unit;
        /** The agency the figures are restricted to; null for the whole unit. */
        private final String agencyCode;
        private final LocalDate from;
        private final LocalDate to;
        private final MeasureWindow window;
        private final Apologies apologies;

        private Reading(Unit unit, String agencyCode, LocalDate from, LocalDate to, MeasureWindow window, Apologies apologies) {
            this.unit = unit;
            this.agencyCode = agencyCode;
            this.from = from;
            this.to = to;
            this.window = window;
            this.apologies = apologies;
        }

        CriterionScore score(IndexDefinition.Criterion criterion) {
            Map<String, String> numeratorFilters = filters(criterion.numeratorFilters());
            Map<String, String> denominatorFilters = filters(criterion.denominatorFilters());
            boolean sourced = declared(criterion.numerator()) && declared(criterion.denominator())
                    && (criterion.kind() != IndexDefinition.Kind.UNAPOLOGISED_LATE || declared(APOLOGIES));
            if (!sourced || !split(criterion)) {
                List<Input> inputs = List.of(
                        input(Role.NUMERATOR, criterion.numerator(), numeratorFilters, null),
                        input(Role.DENOMINATOR, criterion.denominator(), denominatorFilters, null));
                return new CriterionScore(criterion.key(), criterion.label(), criterion.formula(), criterion.max(), null, null,
                        sourced ? Status.NOT_BY_AGENCY : Status.NO_SOURCE, inputs);
            }
            long denominator = count(criterion.denominator(), denominatorFilters);
            long numerator = count(criterion.numerator(), numeratorFilters);
            List<Input> inputs = new ArrayList<>();
            long achieved;
            if (criterion.kind() == IndexDefinition.Kind.UNAPOLOGISED_LATE) {
                long withApology = lateApologised(criterion, numeratorFilters).size();
                long without = Math.max(numerator - withApology, 0);
                inputs.add(input(Role.LATE, criterion.numerator(), numeratorFilters, numerator));
                inputs.add(input(Role.LATE_APOLOGISED, criterion.numerator(), numeratorFilters, withApology));
                inputs.add(input(Role.LATE_UNAPOLOGISED, criterion.numerator(), numeratorFilters, without));
                achieved = denominator - without;
            } else {
                inputs.add(input(Role.NUMERATOR, criterion.numerator(), numeratorFilters, numerator));
                achieved = numerator;
            }
            inputs.add(input(Role.DENOMINATOR, criterion.denominator(), denominatorFilters, denominator));
            BigDecimal points = Scoring.points(criterion.max(), achieved, denominator);
            return new CriterionScore(criterion.key(), criterion.label(), criterion.formula(), criterion.max(), points,
                    Scoring.rate(achieved, denominator), points == null ? Status.NO_RECORDS : Status.MEASURED, inputs);
        }

        Records records(IndexDefinition.Criterion criterion, Role role) {
            boolean denominator = role == Role.DENOMINATOR;
            String measure = denominator ? criterion.denominator() : criterion.numerator();
            Map<String, String> filters = filters(denominator ? criterion.denominatorFilters() : criterion.numeratorFilters());
            if (!declared(measure) || (role == Role.LATE_APOLOGISED || role == Role.LATE_UNAPOLOGISED) && !declared(APOLOGIES)
                    || !declared(criterion.numerator()) || !declared(criterion.denominator()) || !split(criterion)) {
                return new Records(null, List.of());
            }
            String kind = registry.measure(measure).recordKind();
            return switch (role) {
                case NUMERATOR, DENOMINATOR, LATE -> new Records(kind, window.records(measure, filters));
                case LATE_APOLOGISED -> new Records(kind, List.copyOf(lateApologised(criterion, filters)));
                case LATE_UNAPOLOGISED -> {
                    Set<String> with = lateApologised(criterion, filters);
                    yield new Records(kind, window.records(measure, filters).stream().filter(c -> !with.contains(c)).toList());
                }
            };
        }

        /** The late dossiers of the window that had an apology letter issued within the year up to the window's end. */
        private Set<String> lateApologised(IndexDefinition.Criterion criterion, Map<String, String> filters) {
            if (apologies.letters == null) {
                apologies.letters = new HashSet<>(registry.window(unit.id(), from.minusYears(1), to).records(APOLOGIES, Map.of()));
            }
            Set<String> apologised = apologies.letters;
            Set<String> late = new LinkedHashSet<>(window.records(criterion.numerator(), filters));
            late.retainAll(apologised);
            return late;
        }

        /** The criterion's filters as written, for the unit's levels, and restricted to the agency when there is one. */
        private Map<String, String> filters(String written) {
            Map<String, String> filters = IndexDefinition.filters(written, levels(unit));
            if (agencyCode != null) {
                filters.put(AGENCY, agencyCode);
            }
            return filters;
        }

        /** Whether both measures can be read for the agency (always, for the whole unit). */
        private boolean split(IndexDefinition.Criterion criterion) {
            return agencyCode == null || byAgency(criterion.numerator()) && byAgency(criterion.denominator());
        }

        private boolean byAgency(String measure) {
            return registry.find(measure).map(m -> m.dimensions().contains(AGENCY)).orElse(false);
        }

        private long count(String measure, Map<String, String> filters) {
            BigDecimal value = window.value(measure, filters);
            return value == null ? 0 : value.longValue();
        }

        private Input input(Role role, String measure, Map<String, String> filters, Long value) {
            return new Input(role, measure, filters, value, registry.find(measure).map(Measure::recordKind).orElse(null));
        }

        private boolean declared(String measure) {
            return registry.find(measure).isPresent();
        }
    }
}
