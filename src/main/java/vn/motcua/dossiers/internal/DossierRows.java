package vn.motcua.dossiers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.Channel;
import vn.motcua.dossiers.ChecklistItem;
import vn.motcua.dossiers.DossierAction;
import vn.motcua.dossiers.DossierStatus;

/** The dossier tables: the dossier row (its derived state) and its append-only actions. */
@Repository
public class DossierRows {

    /** A stored dossier row. */
    public record Row(long id, String code, long agencyId, long unitId, String procedureCode, long procedureVersionId,
            String fieldCode, Channel channel, Applicant applicant, List<ChecklistItem> checklist, long feeDue,
            Instant receivedAt, Instant firstDueAt, Instant dueAt, DossierStatus status, int currentStep, String assignee,
            Long holdingAgencyId, Instant completedAt, Instant returnedAt, String timeliness, int apologies, long paid,
            int version, Instant dueWarningAt) {
    }

    /** The derived columns rewritten after each action. */
    public record Derived(Instant firstDueAt, Instant dueAt, DossierStatus status, int currentStep, String assignee,
            Long holdingAgencyId, Instant completedAt, Instant returnedAt, String timeliness, int apologies, long paid) {
    }

    static final String COLUMNS = """
            id, code, agency_id, unit_id, procedure_code, procedure_version_id, field_code, channel, applicant_name,
            applicant_id_number, applicant_tax_code, applicant_phone, applicant_email, applicant_address, checklist::text as checklist,
            fee_due, received_at, first_due_at, due_at, status, current_step, assignee, holding_agency_id, completed_at,
            returned_at, timeliness, apologies, paid, version, due_warning_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DossierRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Row> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from dossiers_dossier where code = ?").param(code).query(this::row).optional();
    }

    /** Locks the row until the transaction ends, so two actions on one dossier queue up and the second sees the first. */
    public Optional<Row> lockByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from dossiers_dossier where code = ? for update").param(code).query(this::row)
                .optional();
    }

    public List<Row> query(String where, List<Object> params, int limit, int offset) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        all.add(offset);
        return jdbc.sql("select " + COLUMNS + " from dossiers_dossier where " + where + " order by received_at desc, id desc limit ? offset ?")
                .params(all).query(this::row).list();
    }

    public List<Row> queryByDue(String where, List<Object> params, int limit) {
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
                .param("units", unitIds).param("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC)).query().listOfRows();
    }

    /**
     * A new dossier with its derived state and its receipt, in one statement (one round trip for the
     * row and its first action); returns its id.
     */
    public long insertReceived(Row d, Derived x, DossierAction receipt) {
        return jdbc.sql("""
                with dossier as (
                    insert into dossiers_dossier (code, agency_id, unit_id, procedure_code, procedure_version_id, field_code,
                        channel, applicant_name, applicant_id_number, applicant_tax_code, applicant_phone, applicant_email,
                        applicant_address, checklist, fee_due, received_at, first_due_at, due_at, status, current_step, assignee,
                        completed_at, returned_at, timeliness, apologies, paid, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                    returning id)
                insert into dossiers_action (dossier_id, seq, action, at, actor, step, data)
                select id, ?, ?, ?, ?, ?, cast(? as jsonb) from dossier returning dossier_id""")
                .params(d.code(), d.agencyId(), d.unitId(), d.procedureCode(), d.procedureVersionId(), d.fieldCode(),
                        d.channel().name(), d.applicant().name(), d.applicant().idNumber(), d.applicant().taxCode(),
                        d.applicant().phone(), d.applicant().email(), d.applicant().address(), json.writeValueAsString(d.checklist()),
                        d.feeDue(), utc(d.receivedAt()), utc(x.firstDueAt()), utc(x.dueAt()), x.status().name(), x.currentStep(),
                        x.assignee(), utc(x.completedAt()), utc(x.returnedAt()), x.timeliness(), x.apologies(), x.paid(),
                        receipt.seq(), receipt.kind().name(), utc(receipt.at()), receipt.actor(), receipt.step(),
                        json.writeValueAsString(receipt.data()))
                .query(Long.class).single();
    }

    public void update(long id, Derived d) {
        jdbc.sql("""
                update dossiers_dossier set first_due_at = ?, due_at = ?, status = ?, current_step = ?, assignee = ?,
                    holding_agency_id = ?, completed_at = ?, returned_at = ?, timeliness = ?, apologies = ?, paid = ?,
                    version = version + 1
                where id = ?""")
                .params(utc(d.firstDueAt()), utc(d.dueAt()), d.status().name(), d.currentStep(), d.assignee(), d.holdingAgencyId(),
                        utc(d.completedAt()), utc(d.returnedAt()), d.timeliness(), d.apologies(), d.paid(), id)
                .update();
    }

    public void appendAction(long dossierId, DossierAction action) {
        jdbc.sql("insert into dossiers_action (dossier_id, seq, action, at, actor, step, data) values (?, ?, ?, ?, ?, ?, cast(? as jsonb))")
                .params(dossierId, action.seq(), action.kind().name(), utc(action.at()), action.actor(), action.step(),
                        json.writeValueAsString(action.data()))
                .update();
    }

    public List<DossierAction> actions(long dossierId) {
        return jdbc.sql("select seq, action, at, actor, step, data::text as data from dossiers_action where dossier_id = ? order by seq")
                .param(dossierId)
                .query((rs, n) -> new DossierAction(rs.getInt("seq"), ActionKind.valueOf(rs.getString("action")),
                        rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getInt("step"),
                        json.readValue(rs.getString("data"), new TypeReference<Map<String, Object>>() { })))
                .list();
    }

    /** The next number of the agency's dossiers of that day; atomic however many instances ask at once. */
    public int nextSequence(long agencyId, LocalDate day) {
        return jdbc.sql("""
                insert into dossiers_sequence (agency_id, day, last) values (?, ?, 1)
                on conflict (agency_id, day) do update set last = dossiers_sequence.last + 1 returning last""")
                .params(agencyId, day).query(Integer.class).single();
    }

    public boolean codeExists(String code) {
        return jdbc.sql("select count(*) from dossiers_dossier where code = ?").param(code).query(Long.class).single() > 0;
    }

    /** The most recent applicant details given with this citizen ID number, for the counter to fill in again. */
    public Optional<Applicant> lastApplicant(String idNumber) {
        return jdbc.sql("""
                select applicant_name, applicant_id_number, applicant_tax_code, applicant_phone, applicant_email, applicant_address
                from dossiers_dossier where applicant_id_number = ? order by received_at desc limit 1""")
                .param(idNumber).query((rs, n) -> new Applicant(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .optional();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        long holding = rs.getLong("holding_agency_id");
        Long holdingId = rs.wasNull() ? null : holding;
        return new Row(rs.getLong("id"), rs.getString("code"), rs.getLong("agency_id"), rs.getLong("unit_id"),
                rs.getString("procedure_code"), rs.getLong("procedure_version_id"), rs.getString("field_code"),
                Channel.valueOf(rs.getString("channel")),
                new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                        rs.getString("applicant_tax_code"), rs.getString("applicant_phone"), rs.getString("applicant_email"),
                        rs.getString("applicant_address")),
                json.readValue(rs.getString("checklist"), new TypeReference<List<ChecklistItem>>() { }), rs.getLong("fee_due"),
                instant(rs, "received_at"), instant(rs, "first_due_at"), instant(rs, "due_at"),
                DossierStatus.valueOf(rs.getString("status")), rs.getInt("current_step"), rs.getString("assignee"), holdingId,
                instant(rs, "completed_at"), instant(rs, "returned_at"), rs.getString("timeliness"), rs.getInt("apologies"),
                rs.getLong("paid"), rs.getInt("version"), instant(rs, "due_warning_at"));
    }

    /** Reserves {@code count} numbers of an agency's day at once; returns the last one reserved. */
    public int reserveSequence(long agencyId, LocalDate day, int count) {
        return jdbc.sql("""
                insert into dossiers_sequence (agency_id, day, last) values (?, ?, ?)
                on conflict (agency_id, day) do update set last = dossiers_sequence.last + excluded.last returning last""")
                .params(agencyId, day, count).query(Integer.class).single();
    }

    /** Ids for new dossiers taken from the table's own sequence, so that a batch can insert them with their actions. */
    public List<Long> newIds(int count) {
        return jdbc.sql("select nextval(pg_get_serial_sequence('dossiers_dossier', 'id')) from generate_series(1, ?)")
                .param(count).query(Long.class).list();
    }

    /** A dossier of the past, with its derived state, written in one batch with the others. */
    public record Imported(long id, String code, long agencyId, long unitId, String procedureCode, long versionId,
            String fieldCode, Channel channel, Applicant applicant, long feeDue, Instant receivedAt, Derived derived,
            List<DossierAction> actions) {
    }

    public void insertAll(List<Imported> dossiers, org.springframework.jdbc.core.JdbcTemplate template) {
        template.batchUpdate("""
                insert into dossiers_dossier (id, code, agency_id, unit_id, procedure_code, procedure_version_id, field_code,
                    channel, applicant_name, applicant_id_number, applicant_tax_code, applicant_phone, applicant_email,
                    applicant_address, fee_due, received_at, first_due_at, due_at, status, current_step, assignee,
                    completed_at, returned_at, timeliness, apologies, paid)
                overriding system value
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", dossiers, 1000,
                (ps, d) -> {
                    Derived x = d.derived();
                    ps.setLong(1, d.id());
                    ps.setString(2, d.code());
                    ps.setLong(3, d.agencyId());
                    ps.setLong(4, d.unitId());
                    ps.setString(5, d.procedureCode());
                    ps.setLong(6, d.versionId());
                    ps.setString(7, d.fieldCode());
                    ps.setString(8, d.channel().name());
                    ps.setString(9, d.applicant().name());
                    ps.setString(10, d.applicant().idNumber());
                    ps.setString(11, d.applicant().taxCode());
                    ps.setString(12, d.applicant().phone());
                    ps.setString(13, d.applicant().email());
                    ps.setString(14, d.applicant().address());
                    ps.setLong(15, d.feeDue());
                    ps.setObject(16, utc(d.receivedAt()));
                    ps.setObject(17, utc(x.firstDueAt()));
                    ps.setObject(18, utc(x.dueAt()));
                    ps.setString(19, x.status().name());
                    ps.setInt(20, x.currentStep());
                    ps.setString(21, x.assignee());
                    ps.setObject(22, utc(x.completedAt()));
                    ps.setObject(23, utc(x.returnedAt()));
                    ps.setString(24, x.timeliness());
                    ps.setInt(25, x.apologies());
                    ps.setLong(26, x.paid());
                });
        List<Object[]> actions = new ArrayList<>();
        for (Imported d : dossiers) {
            for (DossierAction a : d.actions()) {
                actions.add(new Object[] { d.id(), a.seq(), a.kind().name(), utc(a.at()), a.actor(), a.step(),
                        json.writeValueAsString(a.data()) });
            }
        }
        template.batchUpdate("insert into dossiers_action (dossier_id, seq, action, at, actor, step, data) values (?, ?, ?, ?, ?, ?, cast(? as jsonb))",
                actions);
    }
}
