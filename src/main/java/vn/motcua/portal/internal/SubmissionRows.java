package vn.motcua.portal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.portal.SubmissionStatus;
import vn.motcua.portal.SubmissionStep;

/** The submissions' tables: the submission row, its documents and its history of steps. */
@Repository
public class SubmissionRows {

    /**
     * A submission's row as stored; {@code accountId} is null for one filed without an account (the demo's past
     * receipts, whose applicant filed them), never 0.
     */
    public record Row(long id, Long accountId, String procedureCode, long procedureVersionId, long agencyId, Applicant applicant,
            Map<String, String> form, ReturnChannel returnChannel, SubmissionStatus status, Instant createdAt, Instant updatedAt,
            Instant submittedAt, Instant decidedAt, String decidedBy, String dossierCode, int version) {
    }

    /** A document row: the file it holds and, if reused, the dossier document it came from. */
    public record DocumentRow(long id, long submissionId, int requirement, long fileId, Long reusedFrom, Instant addedAt) {
    }

    private static final String COLUMNS = """
            id, account_id, procedure_code, procedure_version_id, agency_id, applicant::text as applicant, form::text as form,
            return_channel, status, created_at, updated_at, submitted_at, decided_at, decided_by, dossier_code, version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SubmissionRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(long accountId, String procedureCode, long versionId, long agencyId, Applicant applicant,
            Map<String, String> form, ReturnChannel returnChannel, Instant now) {
        return jdbc.sql("""
                insert into portal_submission (account_id, procedure_code, procedure_version_id, agency_id, applicant, form,
                    return_channel, status, created_at, updated_at)
                values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, 'DRAFT', ?, ?) returning id""")
                .params(accountId, procedureCode, versionId, agencyId, json.writeValueAsString(applicant),
                        json.writeValueAsString(form), returnChannel.name(), utc(now), utc(now))
                .query(Long.class).single();
    }

    public void update(long id, String procedureCode, long versionId, long agencyId, Applicant applicant, Map<String, String> form,
            ReturnChannel returnChannel, Instant now) {
        jdbc.sql("""
                update portal_submission set procedure_code = ?, procedure_version_id = ?, agency_id = ?, applicant = cast(? as jsonb),
                    form = cast(? as jsonb), return_channel = ?, updated_at = ?, version = version + 1
                where id = ?""")
                .params(procedureCode, versionId, agencyId, json.writeValueAsString(applicant), json.writeValueAsString(form),
                        returnChannel.name(), utc(now), id)
                .update();
    }

    /** A submission received long ago, with no account: who filed it is its applicant. */
    public record PastReceipt(String procedureCode, long procedureVersionId, long agencyId, Applicant applicant, Map<String, String> form,
            Instant submittedAt, Instant receivedAt, String receivedBy, String dossierCode) {
    }

    /**
     * Writes received submissions in one statement, each with its two steps (submitted by its applicant,
     * received by the clerk): the demo's present history at first start, hundreds at once.
     */
    public void insertReceived(List<PastReceipt> receipts) {
        if (receipts.isEmpty()) {
            return;
        }
        int n = receipts.size();
        String[] codes = new String[n];
        long[] versions = new long[n];
        long[] agencies = new long[n];
        String[] applicants = new String[n];
        String[] forms = new String[n];
        String[] submitted = new String[n];
        String[] received = new String[n];
        String[] clerks = new String[n];
        String[] dossiers = new String[n];
        for (int i = 0; i < n; i++) {
            PastReceipt r = receipts.get(i);
            codes[i] = r.procedureCode();
            versions[i] = r.procedureVersionId();
            agencies[i] = r.agencyId();
            applicants[i] = json.writeValueAsString(r.applicant());
            forms[i] = json.writeValueAsString(r.form());
            submitted[i] = r.submittedAt().toString();
            received[i] = r.receivedAt().toString();
            clerks[i] = r.receivedBy();
            dossiers[i] = r.dossierCode();
        }
        jdbc.sql("""
                with submission as (
                    insert into portal_submission (account_id, procedure_code, procedure_version_id, agency_id, applicant, form,
                        return_channel, status, created_at, updated_at, submitted_at, decided_at, decided_by, dossier_code)
                    select null, code, version, agency, cast(applicant as jsonb), cast(form as jsonb), 'ONLINE', 'RECEIVED',
                        cast(submitted as timestamptz), cast(received as timestamptz), cast(submitted as timestamptz),
                        cast(received as timestamptz), clerk, dossier
                    from unnest(cast(? as text[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as text[]),
                        cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
                        as t (code, version, agency, applicant, form, submitted, received, clerk, dossier)
                    returning id, submitted_at, decided_at, decided_by, applicant ->> 'name' as name)
                insert into portal_submission_step (submission_id, status, at, actor)
                select id, 'SUBMITTED', submitted_at, left(name, 60) from submission
                union all
                select id, 'RECEIVED', decided_at, decided_by from submission""")
                .params(codes, versions, agencies, applicants, forms, submitted, received, clerks, dossiers)
                .update();
    }

    /** The way of receiving the result chosen on the submission that became the dossier, if one did. */
    public Optional<ReturnChannel> returnChannelOfDossier(String dossierCode) {
        return jdbc.sql("select return_channel from portal_submission where dossier_code = ? and return_channel is not null")
                .param(dossierCode).query(String.class).optional().map(ReturnChannel::valueOf);
    }

    /** The dossier codes among these that a submission already became. */
    public Set<String> linked(Collection<String> dossierCodes) {
        if (dossierCodes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select dossier_code from portal_submission where dossier_code in (:codes)")
                .param("codes", dossierCodes).query(String.class).list());
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from portal_submission where id = ?").param(id).query(this::row).optional();
    }

    /** Locks the row until the transaction ends: two clerks, or a double click, queue here and the second sees the first. */
    public Optional<Row> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from portal_submission where id = ? for update").param(id).query(this::row).optional();
    }

    public List<Row> ofAccount(long accountId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from portal_submission where account_id = ? order by created_at desc, id desc limit ?")
                .params(accountId, limit).query(this::row).list();
    }

    /** Submissions of these agencies in a status, the longest waiting first. */
    public List<Row> ofAgencies(List<Long> agencyIds, SubmissionStatus status, int limit) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from portal_submission where agency_id in (:agencies) and status = :status"
                + " order by submitted_at nulls last, id limit :limit")
                .param("agencies", agencyIds).param("status", status.name()).param("limit", limit).query(this::row).list();
    }

    public long countWaiting(long agencyId) {
        return jdbc.sql("select count(*) from portal_submission where agency_id = ? and status = 'SUBMITTED'").param(agencyId)
                .query(Long.class).single();
    }

    /** Moves the submission to a status; SUBMITTED stamps the time it was (last) submitted, a decision who decided and when. */
    public void moveTo(long id, SubmissionStatus status, Instant at, String actor, String dossierCode) {
        boolean decided = status == SubmissionStatus.RECEIVED || status == SubmissionStatus.REFUSED
                || status == SubmissionStatus.COMPLETION_REQUESTED;
        jdbc.sql("""
                update portal_submission set status = ?, updated_at = ?, version = version + 1,
                    submitted_at = case when ? then ? else submitted_at end,
                    decided_at = case when ? then ? else decided_at end, decided_by = case when ? then ? else decided_by end,
                    dossier_code = coalesce(?, dossier_code)
                where id = ?""")
                .params(status.name(), utc(at), status == SubmissionStatus.SUBMITTED, utc(at), decided, utc(at), decided, actor,
                        dossierCode, id)
                .update();
    }

    public void addStep(long submissionId, SubmissionStatus status, Instant at, String actor, String reason, List<String> items) {
        jdbc.sql("insert into portal_submission_step (submission_id, status, at, actor, reason, items) values (?, ?, ?, ?, ?, cast(? as jsonb))")
                .params(submissionId, status.name(), utc(at), actor, reason, json.writeValueAsString(items == null ? List.of() : items))
                .update();
    }

    public List<SubmissionStep> steps(long submissionId) {
        return jdbc.sql("select status, at, actor, reason, items::text as items from portal_submission_step where submission_id = ? order by id")
                .param(submissionId)
                .query((rs, n) -> new SubmissionStep(SubmissionStatus.valueOf(rs.getString("status")), instant(rs, "at"),
                        rs.getString("actor"), rs.getString("reason"),
                        json.readValue(rs.getString("items"), new TypeReference<List<String>>() { })))
                .list();
    }

    public long addDocument(long submissionId, int requirement, long fileId, Long reusedFrom, Instant at) {
        return jdbc.sql("insert into portal_submission_document (submission_id, requirement, file_id, reused_from, added_at)"
                + " values (?, ?, ?, ?, ?) returning id")
                .params(submissionId, requirement, fileId, reusedFrom, utc(at)).query(Long.class).single();
    }

    public List<DocumentRow> documents(long submissionId) {
        return jdbc.sql("select id, submission_id, requirement, file_id, reused_from, added_at from portal_submission_document"
                + " where submission_id = ? order by requirement, id")
                .param(submissionId).query(this::document).list();
    }

    public Optional<DocumentRow> document(long submissionId, long documentId) {
        return jdbc.sql("select id, submission_id, requirement, file_id, reused_from, added_at from portal_submission_document"
                + " where submission_id = ? and id = ?")
                .params(submissionId, documentId).query(this::document).optional();
    }

    public void deleteDocument(long documentId) {
        jdbc.sql("delete from portal_submission_document where id = ?").param(documentId).update();
    }

    /** Marks the draft changed, so a page that still shows the old one is told (its version no longer matches). */
    public void touch(long id, Instant now) {
        jdbc.sql("update portal_submission set updated_at = ?, version = version + 1 where id = ?").params(utc(now), id).update();
    }

    private DocumentRow document(ResultSet rs, int n) throws SQLException {
        long reused = rs.getLong("reused_from");
        Long reusedFrom = rs.wasNull() ? null : reused;
        return new DocumentRow(rs.getLong("id"), rs.getLong("submission_id"), rs.getInt("requirement"), rs.getLong("file_id"),
                reusedFrom, instant(rs, "added_at"));
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getObject("account_id", Long.class), rs.getString("procedure_code"), rs.getLong("procedure_version_id"),
                rs.getLong("agency_id"), json.readValue(rs.getString("applicant"), Applicant.class),
                json.readValue(rs.getString("form"), new TypeReference<Map<String, String>>() { }),
                ReturnChannel.valueOf(rs.getString("return_channel")), SubmissionStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "submitted_at"), instant(rs, "decided_at"),
                rs.getString("decided_by"), rs.getString("dossier_code"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
