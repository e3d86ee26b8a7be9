package vn.motcua.procedures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.procedures.Fee;
import vn.motcua.procedures.Field;
import vn.motcua.procedures.FormField;
import vn.motcua.procedures.InterAgency;
import vn.motcua.procedures.LegalBasis;
import vn.motcua.procedures.OnlineKind;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.procedures.ProcedureStep;
import vn.motcua.procedures.ProcedureVersion;
import vn.motcua.procedures.RequiredDocument;
import vn.motcua.shared.TransactionMemo;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.UnitLevel;

/** The catalogue tables: procedures, their versions and the fields. */
@Repository
public class ProcedureRows {

    private static final String VERSION_COLUMNS = """
            v.id as version_id, v.effective_from, v.decision, v.change_note, v.name, v.field_code, f.name as field_name,
            v.level, v.agency_kind, v.processing_days, v.processing_hours, v.shortened_days, v.shortened_hours,
            v.result_kind, v.online_kind, v.one_stop, v.inter_agency, v.online_payment, v.any_location, v.by_post,
            v.internal_process_approved, v.internal_process_digitized, v.fees::text as fees, v.documents::text as documents,
            v.steps::text as steps, v.separate_approval, v.form_fields::text as form_fields,
            v.legal_bases::text as legal_bases""";

    /** Each procedure with its version in force on a date (or its first version when the date is before it). */
    private static final String AS_OF = """
            select distinct on (p.id) p.code, p.published_on, p.publish_decision, p.abolished_on, p.abolish_decision,
                   p.replaced_by, p.version as lock_version, %s
            from procedures_procedure p
            join procedures_version v on v.procedure_id = p.id
            join procedures_field f on f.code = v.field_code
            %s
            order by p.id, (v.effective_from <= ?) desc, case when v.effective_from <= ? then v.effective_from end desc nulls last,
                     v.effective_from""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProcedureRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Field> fields() {
        return jdbc.sql("select code, name from procedures_field").query(Field.class).list().stream()
                .sorted(vn.motcua.shared.VietnameseOrder.by(Field::name)).toList();
    }

    public Optional<Field> field(String code) {
        return jdbc.sql("select code, name from procedures_field where code = ?").param(code).query(Field.class).optional();
    }

    public void insertField(String code, String name) {
        jdbc.sql("insert into procedures_field (code, name) values (?, ?) on conflict (code) do nothing").params(code, name).update();
    }

    /** All procedures as of the date (abolished ones included; the caller filters). */
    public List<Procedure> asOf(LocalDate date) {
        return TransactionMemo.remember(new AsOf(date),
                () -> List.copyOf(jdbc.sql(AS_OF.formatted(VERSION_COLUMNS, "")).params(date, date).query(this::procedure).list()));
    }

    /** The catalogue as of a day, remembered for the rest of a read-only transaction (see TransactionMemo). */
    private record AsOf(LocalDate date) {
    }

    public Optional<Procedure> byCode(String code, LocalDate date) {
        return jdbc.sql(AS_OF.formatted(VERSION_COLUMNS, "where p.code = ?")).params(code, date, date).query(this::procedure)
                .optional();
    }

    public Optional<Long> idOf(String code) {
        return jdbc.sql("select id from procedures_procedure where code = ?").param(code).query(Long.class).optional();
    }

    public List<ProcedureVersion> versions(String code) {
        return jdbc.sql("select p.code, " + VERSION_COLUMNS + """
                 from procedures_version v join procedures_procedure p on p.id = v.procedure_id
                join procedures_field f on f.code = v.field_code where p.code = ? order by v.effective_from""")
                .param(code).query((rs, n) -> version(rs)).list();
    }

    public Optional<ProcedureVersion> version(long versionId) {
        return jdbc.sql("select p.code, " + VERSION_COLUMNS + """
                 from procedures_version v join procedures_procedure p on p.id = v.procedure_id
                join procedures_field f on f.code = v.field_code where v.id = ?""")
                .param(versionId).query((rs, n) -> version(rs)).optional();
    }

    public long insertProcedure(String code, LocalDate publishedOn, String decision) {
        return jdbc.sql("insert into procedures_procedure (code, published_on, publish_decision) values (?, ?, ?) returning id")
                .params(code, publishedOn, decision).query(Long.class).single();
    }

    public long insertVersion(long procedureId, LocalDate effectiveFrom, String decision, String note, ProcedureContent c) {
        return jdbc.sql("""
                insert into procedures_version (procedure_id, effective_from, decision, change_note, name, field_code, level,
                    agency_kind, processing_days, processing_hours, shortened_days, shortened_hours, result_kind, online_kind,
                    one_stop, inter_agency, online_payment, any_location, by_post, internal_process_approved,
                    internal_process_digitized, fees, documents, steps, separate_approval, form_fields, legal_bases)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb),
                    cast(? as jsonb), ?, cast(? as jsonb), cast(? as jsonb)) returning id""")
                .params(procedureId, effectiveFrom, decision, note, c.name(), c.fieldCode(), c.level().name(),
                        c.agencyKind() == null ? null : c.agencyKind().name(), c.processingDays(), c.processingHours(),
                        c.shortenedDays(), c.shortenedHours(), c.resultKind(), c.onlineKind().name(), c.oneStop(),
                        c.interAgency().name(), c.onlinePayment(), c.anyLocation(), c.byPost(), c.internalProcessApproved(),
                        c.internalProcessDigitized(), json.writeValueAsString(c.fees()), json.writeValueAsString(c.documents()),
                        json.writeValueAsString(c.steps()), c.separateApproval(), json.writeValueAsString(c.formFields()),
                        json.writeValueAsString(c.legalBases()))
                .query(Long.class).single();
    }

    public boolean versionExists(long procedureId, LocalDate effectiveFrom) {
        return jdbc.sql("select count(*) from procedures_version where procedure_id = ? and effective_from = ?")
                .params(procedureId, effectiveFrom).query(Long.class).single() > 0;
    }

    /** Replaces the content of the version starting that day (a correction made the same day). */
    public void deleteVersion(long procedureId, LocalDate effectiveFrom) {
        jdbc.sql("delete from procedures_version where procedure_id = ? and effective_from = ?").params(procedureId, effectiveFrom)
                .update();
    }

    /** Moves the lock version on; false when someone else changed the procedure since {@code expected}. */
    public boolean touch(long procedureId, int expected) {
        return jdbc.sql("update procedures_procedure set version = version + 1 where id = ? and version = ?")
                .params(procedureId, expected).update() == 1;
    }

    public void abolish(long procedureId, LocalDate on, String decision, String replacedBy) {
        jdbc.sql("update procedures_procedure set abolished_on = ?, abolish_decision = ?, replaced_by = ? where id = ?")
                .params(on, decision == null ? "" : decision, replacedBy, procedureId).update();
    }

    private Procedure procedure(ResultSet rs, int row) throws SQLException {
        return new Procedure(rs.getString("code"), rs.getObject("published_on", LocalDate.class), rs.getString("publish_decision"),
                rs.getObject("abolished_on", LocalDate.class), rs.getString("abolish_decision"), rs.getString("replaced_by"),
                rs.getInt("lock_version"), version(rs));
    }

    private ProcedureVersion version(ResultSet rs) throws SQLException {
        String agencyKind = rs.getString("agency_kind");
        ProcedureContent content = new ProcedureContent(rs.getString("name"), rs.getString("field_code"),
                rs.getString("field_name"), UnitLevel.valueOf(rs.getString("level")),
                agencyKind == null ? null : AgencyKind.valueOf(agencyKind), integer(rs, "processing_days"),
                integer(rs, "processing_hours"), integer(rs, "shortened_days"), integer(rs, "shortened_hours"),
                rs.getString("result_kind"), OnlineKind.valueOf(rs.getString("online_kind")), rs.getBoolean("one_stop"),
                InterAgency.valueOf(rs.getString("inter_agency")), rs.getBoolean("online_payment"),
                rs.getBoolean("any_location"), rs.getBoolean("by_post"), rs.getBoolean("internal_process_approved"),
                rs.getBoolean("internal_process_digitized"),
                json.readValue(rs.getString("fees"), new TypeReference<List<Fee>>() { }),
                json.readValue(rs.getString("documents"), new TypeReference<List<RequiredDocument>>() { }),
                json.readValue(rs.getString("steps"), new TypeReference<List<ProcedureStep>>() { }),
                rs.getBoolean("separate_approval"),
                json.readValue(rs.getString("form_fields"), new TypeReference<List<FormField>>() { }),
                json.readValue(rs.getString("legal_bases"), new TypeReference<List<LegalBasis>>() { }));
        return new ProcedureVersion(rs.getLong("version_id"), rs.getString("code"), rs.getObject("effective_from", LocalDate.class),
                rs.getString("decision"), rs.getString("change_note"), content);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
