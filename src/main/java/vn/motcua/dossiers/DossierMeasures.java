package vn.motcua.dossiers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossiers.core.FigureMovement.Counted;
import vn.motcua.dossiers.internal.DailyFigures;
import vn.motcua.dossiers.internal.MovementRecords;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.Measure;
import vn.motcua.shared.MeasureSource;
import vn.motcua.shared.MeasureWindow;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

/**
 * The dossier measures for the reform report, over a window of days [from, to) in Vietnam time and a
 * unit: the agencies of the unit itself and of every unit below it. A report template maps a row
 * to a measure and its filters; this module knows no template.
 * <ul>
 * <li>{@code dossiers.received} — received in the window (by time of receipt);</li>
 * <li>{@code dossiers.resolved}, {@code dossiers.resolvedOnTime} (early included), {@code dossiers.resolvedEarly},
 * {@code dossiers.resolvedLate} — completed in the window, against the first appointment, any apology making it late;</li>
 * <li>{@code dossiers.apologies} — apology letters issued in the window;</li>
 * <li>{@code dossiers.publishedPortal}, {@code dossiers.publishedWebsite} — results published in the window on the
 * province portal / the unit's website; {@code dossiers.published} — dossiers with at least one publication in the
 * window, each counted once;</li>
 * <li>{@code dossiers.ended} — refused, withdrawn or stopped in the window;</li>
 * <li>{@code dossiers.documentsDigitised}, {@code dossiers.resultsDigitised} — dossiers whose first scanned paper of the
 * dossier as filed, of its result, was attached in the window (số hóa hồ sơ, số hóa kết quả): each dossier counts once, on
 * the day of its first; {@code dossiers.documentsReused} — dossiers whose first document taken from an earlier dossier of
 * the same applicant was attached in the window.</li>
 * </ul>
 * Filters: {@code channel} (one or more), {@code level} (the level of the receiving agency's unit), {@code fieldCode},
 * {@code unitCode} (a unit within the window's unit, with the units below it), {@code agencyCode} (one agency of the
 * window's units: the dossiers it received, as each movement carries the receiving agency).
 * A value is the sum of the figure movements the dossiers' actions made in the window (kept per day and
 * half month, never a scan of all dossiers); its records are the same movements, listed.
 */
@Service
public class DossierMeasures implements MeasureSource {

    public static final String RECEIVED = Counted.RECEIVED.measure();
    public static final String RESOLVED = Counted.RESOLVED.measure();
    public static final String RESOLVED_ON_TIME = "dossiers.resolvedOnTime";
    public static final String RESOLVED_EARLY = Counted.RESOLVED_EARLY.measure();
    public static final String RESOLVED_LATE = Counted.RESOLVED_LATE.measure();
    public static final String APOLOGIES = Counted.APOLOGIES.measure();
    public static final String PUBLISHED_PORTAL = Counted.PUBLISHED_PORTAL.measure();
    public static final String PUBLISHED_WEBSITE = Counted.PUBLISHED_WEBSITE.measure();
    public static final String PUBLISHED = Counted.PUBLISHED.measure();
    public static final String ENDED = Counted.ENDED.measure();
    public static final String DOCUMENTS_DIGITISED = Counted.DOCUMENTS_DIGITISED.measure();
    public static final String RESULTS_DIGITISED = Counted.RESULTS_DIGITISED.measure();
    public static final String DOCUMENTS_REUSED = Counted.DOCUMENTS_REUSED.measure();
    public static final Set<String> MEASURES = Set.of(RECEIVED, RESOLVED, RESOLVED_ON_TIME, RESOLVED_EARLY, RESOLVED_LATE,
            APOLOGIES, PUBLISHED_PORTAL, PUBLISHED_WEBSITE, PUBLISHED, ENDED, DOCUMENTS_DIGITISED, RESULTS_DIGITISED, DOCUMENTS_REUSED);
    /** Received carrying a fee; first fee paid online. Kept with the dossier figures, published by the payments module under its own names. */
    public static final String WITH_FEE = Counted.WITH_FEE.measure();
    public static final String PAID_ONLINE = Counted.PAID_ONLINE.measure();
    private static final Set<String> FEE_FIGURES = Set.of(WITH_FEE, PAID_ONLINE);
    /** What a dossier measure is filtered by: the receiving agency's unit (and its level), the channel, the field. */
    public static final Set<String> DIMENSIONS = Set.of("channel", "level", "fieldCode", "unitCode", "agencyCode");

    /** The stored movements a measure adds up: on time is early plus on the day. */
    private static final Map<String, List<Counted>> MOVED_BY = Map.of(RESOLVED_ON_TIME,
            List.of(Counted.RESOLVED_EARLY, Counted.RESOLVED_ON_DAY));

    private final DailyFigures figures;
    private final MovementRecords movements;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;

    DossierMeasures(DailyFigures figures, MovementRecords movements, UnitDirectory units, AgencyDirectory agencies) {
        this.figures = figures;
        this.movements = movements;
        this.units = units;
        this.agencies = agencies;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES.stream().sorted().map(name -> new Measure(name, DIMENSIONS, "DOSSIERS")).toList();
    }

    /** One measure with, when asked, the dossiers behind it: the API's single-figure read. */
    @Transactional(readOnly = true)
    public DossierFigure measure(String measure, long unitId, LocalDate from, LocalDate to, Map<String, String> filters,
            boolean withDossiers) {
        Window window = window(unitId, from, to);
        return new DossierFigure(window.count(measure, filters), withDossiers ? window.records(measure, filters) : List.of());
    }

    /**
     * Every dossier measure of a unit over [from, to), read at once: a report asks for a few hundred
     * figures of the same window, and this answers them all from one query.
     */
    @Override
    @Transactional(readOnly = true)
    public Window window(long unitId, LocalDate from, LocalDate to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("to", "dossiers.window.invalid");
        }
        List<Unit> carried = units.unitsUnder(unitId);
        Map<Long, Unit> unitOf = new HashMap<>();
        Map<String, Long> byCode = new HashMap<>();
        agencyUnits(carried, unitOf, byCode);
        return new Window(from, to, carried, unitOf, byCode);
    }

    /** The figures of one unit and window, read at the first value asked. */
    public final class Window implements MeasureWindow {

        private final LocalDate from;
        private final LocalDate to;
        /** The units the window's unit carries (itself, those below it, those merged into one of them). */
        private final List<Unit> carried;
        /** Each agency of those units, with its unit. */
        private final Map<Long, Unit> unitOf;
        /** The same agencies by code, for the {@code agencyCode} filter. */
        private final Map<String, Long> agencyByCode;
        private final Map<String, Set<Long>> within = new HashMap<>();
        private Map<String, List<DailyFigures.Sum>> byMeasure;

        private Window(LocalDate from, LocalDate to, List<Unit> carried, Map<Long, Unit> unitOf, Map<String, Long> agencyByCode) {
            this.from = from;
            this.to = to;
            this.carried = carried;
            this.unitOf = unitOf;
            this.agencyByCode = agencyByCode;
        }

        @Override
        public BigDecimal value(String measure, Map<String, String> filters) {
            return BigDecimal.valueOf(count(measure, filters));
        }

        /** A measure's value under the filters {@code channel}, {@code level}, {@code fieldCode} and {@code unitCode}. */
        public long count(String measure, Map<String, String> filters) {
            check(measure, filters);
            if (byMeasure == null) {
                byMeasure = figures.window(new ArrayList<>(unitOf.keySet()), from, to).stream()
                        .collect(Collectors.groupingBy(DailyFigures.Sum::measure));
            }
            Set<Long> agencies = new HashSet<>(agencies(filters));
            Set<String> channels = channels(filters.get("channel"));
            String field = filters.get("fieldCode");
            long value = 0;
            for (String name : stored(measure)) {
                for (DailyFigures.Sum sum : byMeasure.getOrDefault(name, List.of())) {
                    if (agencies.contains(sum.agencyId()) && (channels == null || channels.contains(sum.channel()))
                            && (field == null || field.equals(sum.fieldCode()))) {
                        value += sum.value();
                    }
                }
            }
            return value;
        }

        /**
         * The dossiers whose movements make the value: one code for each movement counted (a dossier with
         * two apology letters in the window is listed twice), and for {@code dossiers.published} each
         * dossier published in the window once.
         */
        @Override
        public List<String> records(String measure, Map<String, String> filters) {
            check(measure, filters);
            List<Long> agencyIds = agencies(filters);
            Set<String> channels = channels(filters.get("channel"));
            String field = filters.get("fieldCode");
            if (measure.equals(PUBLISHED)) {
                return movements.dossiersWithAny(List.of(PUBLISHED_PORTAL, PUBLISHED_WEBSITE), agencyIds, from, to, channels, field,
                        MAX_RECORDS);
            }
            return movements.dossiers(stored(measure), agencyIds, from, to, channels, field, MAX_RECORDS);
        }

        /** The agencies the filters keep: of the levels asked, in the unit asked (and the units below it), the agency asked. */
        private List<Long> agencies(Map<String, String> filters) {
            Set<UnitLevel> levels = levels(filters.get("level"));
            String unitCode = filters.get("unitCode");
            Set<Long> within = unitCode == null || unitCode.isBlank() ? null : unitsWithin(unitCode.trim());
            Long agency = agency(filters.get("agencyCode"));
            return unitOf.entrySet().stream().filter(e -> levels.contains(e.getValue().level()))
                    .filter(e -> within == null || within.contains(e.getValue().id()))
                    .filter(e -> agency == null || agency.equals(e.getKey())).map(Map.Entry::getKey).sorted().toList();
        }

        /** The agency a filter names, one of the window's units'; null when the filter is not given. */
        private Long agency(String code) {
            if (code == null || code.isBlank()) {
                return null;
            }
            Long id = agencyByCode.get(code.trim());
            if (id == null) {
                throw new InvalidInputException("agencyCode", "dossiers.filter.agency", code.trim());
            }
            return id;
        }

        /** A unit the window's unit carries, with the units it carries in turn; read once a window for each unit asked. */
        private Set<Long> unitsWithin(String code) {
            return within.computeIfAbsent(code, c -> {
                LocalDate lastDay = to.minusDays(1);
                Unit unit = carried.stream().filter(u -> u.code().equals(c) && u.validOn(lastDay)).findFirst()
                        .orElseThrow(() -> new InvalidInputException("unitCode", "dossiers.filter.unit", c));
                return units.unitsUnder(unit.id()).stream().map(Unit::id).collect(Collectors.toSet());
            });
        }
    }

    private static List<String> stored(String measure) {
        List<Counted> parts = MOVED_BY.get(measure);
        return parts == null ? List.of(measure) : parts.stream().map(Counted::measure).toList();
    }

    private static void check(String measure, Map<String, String> filters) {
        if (!MEASURES.contains(measure) && !FEE_FIGURES.contains(measure)) {
            throw new InvalidInputException("measure", "dossiers.measure.unknown", measure, MEASURES);
        }
        for (String key : filters.keySet()) {
            if (!DIMENSIONS.contains(key)) {
                throw new InvalidInputException(key, "dossiers.filter.unknown", key);
            }
        }
    }

    /** The agencies of the units, with the unit each belongs to, and their ids by code. */
    private void agencyUnits(List<Unit> carried, Map<Long, Unit> unitOf, Map<String, Long> byCode) {
        Map<Long, Unit> under = new HashMap<>();
        carried.forEach(u -> under.put(u.id(), u));
        agencies.agencies().stream().filter(a -> under.containsKey(a.unitId())).forEach(a -> {
            unitOf.put(a.id(), under.get(a.unitId()));
            byCode.put(a.code(), a.id());
        });
    }

    private static Set<UnitLevel> levels(String level) {
        return level == null || level.isBlank() ? Set.of(UnitLevel.values()) : parseLevels(level);
    }

    private static Set<UnitLevel> parseLevels(String text) {
        try {
            return Arrays.stream(text.split(",")).map(String::trim).map(UnitLevel::valueOf).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("level", "dossiers.filter.value", text, Arrays.toString(UnitLevel.values()));
        }
    }

    private static Set<String> channels(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<String> result = Arrays.stream(text.split(",")).map(String::trim).collect(Collectors.toSet());
        for (String channel : result) {
            try {
                Channel.valueOf(channel);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("channel", "dossiers.filter.value", channel, Arrays.toString(Channel.values()));
            }
        }
        return result;
    }
}
