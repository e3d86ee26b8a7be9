package vn.motcua.dossiers;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * Filters: {@code channel} (one or more), {@code level} (the level of the receiving agency's unit), {@code fieldCode}.
 * Values come from per-day counts kept with each action, never from a scan of all dossiers.
 */
@Service
public class DossierMeasures {

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

    @Transactional(readOnly = true)
    public DossierFigure measure(String measure, long unitId, LocalDate from, LocalDate to, Map<String, String> filters,
            boolean withDossiers) {
        Window window = window(unitId, from, to);
        long value = window.value(measure, filters);
        List<String> codes = withDossiers
                ? dossiers(measure, window.agencies(filters.get("level")), from, to, channels(filters.get("channel")),
                        filters.get("fieldCode"))
                : List.of();
        return new DossierFigure(value, codes);
    }

    /**
     * Every dossier measure of a unit over [from, to), read at once: a report asks for a few hundred
     * figures of the same window, and this answers them all from one query.
     */
    @Transactional(readOnly = true)
    public Window window(long unitId, LocalDate from, LocalDate to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("to", "dossiers.window.invalid");
        }
        Map<Long, UnitLevel> levelOf = agencyLevels(unitId);
        return new Window(levelOf, figures.window(new ArrayList<>(levelOf.keySet()), from, to));
    }

    /** The figures of one unit and window. */
    public static final class Window {

        private final Map<Long, UnitLevel> levelOf;
        private final Map<String, List<DailyFigures.Sum>> byMeasure;

        private Window(Map<Long, UnitLevel> levelOf, List<DailyFigures.Sum> sums) {
            this.levelOf = levelOf;
            this.byMeasure = sums.stream().collect(Collectors.groupingBy(DailyFigures.Sum::measure));
        }

        /** A measure's value under the filters {@code channel}, {@code level} and {@code fieldCode}. */
        public long value(String measure, Map<String, String> filters) {
            if (!MEASURES.contains(measure)) {
                throw new InvalidInputException("measure", "dossiers.measure.unknown", measure, MEASURES);
            }
            for (String key : filters.keySet()) {
                if (!Set.of("channel", "level", "fieldCode").contains(key)) {
                    throw new InvalidInputException(key, "dossiers.filter.unknown", key);
                }
            }
            Set<UnitLevel> levels = levels(filters.get("level"));
            Set<String> channels = channels(filters.get("channel"));
            String field = filters.get("fieldCode");
            List<String> stored = measure.equals(RESOLVED_ON_TIME) ? List.of(RESOLVED_EARLY, RESOLVED_ON_DAY) : List.of(measure);
            long value = 0;
            for (String name : stored) {
                for (DailyFigures.Sum sum : byMeasure.getOrDefault(name, List.of())) {
                    if (levels.contains(levelOf.get(sum.agencyId())) && (channels == null || channels.contains(sum.channel()))
                            && (field == null || field.equals(sum.fieldCode()))) {
                        value += sum.value();
                    }
                }
            }
            return value;
        }

        private List<Long> agencies(String level) {
            Set<UnitLevel> levels = levels(level);
            return levelOf.entrySet().stream().filter(e -> levels.contains(e.getValue())).map(Map.Entry::getKey).sorted().toList();
        }
    }

    /** The agencies of the unit and every unit below it, with the level of each one's unit. */
    private Map<Long, UnitLevel> agencyLevels(long unitId) {
        Map<Long, Unit> under = new HashMap<>();
        units.unitsUnder(unitId).forEach(u -> under.put(u.id(), u));
        Map<Long, UnitLevel> levelOf = new HashMap<>();
        agencies.agencies().stream().filter(a -> under.containsKey(a.unitId()))
                .forEach(a -> levelOf.put(a.id(), under.get(a.unitId()).level()));
        return levelOf;
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
