package vn.motcua.dossiers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.internal.DailyFigures;
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
 * province portal / the unit's website; {@code dossiers.published} — on at least one of them (counted once).</li>
 * </ul>
 * Filters: {@code channel} (one or more), {@code level} (the level of the receiving agency's unit), {@code fieldCode},
 * {@code unitCode} (a unit within the window's unit, with the units below it).
 * Values come from per-day counts kept with each action, never from a scan of all dossiers.
 */
@Service
public class DossierMeasures implements MeasureSource {

    public static final String RECEIVED = "dossiers.received";
    public static final String RESOLVED = "dossiers.resolved";
    public static final String RESOLVED_ON_TIME = "dossiers.resolvedOnTime";
    public static final String RESOLVED_EARLY = "dossiers.resolvedEarly";
    public static final String RESOLVED_LATE = "dossiers.resolvedLate";
    /** Completed on the due day (by the due time): stored; on time = early + on the day. */
    static final String RESOLVED_ON_DAY = "dossiers.resolvedOnDay";
    public static final String APOLOGIES = "dossiers.apologies";
    public static final String PUBLISHED_PORTAL = "dossiers.publishedPortal";
    public static final String PUBLISHED_WEBSITE = "dossiers.publishedWebsite";
    public static final String PUBLISHED = "dossiers.published";
    public static final Set<String> MEASURES = Set.of(RECEIVED, RESOLVED, RESOLVED_ON_TIME, RESOLVED_EARLY, RESOLVED_LATE,
            APOLOGIES, PUBLISHED_PORTAL, PUBLISHED_WEBSITE, PUBLISHED);
    /** What a dossier measure is filtered by: the receiving agency's unit (and its level), the channel, the field. */
    static final Set<String> DIMENSIONS = Set.of("channel", "level", "fieldCode", "unitCode");

    private final DailyFigures figures;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;

    DossierMeasures(DailyFigures figures, UnitDirectory units, AgencyDirectory agencies, WorkingCalendar calendar, JdbcClient jdbc) {
        this.figures = figures;
        this.units = units;
        this.agencies = agencies;
        this.calendar = calendar;
        this.jdbc = jdbc;
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
        return new Window(unitId, from, to, agencyUnits(unitId));
    }

    /** The figures of one unit and window, read at the first value asked. */
    public final class Window implements MeasureWindow {

        private final long unitId;
        private final LocalDate from;
        private final LocalDate to;
        private final Map<Long, Unit> unitOf;
        private Map<String, List<DailyFigures.Sum>> byMeasure;

        private Window(long unitId, LocalDate from, LocalDate to, Map<Long, Unit> unitOf) {
            this.unitId = unitId;
            this.from = from;
            this.to = to;
            this.unitOf = unitOf;
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
            List<String> stored = measure.equals(RESOLVED_ON_TIME) ? List.of(RESOLVED_EARLY, RESOLVED_ON_DAY) : List.of(measure);
            long value = 0;
            for (String name : stored) {
                for (DailyFigures.Sum sum : byMeasure.getOrDefault(name, List.of())) {
                    if (agencies.contains(sum.agencyId()) && (channels == null || channels.contains(sum.channel()))
                            && (field == null || field.equals(sum.fieldCode()))) {
                        value += sum.value();
                    }
                }
            }
            return value;
        }

        @Override
        public List<String> records(String measure, Map<String, String> filters) {
            check(measure, filters);
            return dossiers(measure, agencies(filters), from, to, channels(filters.get("channel")), filters.get("fieldCode"));
        }

        /** The agencies the filters keep: of the levels asked, in the unit asked (and the units below it). */
        private List<Long> agencies(Map<String, String> filters) {
            Set<UnitLevel> levels = levels(filters.get("level"));
            String unitCode = filters.get("unitCode");
            Set<Long> within = unitCode == null || unitCode.isBlank() ? null : unitsWithin(unitCode.trim());
            return unitOf.entrySet().stream().filter(e -> levels.contains(e.getValue().level()))
                    .filter(e -> within == null || within.contains(e.getValue().id())).map(Map.Entry::getKey).sorted().toList();
        }

        private Set<Long> unitsWithin(String code) {
            LocalDate lastDay = to.minusDays(1);
            Unit unit = unitOf.values().stream().filter(u -> u.code().equals(code) && u.validOn(lastDay)).findFirst()
                    .or(() -> units.find(code, lastDay).filter(u -> u.id() == unitId))
                    .orElseThrow(() -> new InvalidInputException("unitCode", "dossiers.filter.value", code, "—"));
            return units.unitsUnder(unit.id()).stream().map(Unit::id).collect(Collectors.toSet());
        }
    }

    private static void check(String measure, Map<String, String> filters) {
        if (!MEASURES.contains(measure)) {
            throw new InvalidInputException("measure", "dossiers.measure.unknown", measure, MEASURES);
        }
        for (String key : filters.keySet()) {
            if (!DIMENSIONS.contains(key)) {
                throw new InvalidInputException(key, "dossiers.filter.unknown", key);
            }
        }
    }

    /** The agencies of the unit and every unit below it, with the unit each belongs to. */
    private Map<Long, Unit> agencyUnits(long unitId) {
        Map<Long, Unit> under = new HashMap<>();
        units.unitsUnder(unitId).forEach(u -> under.put(u.id(), u));
        Map<Long, Unit> unitOf = new HashMap<>();
        agencies.agencies().stream().filter(a -> under.containsKey(a.unitId())).forEach(a -> unitOf.put(a.id(), under.get(a.unitId())));
        return unitOf;
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

    /** The dossiers behind a figure, from the records themselves (for drill-down; at most 10 000). */
    private List<String> dossiers(String measure, List<Long> agencyIds, LocalDate from, LocalDate to, Set<String> channels,
            String field) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        ZoneId zone = calendar.zone();
        OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = to.atStartOfDay(zone).toOffsetDateTime();
        String base = "from dossiers_dossier d where d.agency_id in (:agencies)"
                + (channels == null ? "" : " and d.channel in (:channels)") + (field == null ? "" : " and d.field_code = :field");
        String sql = switch (measure) {
            case RECEIVED -> "select d.code " + base + " and d.received_at >= :start and d.received_at < :end";
            case RESOLVED -> "select d.code " + base + " and d.completed_at >= :start and d.completed_at < :end";
            case RESOLVED_ON_TIME -> "select d.code " + base
                    + " and d.completed_at >= :start and d.completed_at < :end and d.timeliness in ('EARLY', 'ON_TIME')";
            case RESOLVED_EARLY -> "select d.code " + base
                    + " and d.completed_at >= :start and d.completed_at < :end and d.timeliness = 'EARLY'";
            case RESOLVED_LATE -> "select d.code " + base
                    + " and d.completed_at >= :start and d.completed_at < :end and d.timeliness = 'LATE'";
            case APOLOGIES -> "select d.code " + base + " and exists (select 1 from dossiers_action a where a.dossier_id = d.id"
                    + " and a.action = 'APOLOGIZE' and a.at >= :start and a.at < :end)";
            case PUBLISHED_PORTAL, PUBLISHED_WEBSITE -> "select d.code " + base
                    + " and exists (select 1 from dossiers_action a where a.dossier_id = d.id and a.action = 'PUBLISH_RESULT'"
                    + " and a.data->>'on' = :target and a.at >= :start and a.at < :end)";
            default -> "select d.code " + base + " and (select min(a.at) from dossiers_action a where a.dossier_id = d.id"
                    + " and a.action = 'PUBLISH_RESULT') >= :start and (select min(a.at) from dossiers_action a"
                    + " where a.dossier_id = d.id and a.action = 'PUBLISH_RESULT') < :end";
        };
        var statement = jdbc.sql(sql + " order by d.code limit 10000").param("agencies", agencyIds).param("start", start)
                .param("end", end);
        if (channels != null) {
            statement = statement.param("channels", new ArrayList<>(channels));
        }
        if (field != null) {
            statement = statement.param("field", field);
        }
        if (measure.equals(PUBLISHED_PORTAL) || measure.equals(PUBLISHED_WEBSITE)) {
            statement = statement.param("target", measure.equals(PUBLISHED_PORTAL) ? "PROVINCE_PORTAL" : "UNIT_WEBSITE");
        }
        return statement.query(String.class).list();
    }
}
