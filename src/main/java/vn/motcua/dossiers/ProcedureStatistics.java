package vn.motcua.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.internal.DailyFigures;
import vn.motcua.dossiers.internal.ProcedureVersions;
import vn.motcua.dossiers.internal.StatisticsWorkbook;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.VietnameseOrder;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitAccess;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

/**
 * Biểu 06/VPCP/KSTT (Circular 01/2020/TT-VPCP): how the dossiers of a unit and the units below it
 * stood over a window of days [from, to], by level and field — received (carried over from before
 * the window, new online, new at the counter or by post), resolved (early, on time, late), still in
 * progress at the window's end (within time, overdue) — and where late dossiers lost their time.
 * Dossiers refused, withdrawn or stopped in the window get a column of their own, so every line
 * adds up: received = resolved + in progress + ended otherwise. A last column, outside that sum,
 * counts the dossiers whose fee was paid online (confirmed by the payment gateway) in the window.
 */
@Service
public class ProcedureStatistics {

    /** One line of the table. */
    public record Line(UnitLevel level, String fieldCode, String fieldName, long carriedOver, long receivedOnline,
            long receivedAtCounter, long resolvedEarly, long resolvedOnTime, long resolvedLate, long inProgressWithinTime,
            long inProgressOverdue, long endedOtherwise, long paidOnline) {

        @JsonProperty
        public long receivedNew() {
            return receivedOnline + receivedAtCounter;
        }

        @JsonProperty
        public long received() {
            return carriedOver + receivedNew();
        }

        @JsonProperty
        public long resolved() {
            return resolvedEarly + resolvedOnTime + resolvedLate;
        }

        @JsonProperty
        public long inProgress() {
            return inProgressWithinTime + inProgressOverdue;
        }

        Line plus(Line other) {
            return new Line(level, fieldCode, fieldName, carriedOver + other.carriedOver, receivedOnline + other.receivedOnline,
                    receivedAtCounter + other.receivedAtCounter, resolvedEarly + other.resolvedEarly,
                    resolvedOnTime + other.resolvedOnTime, resolvedLate + other.resolvedLate,
                    inProgressWithinTime + other.inProgressWithinTime, inProgressOverdue + other.inProgressOverdue,
                    endedOtherwise + other.endedOtherwise, paidOnline + other.paidOnline);
        }

        static Line empty(UnitLevel level, String fieldCode, String fieldName) {
            return new Line(level, fieldCode, fieldName, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    /** The fields of one level with their sum. */
    public record LevelBlock(UnitLevel level, List<Line> fields, Line subtotal) {
    }

    /** A hand-over made after its step's due time: where, by whom, and how many working hours late. */
    public record LateStep(String dossierCode, String procedureName, String agencyName, int step, String stepName,
            String officer, Instant at, long lateHours) {
    }

    /** The lateness of one officer in one agency, summed. */
    public record LateOfficer(String agencyName, String officer, int handovers, long lateHours) {
    }

    public record Statistics(String unitCode, String unitName, LocalDate from, LocalDate to, List<LevelBlock> levels, Line total,
            List<LateStep> lateSteps, List<LateOfficer> lateOfficers) {
    }

    /** The late-dossier list names at most this many hand-overs, the latest first. */
    static final int MAX_LATE_STEPS = 1000;

    // The columns of a line while it is being counted.
    private static final int CARRIED = 0;
    private static final int RECEIVED_ONLINE = 1;
    private static final int RECEIVED_AT_COUNTER = 2;
    private static final int RESOLVED_EARLY = 3;
    private static final int RESOLVED_ON_TIME = 4;
    private static final int RESOLVED_LATE = 5;
    private static final int WITHIN = 6;
    private static final int OVERDUE = 7;
    private static final int ENDED = 8;
    private static final int PAID_ONLINE = 9;
    private static final int COLUMNS = 10;

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;
    private final UnitAccess access;
    private final ProcedureCatalog catalog;
    private final ProcedureVersions versions;
    private final DailyFigures figures;
    private final PublicRegister register;
    private final WorkingCalendar calendar;
    private final StatisticsWorkbook workbook;

    ProcedureStatistics(JdbcClient jdbc, UnitDirectory units, AgencyDirectory agencies, UnitAccess access, ProcedureCatalog catalog,
            ProcedureVersions versions, DailyFigures figures, PublicRegister register, WorkingCalendar calendar,
            StatisticsWorkbook workbook) {
        this.jdbc = jdbc;
        this.units = units;
        this.agencies = agencies;
        this.access = access;
        this.catalog = catalog;
        this.versions = versions;
        this.figures = figures;
        this.register = register;
        this.calendar = calendar;
        this.workbook = workbook;
    }

    @Transactional(readOnly = true)
    public Statistics statistics(String unitCode, LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidInputException("from", "dossiers.statistics.from-required");
        }
        if (to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "dossiers.window.invalid");
        }
        if (unitCode == null || unitCode.isBlank()) {
            throw new InvalidInputException("unitCode", "dossiers.statistics.unit-required");
        }
        Unit unit = units.find(unitCode.trim(), to)
                .orElseThrow(() -> new InvalidInputException("unitCode", "dossiers.statistics.unit-unknown", unitCode, to));
        access.check(unit.id());
        Map<Long, Unit> under = new HashMap<>();
        units.unitsUnder(unit.id()).forEach(u -> under.put(u.id(), u));
        Map<Long, Agency> byId = new HashMap<>();
        agencies.agencies().stream().filter(a -> under.containsKey(a.unitId())).forEach(a -> byId.put(a.id(), a));
        ZoneId zone = calendar.zone();
        OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        Map<String, String> fieldNames = new HashMap<>();
        catalog.fields().forEach(f -> fieldNames.put(f.code(), f.name()));
        Map<UnitLevel, Map<String, Line>> lines = new TreeMap<>();
        List<LateStep> late = new ArrayList<>();
        if (!byId.isEmpty()) {
            tally(byId, under, from, to, fieldNames, lines);
            late = lateSteps(byId, start, end);
        }
        List<LevelBlock> levels = new ArrayList<>();
        Line total = Line.empty(null, null, null);
        for (var level : lines.entrySet()) {
            List<Line> fields = level.getValue().values().stream().sorted(VietnameseOrder.by(Line::fieldName)).toList();
            Line subtotal = fields.stream().reduce(Line.empty(level.getKey(), null, null), Line::plus);
            levels.add(new LevelBlock(level.getKey(), fields, subtotal));
            total = total.plus(subtotal);
        }
        Map<String, LateOfficer> officers = new LinkedHashMap<>();
        for (LateStep step : late) {
            officers.merge(step.agencyName() + "\u0000" + step.officer(), new LateOfficer(step.agencyName(), step.officer(), 1,
                    step.lateHours()), (a, b) -> new LateOfficer(a.agencyName(), a.officer(), a.handovers() + 1,
                            a.lateHours() + b.lateHours()));
        }
        List<LateOfficer> byOfficer = officers.values().stream()
                .sorted(Comparator.comparingLong(LateOfficer::lateHours).reversed()).toList();
        return new Statistics(unit.code(), unit.name(), from, to, levels, total, late, byOfficer);
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(String unitCode, LocalDate from, LocalDate to) {
        return workbook.write(statistics(unitCode, from, to));
    }

    /**
     * The window's flows — received by channel, resolved by timeliness, ended otherwise — are the figure
     * movements the report counts, read from the same day counts; the stocks — still open when the
     * window starts and when it ends — come from the dossiers' rows. Both are what the lifecycle
     * derived from the same histories, so every line adds up.
     */
    private void tally(Map<Long, Agency> byId, Map<Long, Unit> under, LocalDate from, LocalDate to,
            Map<String, String> fieldNames, Map<UnitLevel, Map<String, Line>> lines) {
        List<Long> agencyIds = new ArrayList<>(byId.keySet());
        Map<String, long[]> counts = new HashMap<>();
        for (DailyFigures.Sum sum : figures.window(agencyIds, from, to.plusDays(1))) {
            int column = switch (sum.measure()) {
                case "dossiers.received" -> sum.channel().startsWith("ONLINE") ? RECEIVED_ONLINE : RECEIVED_AT_COUNTER;
                case "dossiers.resolvedEarly" -> RESOLVED_EARLY;
                case "dossiers.resolvedOnDay" -> RESOLVED_ON_TIME;
                case "dossiers.resolvedLate" -> RESOLVED_LATE;
                case "dossiers.ended" -> ENDED;
                case "dossiers.paidOnline" -> PAID_ONLINE;
                default -> -1;
            };
            if (column >= 0) {
                counts.computeIfAbsent(sum.agencyId() + "|" + sum.fieldCode(), k -> new long[COLUMNS])[column] += sum.value();
            }
        }
        ZoneId zone = calendar.zone();
        jdbc.sql("""
                select agency_id, field_code,
                       count(*) filter (where received_at < :start and (completed_at is null or completed_at >= :start)
                                        and (ended_at is null or ended_at >= :start)) as carried,
                       count(*) filter (where (completed_at is null or completed_at >= :end) and (ended_at is null or ended_at >= :end)
                                        and due_at < :end) as overdue,
                       count(*) filter (where (completed_at is null or completed_at >= :end) and (ended_at is null or ended_at >= :end)
                                        and (due_at is null or due_at >= :end)) as within
                from dossiers_dossier
                where agency_id in (:agencies) and received_at < :end
                  and (completed_at is null or completed_at >= :start) and (ended_at is null or ended_at >= :start)
                group by agency_id, field_code""").param("agencies", agencyIds)
                .param("start", from.atStartOfDay(zone).toOffsetDateTime())
                .param("end", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()).query((rs, n) -> {
                    long[] row = counts.computeIfAbsent(rs.getLong("agency_id") + "|" + rs.getString("field_code"), k -> new long[COLUMNS]);
                    row[CARRIED] += rs.getLong("carried");
                    row[OVERDUE] += rs.getLong("overdue");
                    row[WITHIN] += rs.getLong("within");
                    return row;
                }).list();
        counts.forEach((key, c) -> {
            long agencyId = Long.parseLong(key.substring(0, key.indexOf('|')));
            String field = key.substring(key.indexOf('|') + 1);
            UnitLevel level = under.get(byId.get(agencyId).unitId()).level();
            Line line = new Line(level, field, fieldNames.getOrDefault(field, field), c[CARRIED], c[RECEIVED_ONLINE],
                    c[RECEIVED_AT_COUNTER], c[RESOLVED_EARLY], c[RESOLVED_ON_TIME], c[RESOLVED_LATE], c[WITHIN], c[OVERDUE], c[ENDED],
                    c[PAID_ONLINE]);
            lines.computeIfAbsent(level, k -> new TreeMap<>()).merge(field, line, Line::plus);
        });
    }

    private List<LateStep> lateSteps(Map<Long, Agency> byId, OffsetDateTime start, OffsetDateTime end) {
        // A dossier may have been forwarded to an agency outside the caller's reach: its public name, all read once.
        Map<String, String> names = new HashMap<>();
        register.agencies().forEach(a -> names.put(a.code(), a.name()));
        return jdbc.sql("""
                select d.code, d.procedure_version_id, d.agency_id, a.step, a.actor, a.at, (a.data->>'lateHours')::bigint as late,
                       (select f.data->>'toAgencyCode' from dossiers_action f where f.dossier_id = d.id and f.seq < a.seq
                         and f.action = 'FORWARD' and f.data->>'toAgencyCode' is not null order by f.seq desc limit 1) as holding
                from dossiers_action a join dossiers_dossier d on d.id = a.dossier_id
                where a.action in ('FORWARD', 'COMPLETE') and a.at >= :start and a.at < :end and d.agency_id in (:agencies)
                  and a.data->>'lateHours' is not null
                order by a.at desc
                limit :limit""").param("agencies", new ArrayList<>(byId.keySet())).param("start", start).param("end", end)
                .param("limit", MAX_LATE_STEPS).query((rs, n) -> {
                    var content = versions.get(rs.getLong("procedure_version_id")).content();
                    int step = rs.getInt("step");
                    String holding = rs.getString("holding");
                    String agency = holding == null ? byId.get(rs.getLong("agency_id")).name()
                            : names.getOrDefault(holding, holding);
                    return new LateStep(rs.getString("code"), content.name(), agency, step,
                            step < content.steps().size() ? content.steps().get(step).name() : null, rs.getString("actor"),
                            rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getLong("late"));
                }).list();
    }
}
