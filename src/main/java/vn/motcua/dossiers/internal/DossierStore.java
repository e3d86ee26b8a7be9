package vn.motcua.dossiers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.Channel;
import vn.motcua.dossiers.ChecklistItem;
import vn.motcua.dossiers.DossierAction;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.dossiers.core.DossierFacts;
import vn.motcua.dossiers.core.DossierLifecycle.Outcome;
import vn.motcua.dossiers.core.DossierSummary;
import vn.motcua.dossiers.core.FigureMovement;

/**
 * Saves what the lifecycle answers and reads dossiers back: the dossier row (its facts and the
 * summary of its state), its append-only actions, and the figure movements each action caused. A
 * change is one statement — the actions, the movements and the row together; past dossiers come in
 * bulk through COPY (PastDossierCopy). The shared day counts
 * are {@link DailyFigures}', written last by the caller (decision 0005).
 */
@Repository
public class DossierStore {

    static final String COLUMNS = """
            id, code, agency_id, unit_id, procedure_code, procedure_version_id, field_code, channel, applicant_name,
            applicant_id_number, applicant_tax_code, applicant_phone, applicant_email, applicant_address, checklist::text as checklist,
            fee_due, received_at, first_due_at, due_at, status, current_step, assignee, holding_agency_id, completed_at,
            returned_at, ended_at, timeliness, apologies, paid, version, due_warning_at""";

    private static final String INSERT_DOSSIER = """
            insert into dossiers_dossier (code, agency_id, unit_id, procedure_code, procedure_version_id, field_code,
                channel, applicant_name, applicant_id_number, applicant_tax_code, applicant_phone, applicant_email,
                applicant_address, checklist, fee_due, received_at, first_due_at, due_at, status, current_step, assignee,
                holding_agency_id, completed_at, returned_at, ended_at, timeliness, apologies, paid, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            returning id""";

    private static final String ACTION_VALUES = "(?, ?, ?, ?, ?, cast(? as jsonb))";
    private static final String MOVEMENT_VALUES = "(?, ?, cast(? as date), cast(? as date))";

    private final JdbcClient jdbc;
    private final PastDossierCopy copy;
    private final JsonMapper json;

    DossierStore(JdbcClient jdbc, PastDossierCopy copy, JsonMapper json) {
        this.jdbc = jdbc;
        this.copy = copy;
        this.json = json;
    }

    /** A new dossier with what its receipt derived, its actions and their movements, in one statement; returns its id. */
    public long insert(DossierFacts facts, Outcome outcome) {
        List<Object> params = new ArrayList<>(dossierValues(facts, outcome.state().summary()));
        StringBuilder sql = new StringBuilder("with dossier as (").append(INSERT_DOSSIER).append(")");
        sql.append(", action as (insert into dossiers_action (dossier_id, seq, action, at, actor, step, data) select dossier.id, a.* from dossier, (values ");
        appendActions(sql, params, outcome.appended());
        sql.append(") a)");
        if (!outcome.movements().isEmpty()) {
            sql.append(", movement as (insert into dossiers_movement (dossier_id, seq, measure, day, since, agency_id) select dossier.id, m.*, ")
                    .append(facts.agencyId()).append(" from dossier, (values ");
            appendMovements(sql, params, outcome.movements());
            sql.append(") m)");
        }
        sql.append(" select id from dossier");
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** An action on a stored dossier: its action, its movements and the row's new summary in one statement; returns the row's new version. */
    public int apply(StoredDossier dossier, Outcome outcome) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("with action as (insert into dossiers_action (dossier_id, seq, action, at, actor, step, data) select ")
                .append(dossier.id()).append(", a.* from (values ");
        appendActions(sql, params, outcome.appended());
        sql.append(") a)");
        if (!outcome.movements().isEmpty()) {
            sql.append(", movement as (insert into dossiers_movement (dossier_id, seq, measure, day, since, agency_id) select ")
                    .append(dossier.id()).append(", m.*, ").append(dossier.facts().agencyId()).append(" from (values ");
            appendMovements(sql, params, outcome.movements());
            sql.append(") m)");
        }
        DossierSummary s = outcome.state().summary();
        sql.append("""
                 update dossiers_dossier set first_due_at = ?, due_at = ?, status = ?, current_step = ?, assignee = ?,
                    holding_agency_id = ?, completed_at = ?, returned_at = ?, ended_at = ?, timeliness = ?, apologies = ?, paid = ?,
                    version = version + 1
                where id = ? returning version""");
        params.addAll(List.<Object>of(nullable(utc(s.firstDueAt())), nullable(utc(s.dueAt())), s.status().name(), s.step(),
                nullable(s.assignee()), nullable(s.holdingAgencyId()), nullable(utc(s.completedAt())), nullable(utc(s.returnedAt())),
                nullable(utc(s.endedAt())), nullable(s.timeliness() == null ? null : s.timeliness().name()), s.apologies(), s.paid(),
                dossier.id()));
        return jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
    }

    /** Records the citizen account an online dossier came from. */
    public void linkApplicantAccount(long dossierId, long accountId) {
        jdbc.sql("insert into dossiers_online_applicant (dossier_id, account_id) values (?, ?)").params(dossierId, accountId).update();
    }

    /** The citizen account an online dossier came from, if any. */
    public Optional<Long> applicantAccount(long dossierId) {
        return jdbc.sql("select account_id from dossiers_online_applicant where dossier_id = ?").param(dossierId)
                .query(Long.class).optional();
    }

    /** The dossiers a citizen account filed online, newest first. */
    public List<StoredDossier> ofApplicantAccount(long accountId, int limit) {
        return query("id in (select dossier_id from dossiers_online_applicant where account_id = ?)", List.of(accountId), limit, 0);
    }

    /** A dossier of the past with its whole history, written in one batch with the others. */
    public record Imported(long id, DossierFacts facts, Outcome outcome) {
    }

    /**
     * Many dossiers of the past at once: rows, actions and movements streamed with COPY. Answers whether the tables were empty
     * before, so that they hold this batch alone now.
     */
    public boolean insertAll(List<Imported> dossiers) {
        return copy.write(dossiers);
    }

    public Optional<StoredDossier> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from dossiers_dossier where code = ?").param(code).query(this::row).optional();
    }

    /** Locks the row until the transaction ends, so two actions on one dossier queue up and the second sees the first. */
    public Optional<StoredDossier> lock(String code) {
        return jdbc.sql("select " + COLUMNS + " from dossiers_dossier where code = ? for update").param(code).query(this::row)
                .optional();
    }

    /** Dossiers matching a condition built by the caller from values it never copies into the text, newest first. */
    /**
     * The dossiers among these that the account received at a desk (the first action of their history is its
     * RECEIVE); an import of past dossiers receives nothing, whoever ran it.
     */
    public java.util.Set<Long> receivedBy(String username, java.util.Collection<Long> dossierIds) {
        if (dossierIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select dossier_id from dossiers_action where action = 'RECEIVE' and actor = :actor"
                + " and data ->> 'imported' is null and dossier_id in (:ids)").param("actor", username)
                .param("ids", List.copyOf(dossierIds)).query(Long.class).list());
    }

    /** The condition {@link #receivedBy} puts on a dossier, for a query of {@code dossiers_dossier}; its one parameter is the username. */
    public static final String RECEIVED_BY_CONDITION = "exists (select 1 from dossiers_action received where received.dossier_id = dossiers_dossier.id"
            + " and received.action = 'RECEIVE' and received.actor = ? and received.data ->> 'imported' is null)";

    public List<StoredDossier> query(String where, List<Object> params, int limit, int offset) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        all.add(offset);
        return jdbc.sql("select " + COLUMNS + " from dossiers_dossier where " + where + " order by received_at desc, id desc limit ? offset ?")
                .params(all).query(this::row).list();
    }

    public List<StoredDossier> queryByDue(String where, List<Object> params, int limit) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        return jdbc.sql("select " + COLUMNS + " from dossiers_dossier where " + where + " order by due_at nulls last, id limit ?")
                .params(all).query(this::row).list();
    }

    public List<Map<String, Object>> countOpenOverdueByAgency(List<Long> unitIds, Instant now) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select agency_id, count(*) as overdue from dossiers_dossier
                where unit_id in (:units) and status in ('RECEIVED', 'IN_PROGRESS', 'WAITING_SUPPLEMENT', 'APPROVED')
                  and due_at < :now group by agency_id order by overdue desc""")
                .param("units", unitIds).param("now", utc(now)).query().listOfRows();
    }

    public List<DossierAction> history(long dossierId) {
        return jdbc.sql("select seq, action, at, actor, step, data::text as data from dossiers_action where dossier_id = ? order by seq")
                .param(dossierId)
                .query((rs, n) -> new DossierAction(rs.getInt("seq"), ActionKind.valueOf(rs.getString("action")),
                        rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getInt("step"),
                        json.readValue(rs.getString("data"), new TypeReference<Map<String, Object>>() { })))
                .list();
    }

    public int nextSequence(long agencyId, LocalDate day) {
        return reserveSequence(agencyId, day, 1);
    }

    /** Reserves {@code count} numbers of an agency's day at once; returns the last one reserved. */
    public int reserveSequence(long agencyId, LocalDate day, int count) {
        return jdbc.sql("""
                insert into dossiers_sequence (agency_id, day, last) values (?, ?, ?)
                on conflict (agency_id, day) do update set last = dossiers_sequence.last + excluded.last returning last""")
                .params(agencyId, day, count).query(Integer.class).single();
    }

    /** The numbers of one agency's day that a batch of past dossiers needs. */
    public record SequenceBlock(long agencyId, LocalDate day) implements Comparable<SequenceBlock> {

        @Override
        public int compareTo(SequenceBlock other) {
            int byAgency = Long.compare(agencyId, other.agencyId);
            return byAgency != 0 ? byAgency : day.compareTo(other.day);
        }
    }

    /**
     * Reserves blocks of numbers for many agencies' days in one statement, taken in the map's order so
     * that two batches at once lock the counters the same way round; answers the last number of each block.
     */
    public Map<SequenceBlock, Integer> reserveSequences(SortedMap<SequenceBlock, Integer> counts) {
        Map<SequenceBlock, Integer> last = new HashMap<>();
        if (counts.isEmpty()) {
            return last;
        }
        Long[] agencyIds = counts.keySet().stream().map(SequenceBlock::agencyId).toArray(Long[]::new);
        String[] days = counts.keySet().stream().map(b -> b.day().toString()).toArray(String[]::new);
        Integer[] sizes = counts.values().toArray(Integer[]::new);
        jdbc.sql("""
                insert into dossiers_sequence (agency_id, day, last)
                select agency_id, day, size from unnest(cast(? as bigint[]), cast(? as date[]), cast(? as int[]))
                    with ordinality as block(agency_id, day, size, position)
                order by position
                on conflict (agency_id, day) do update set last = dossiers_sequence.last + excluded.last
                returning agency_id, day, last""")
                .params(agencyIds, days, sizes)
                .query((rs, n) -> last.put(new SequenceBlock(rs.getLong(1), rs.getObject(2, LocalDate.class)), rs.getInt(3)))
                .list();
        return last;
    }

    /**
     * Ids for new dossiers taken from the table's own sequence (its identity column's, named by PostgreSQL as
     * {@code <table>_<column>_seq}), so that a batch can insert them with their actions. The name is written into the
     * statement so that PostgreSQL resolves it once, not once an id as {@code pg_get_serial_sequence} was; and the ids come
     * back as one array rather than a row each. For the demo's 57.000 dossiers this took half a second at a first start.
     */
    public List<Long> newIds(int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.sql("select array_agg(nextval('dossiers_dossier_id_seq')) from generate_series(1, ?)")
                .param(count).query((rs, n) -> List.of((Long[]) rs.getArray(1).getArray()))
                .single();
    }

    public boolean codeExists(String code) {
        return jdbc.sql("select count(*) from dossiers_dossier where code = ?").param(code).query(Long.class).single() > 0;
    }

    /**
     * The most recent applicant details given with this citizen ID number, for the counter to fill in
     * again, among the dossiers {@code condition} admits (its parameters in {@code params}).
     */
    public Optional<Applicant> lastApplicant(String idNumber, String condition, List<Object> params) {
        List<Object> all = new ArrayList<>(params);
        all.add(0, idNumber);
        return jdbc.sql("""
                select applicant_name, applicant_id_number, applicant_tax_code, applicant_phone, applicant_email, applicant_address
                from dossiers_dossier where applicant_id_number = ? and """ + condition + " order by received_at desc limit 1")
                .params(all).query((rs, n) -> new Applicant(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .optional();
    }

    /** The values of a new row after its id, in {@link #INSERT_DOSSIER}'s order. */
    private List<Object> dossierValues(DossierFacts f, DossierSummary s) {
        Applicant a = f.applicant();
        return List.<Object>of(f.code(), f.agencyId(), f.unitId(), f.procedureCode(), f.procedureVersionId(), f.fieldCode(),
                f.channel().name(), a.name(), nullable(a.idNumber()), nullable(a.taxCode()), nullable(a.phone()),
                nullable(a.email()), nullable(a.address()), json.writeValueAsString(f.checklist()), f.feeDue(), utc(f.receivedAt()),
                nullable(utc(s.firstDueAt())), nullable(utc(s.dueAt())), s.status().name(), s.step(), nullable(s.assignee()),
                nullable(s.holdingAgencyId()), nullable(utc(s.completedAt())), nullable(utc(s.returnedAt())),
                nullable(utc(s.endedAt())), nullable(s.timeliness() == null ? null : s.timeliness().name()), s.apologies(),
                s.paid());
    }

    private void appendActions(StringBuilder sql, List<Object> params, List<DossierAction> actions) {
        for (int i = 0; i < actions.size(); i++) {
            DossierAction a = actions.get(i);
            sql.append(i == 0 ? "" : ", ").append(ACTION_VALUES);
            params.addAll(List.<Object>of(a.seq(), a.kind().name(), utc(a.at()), a.actor(), a.step(), json.writeValueAsString(a.data())));
        }
    }

    private static void appendMovements(StringBuilder sql, List<Object> params, List<FigureMovement> movements) {
        for (int i = 0; i < movements.size(); i++) {
            FigureMovement m = movements.get(i);
            sql.append(i == 0 ? "" : ", ").append(MOVEMENT_VALUES);
            params.add(m.seq());
            params.add(m.counted().measure());
            params.add(m.day().toString());
            params.add(nullable(m.since() == null ? null : m.since().toString()));
        }
    }

    // A value that may be null goes with its SQL type, so the driver is never asked for the statement's
    // parameter types (a round trip to the server for each statement).

    private static SqlParameterValue nullable(OffsetDateTime value) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, value);
    }

    private static SqlParameterValue nullable(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static SqlParameterValue nullable(Long value) {
        return new SqlParameterValue(Types.BIGINT, value);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private StoredDossier row(ResultSet rs, int n) throws SQLException {
        long holding = rs.getLong("holding_agency_id");
        Long holdingId = rs.wasNull() ? null : holding;
        String timeliness = rs.getString("timeliness");
        DossierFacts facts = new DossierFacts(rs.getString("code"), rs.getLong("agency_id"), rs.getLong("unit_id"),
                rs.getString("procedure_code"), rs.getLong("procedure_version_id"), rs.getString("field_code"),
                Channel.valueOf(rs.getString("channel")),
                new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                        rs.getString("applicant_tax_code"), rs.getString("applicant_phone"), rs.getString("applicant_email"),
                        rs.getString("applicant_address")),
                json.readValue(rs.getString("checklist"), new TypeReference<List<ChecklistItem>>() { }), rs.getLong("fee_due"),
                instant(rs, "received_at"));
        DossierSummary summary = new DossierSummary(DossierStatus.valueOf(rs.getString("status")), rs.getInt("current_step"),
                rs.getString("assignee"), holdingId, instant(rs, "first_due_at"), instant(rs, "due_at"), instant(rs, "completed_at"),
                instant(rs, "returned_at"), instant(rs, "ended_at"), timeliness == null ? null : Timeliness.valueOf(timeliness),
                rs.getInt("apologies"), rs.getLong("paid"));
        return new StoredDossier(rs.getLong("id"), facts, summary, rs.getInt("version"), instant(rs, "due_warning_at"));
    }
}
