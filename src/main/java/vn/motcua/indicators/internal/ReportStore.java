package vn.motcua.indicators.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.indicators.ReportStatus;

/** The report tables: reports, entered values, approved values. */
@Repository
public class ReportStore {

    /** A stored report. */
    public record StoredReport(long id, long templateId, String period, long unitId, ReportStatus status, int version,
            String returnComment, OffsetDateTime submittedAt) {
    }

    /** An entered value or an override. */
    public record Entry(String key, BigDecimal value, boolean overridden, String note) {
    }

    /** A value as approved. */
    public record Approved(String key, BigDecimal value, String source, boolean overridden) {
    }

    private static final String COLUMNS = "id, template_id as templateId, period, unit_id as unitId, status, version, "
            + "return_comment as returnComment, submitted_at as submittedAt";
    private static final String REPORT = "select " + COLUMNS + " from indicators_report";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredReport> find(long templateId, String period, long unitId) {
        return jdbc.sql(REPORT + " where template_id = ? and period = ? and unit_id = ?").params(templateId, period, unitId)
                .query(StoredReport.class).optional();
    }

    /** Any template version of the same code: a unit has one report per template code and period. */
    public Optional<StoredReport> findByCode(String templateCode, String period, long unitId) {
        return jdbc.sql(REPORT + " where period = ? and unit_id = ? and template_id in (select id from indicators_template where code = ?)")
                .params(period, unitId, templateCode).query(StoredReport.class).optional();
    }

    public List<StoredReport> forUnits(String templateCode, String period, List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(REPORT + " where period = :period and unit_id in (:units) and template_id in (select id from indicators_template where code = :code)")
                .param("period", period).param("units", unitIds).param("code", templateCode).query(StoredReport.class).list();
    }

    /** Who last submitted the report, if anyone has. */
    public Optional<String> submittedBy(long reportId) {
        return jdbc.sql("select submitted_by from indicators_report where id = ?").param(reportId).query(String.class).optional()
                .filter(java.util.Objects::nonNull);
    }

    /** Creates the report if it does not exist and locks it for the transaction. */
    public StoredReport lockOrCreate(long templateId, String period, long unitId) {
        jdbc.sql("insert into indicators_report (template_id, period, unit_id) values (?, ?, ?) on conflict (template_id, period, unit_id) do nothing")
                .params(templateId, period, unitId).update();
        return jdbc.sql(REPORT + " where template_id = ? and period = ? and unit_id = ? for update").params(templateId, period, unitId)
                .query(StoredReport.class).single();
    }

    public Map<String, Entry> entries(long reportId) {
        Map<String, Entry> entries = new HashMap<>();
        jdbc.sql("select key, value, overridden, note from indicators_value where report_id = ?").param(reportId)
                .query(Entry.class).list().forEach(e -> entries.put(e.key(), e));
        return entries;
    }

    public void putEntry(long reportId, Entry entry, String username, Instant now) {
        jdbc.sql("""
                insert into indicators_value (report_id, key, value, overridden, note, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (report_id, key) do update set value = excluded.value, overridden = excluded.overridden,
                    note = excluded.note, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(reportId, entry.key(), entry.value(), entry.overridden(), entry.note(), username,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }

    public void removeEntry(long reportId, String key) {
        jdbc.sql("delete from indicators_value where report_id = ? and key = ?").params(reportId, key).update();
    }

    /** Moves the report to the status; returns it as stored now. */
    public StoredReport setStatus(long reportId, ReportStatus status, String comment, String username, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        String extra = switch (status) {
            case SUBMITTED -> ", submitted_at = :at, submitted_by = :user, return_comment = null";
            case APPROVED -> ", approved_at = :at, approved_by = :user";
            case RETURNED -> ", return_comment = :comment";
            default -> "";
        };
        var statement = jdbc.sql("update indicators_report set status = :status, version = version + 1" + extra + " where id = :id returning "
                + COLUMNS)
                .param("status", status.name()).param("id", reportId);
        if (status == ReportStatus.SUBMITTED || status == ReportStatus.APPROVED) {
            statement = statement.param("at", at).param("user", username);
        }
        if (status == ReportStatus.RETURNED) {
            statement = statement.param("comment", comment);
        }
        return statement.query(StoredReport.class).single();
    }

    /** Marks the report changed (its version goes up); returns it as stored now. */
    public StoredReport touch(long reportId) {
        return jdbc.sql("update indicators_report set version = version + 1 where id = ? returning " + COLUMNS).param(reportId)
                .query(StoredReport.class).single();
    }

    public void saveApproved(long reportId, List<Approved> values) {
        jdbc.sql("delete from indicators_approved_value where report_id = ?").param(reportId).update();
        for (Approved a : values) {
            jdbc.sql("insert into indicators_approved_value (report_id, key, value, source, overridden) values (?, ?, ?, ?, ?)")
                    .params(reportId, a.key(), a.value(), a.source(), a.overridden()).update();
        }
    }

    public Map<String, Approved> approved(long reportId) {
        Map<String, Approved> values = new HashMap<>();
        jdbc.sql("select key, value, source, overridden from indicators_approved_value where report_id = ?").param(reportId)
                .query(Approved.class).list().forEach(a -> values.put(a.key(), a));
        return values;
    }

    /** A notice to a unit. */
    public record Reminder(String templateCode, String period, String message, String createdBy, OffsetDateTime createdAt) {
    }

    public void remind(long unitId, String templateCode, String period, String message, String username, Instant now) {
        jdbc.sql("insert into indicators_reminder (unit_id, template_code, period, message, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(unitId, templateCode, period, message, username, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }

    public List<Reminder> reminders(long unitId) {
        return jdbc.sql("select template_code as templateCode, period, message, created_by as createdBy, created_at as createdAt from indicators_reminder "
                + "where unit_id = ? order by created_at desc limit 20")
                .param(unitId).query(Reminder.class).list();
    }
}
