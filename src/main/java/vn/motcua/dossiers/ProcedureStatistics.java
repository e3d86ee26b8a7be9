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
import vn.motcua.dossiers.internal.DossierBook;
import vn.motcua.dossiers.internal.StatisticsWorkbook;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.SystemActor;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
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
 * adds up: received = resolved + in progress + ended otherwise.
 */
@Service
public class ProcedureStatistics {

    /** One line of the table. */
    public record Line(UnitLevel level, String fieldCode, String fieldName, long carriedOver, long receivedOnline,
            long receivedAtCounter, long resolvedEarly, long resolvedOnTime, long resolvedLate, long inProgressWithinTime,
            long inProgressOverdue, long endedOtherwise) {

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
                    endedOtherwise + other.endedOtherwise);
        }

        static Line empty(UnitLevel level, String fieldCode, String fieldName) {
            return new Line(level, fieldCode, fieldName, 0, 0, 0, 0, 0, 0, 0, 0, 0);
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

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;
    private final UnitAccess access;
    private final ProcedureCatalog catalog;
    private final DossierBook book;
    private final WorkingCalendar calendar;
    private final StatisticsWorkbook workbook;

    ProcedureStatistics(JdbcClient jdbc, UnitDirectory units, AgencyDirectory agencies, UnitAccess access, ProcedureCatalog catalog,
            DossierBook book, WorkingCalendar calendar, StatisticsWorkbook workbook) {
        this.jdbc = jdbc;
        this.units = units;
        this.agencies = agencies;
        this.access = access;
        this.catalog = catalog;
        this.book = book;
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
            tally(byId, under, start, end, fieldNames, lines);
            late = lateSteps(byId, start, end);
        }
        List<LevelBlock> levels = new ArrayList<>();
        Line total = Line.empty(null, null, null);
        for (var level : lines.entrySet()) {
            List<Line> fields = level.getValue().values().stream().sorted(Comparator.comparing(Line::fieldName)).toList();
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

    private void tally(Map<Long, Agency> byId, Map<Long, Unit> under, OffsetDateTime start, OffsetDateTime end,
            Map<String, String> fieldNames, Map<UnitLevel, Map<String, Line>> lines) {
        jdbc.sql("""
                with d as (
                    select d.agency_id, d.field_code, d.received_at, d.channel, d.completed_at, d.timeliness, d.due_at,
                           case when d.status in ('REJECTED', 'WITHDRAWN', 'STOPPED') then (select min(a.at) from dossiers_action a
                                where a.dossier_id = d.id and a.action in ('REJECT', 'WITHDRAW', 'STOP')) end as ended_at
                    from dossiers_dossier d
                    where d.agency_id in (:agencies) and d.received_at < :end
                      and (d.completed_at is null or d.completed_at >= :start))
                select agency_id, field_code,
                       count(*) filter (where received_at < :start) as carried,
                       count(*) filter (where received_at >= :start and channel in ('ONLINE_PARTIAL', 'ONLINE_FULL')) as online,
                       count(*) filter (where received_at >= :start and channel in ('DIRECT', 'POSTAL')) as counter,
                       count(*) filter (where completed_at < :end and timeliness = 'EARLY') as early,
                       count(*) filter (where completed_at < :end and timeliness = 'ON_TIME') as on_time,
                       count(*) filter (where completed_at < :end and timeliness = 'LATE') as late,
                       count(*) filter (where completed_at is null or completed_at >= :end) as open_or_later,
                       count(*) filter (where ended_at < :end) as ended,
                       count(*) filter (where (completed_at is null or completed_at >= :end) and (ended_at is null or ended_at >= :end)
                                        and due_at < :end) as overdue,
                       count(*) filter (where (completed_at is null or completed_at >= :end) and (ended_at is null or ended_at >= :end)
                                        and (due_at is null or due_at >= :end)) as within
                from d
                where ended_at is null or ended_at >= :start
                group by agency_id, field_code""").param("agencies", new ArrayList<>(byId.keySet())).param("start", start)
                .param("end", end).query((rs, n) -> {
                    UnitLevel level = under.get(byId.get(rs.getLong("agency_id")).unitId()).level();
                    String field = rs.getString("field_code");
                    Line line = new Line(level, field, fieldNames.getOrDefault(field, field), rs.getLong("carried"),
                            rs.getLong("online"), rs.getLong("counter"), rs.getLong("early"), rs.getLong("on_time"),
                            rs.getLong("late"), rs.getLong("within"), rs.getLong("overdue"), rs.getLong("ended"));
                    lines.computeIfAbsent(level, k -> new TreeMap<>()).merge(field, line, Line::plus);
                    return line;
                }).list();
    }

    private List<LateStep> lateSteps(Map<Long, Agency> byId, OffsetDateTime start, OffsetDateTime end) {
        // A dossier may have been forwarded to an agency outside the caller's reach: names of all agencies, read once.
        Map<String, String> names = new HashMap<>();
        SystemActor.call(agencies::agencies).forEach(a -> names.put(a.code(), a.name()));
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
                    var content = book.version(rs.getLong("procedure_version_id")).content();
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
