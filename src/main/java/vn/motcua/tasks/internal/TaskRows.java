package vn.motcua.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.tasks.Inspection;
import vn.motcua.tasks.Task;
import vn.motcua.tasks.TaskDocument;

/** The tables of plans, documents, tasks, progress notes and inspections. */
@Repository
public class TaskRows {

    /** A stored task, with ids rather than codes. */
    public record StoredTask(long id, long unitId, Long planId, Long assignedById, Long parentId, String title, long ownerAgencyId,
            String cooperating, LocalDate deadline, LocalDate completedOn, Task.Status status, int version) {
    }

    /** A stored document. */
    public record StoredDocument(long id, long unitId, String number, LocalDate issuedOn, String issuer, TaskDocument.Kind kind,
            String title, TaskDocument.ReformField reformField, Integer planYear, boolean directive, String fileName) {
    }

    /** A stored inspection. */
    public record StoredInspection(long id, long unitId, Long planId, String title, LocalDate heldOn, boolean discipline) {
    }

    private static final String DOCUMENT = "select id, unit_id, number, issued_on, issuer, kind, title, reform_field, plan_year, directive, file_name from tasks_document";
    private static final String TASK = "select id, unit_id, plan_id, assigned_by_id, parent_id, title, owner_agency_id, cooperating, deadline, completed_on, status, version from tasks_task";

    private final JdbcClient jdbc;

    TaskRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StoredDocument> documents() {
        return jdbc.sql(DOCUMENT + " order by issued_on desc, id desc").query(this::mapDocument).list();
    }

    public Optional<StoredDocument> document(long id) {
        return jdbc.sql(DOCUMENT + " where id = ?").param(id).query(this::mapDocument).optional();
    }

    private StoredDocument mapDocument(ResultSet rs, int n) throws SQLException {
        int year = rs.getInt("plan_year");
        // Read at once: wasNull() speaks of the last column read (a plan year of 0 stood for "none" before).
        Integer planYear = rs.wasNull() ? null : year;
        return new StoredDocument(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
                rs.getString("issuer"), TaskDocument.Kind.valueOf(rs.getString("kind")), rs.getString("title"),
                TaskDocument.ReformField.valueOf(rs.getString("reform_field")), planYear, rs.getBoolean("directive"),
                rs.getString("file_name"));
    }

    public long insertDocument(long unitId, String number, LocalDate issuedOn, String issuer, TaskDocument.Kind kind, String title,
            TaskDocument.ReformField field, Integer planYear, boolean directive) {
        return jdbc.sql("""
                insert into tasks_document (unit_id, number, issued_on, issuer, kind, title, reform_field, plan_year, directive)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(unitId, number, issuedOn, issuer, kind.name(), title, field.name(), planYear, directive).query(Long.class).single();
    }

    public void updateDocument(long id, long unitId, String number, LocalDate issuedOn, String issuer, TaskDocument.Kind kind, String title,
            TaskDocument.ReformField field, Integer planYear, boolean directive) {
        jdbc.sql("""
                update tasks_document set unit_id = ?, number = ?, issued_on = ?, issuer = ?, kind = ?, title = ?, reform_field = ?,
                       plan_year = ?, directive = ? where id = ?""")
                .params(unitId, number, issuedOn, issuer, kind.name(), title, field.name(), planYear, directive, id).update();
    }

    public void attach(long documentId, String fileName, String fileType, byte[] content) {
        jdbc.sql("update tasks_document set file_name = ?, file_type = ?, file = ? where id = ?")
                .params(fileName, fileType, content, documentId).update();
    }

    public Optional<Object[]> file(long documentId) {
        return jdbc.sql("select file_name, file_type, file from tasks_document where id = ? and file is not null").param(documentId)
                .query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getBytes(3) }).optional();
    }

    public Optional<Object[]> progressFile(long taskId, long progressId) {
        return jdbc.sql("select file_name, file_type, file from tasks_progress where id = ? and task_id = ? and file is not null")
                .params(progressId, taskId).query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getBytes(3) }).optional();
    }

    public List<StoredTask> tasks() {
        return jdbc.sql(TASK + " order by deadline, id").query(this::mapTask).list();
    }

    public Optional<StoredTask> task(long id) {
        return jdbc.sql(TASK + " where id = ?").param(id).query(this::mapTask).optional();
    }

    private StoredTask mapTask(ResultSet rs, int n) throws SQLException {
        return new StoredTask(rs.getLong("id"), rs.getLong("unit_id"), nullable(rs, "plan_id"), nullable(rs, "assigned_by_id"),
                nullable(rs, "parent_id"), rs.getString("title"), rs.getLong("owner_agency_id"), rs.getString("cooperating"),
                rs.getObject("deadline", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
                Task.Status.valueOf(rs.getString("status")), rs.getInt("version"));
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public long insertTask(long unitId, Long planId, Long assignedById, Long parentId, String title, long ownerAgencyId,
            String cooperating, LocalDate deadline) {
        return jdbc.sql("""
                insert into tasks_task (unit_id, plan_id, assigned_by_id, parent_id, title, owner_agency_id, cooperating, deadline)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(unitId, planId, assignedById, parentId, title, ownerAgencyId, cooperating, deadline).query(Long.class).single();
    }

    public boolean updateTask(long id, int version, String title, LocalDate deadline, Task.Status status, LocalDate completedOn,
            String cooperating) {
        return jdbc.sql("""
                update tasks_task set title = ?, deadline = ?, status = ?, completed_on = ?, cooperating = ?, version = version + 1
                where id = ? and version = ?""")
                .params(title, deadline, status.name(), completedOn, cooperating, id, version).update() == 1;
    }

    public List<Task.Progress> progress(long taskId) {
        return jdbc.sql("select id, at, author, note, file_name from tasks_progress where task_id = ? order by at").param(taskId)
                .query((rs, n) -> new Task.Progress(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    public void insertProgress(long taskId, OffsetDateTime at, String author, String note, String fileName, String fileType, byte[] file) {
        jdbc.sql("insert into tasks_progress (task_id, at, author, note, file_name, file_type, file) values (?, ?, ?, ?, ?, ?, ?)")
                .params(taskId, at, author, note, fileName, fileType, file).update();
    }

    public List<StoredInspection> inspections() {
        return jdbc.sql("select id, unit_id, plan_id, title, held_on, discipline from tasks_inspection order by held_on desc")
                .query((rs, n) -> new StoredInspection(rs.getLong(1), rs.getLong(2), nullable(rs, "plan_id"), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getBoolean(6)))
                .list();
    }

    public void updateInspection(long id, long unitId, Long planId, String title, LocalDate heldOn, boolean discipline, List<Long> agencyIds) {
        jdbc.sql("update tasks_inspection set unit_id = ?, plan_id = ?, title = ?, held_on = ?, discipline = ? where id = ?")
                .params(unitId, planId, title, heldOn, discipline, id).update();
        jdbc.sql("delete from tasks_inspection_target where inspection_id = ?").param(id).update();
        for (Long agency : agencyIds) {
            jdbc.sql("insert into tasks_inspection_target (inspection_id, agency_id) values (?, ?) on conflict do nothing")
                    .params(id, agency).update();
        }
    }

    public long insertInspection(long unitId, Long planId, String title, LocalDate heldOn, boolean discipline, List<Long> agencyIds) {
        long id = jdbc.sql("insert into tasks_inspection (unit_id, plan_id, title, held_on, discipline) values (?, ?, ?, ?, ?) returning id")
                .params(unitId, planId, title, heldOn, discipline).query(Long.class).single();
        for (Long agency : agencyIds) {
            jdbc.sql("insert into tasks_inspection_target (inspection_id, agency_id) values (?, ?) on conflict do nothing")
                    .params(id, agency).update();
        }
        return id;
    }

    public List<Long> targets(long inspectionId) {
        return jdbc.sql("select agency_id from tasks_inspection_target where inspection_id = ?").param(inspectionId).query(Long.class).list();
    }

    /** The agencies each inspection targeted, for many inspections in one read. */
    public Map<Long, List<Long>> targets(Collection<Long> inspectionIds) {
        Map<Long, List<Long>> targets = new HashMap<>();
        if (!inspectionIds.isEmpty()) {
            jdbc.sql("select inspection_id, agency_id from tasks_inspection_target where inspection_id in (:ids)")
                    .param("ids", List.copyOf(inspectionIds))
                    .query(rs -> {
                        targets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
        }
        return targets;
    }

    /** The findings of each inspection, for many inspections in one read. */
    public Map<Long, List<Inspection.Finding>> findings(Collection<Long> inspectionIds) {
        Map<Long, List<Inspection.Finding>> findings = new HashMap<>();
        if (!inspectionIds.isEmpty()) {
            jdbc.sql("select inspection_id, id, description, resolved_on from tasks_finding where inspection_id in (:ids) order by id")
                    .param("ids", List.copyOf(inspectionIds))
                    .query(rs -> {
                        findings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Inspection.Finding(rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class)));
                    });
        }
        return findings;
    }

    public List<Inspection.Finding> findings(long inspectionId) {
        return jdbc.sql("select id, description, resolved_on from tasks_finding where inspection_id = ? order by id").param(inspectionId)
                .query((rs, n) -> new Inspection.Finding(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class))).list();
    }

    public long insertFinding(long inspectionId, String description) {
        return jdbc.sql("insert into tasks_finding (inspection_id, description) values (?, ?) returning id").params(inspectionId, description)
                .query(Long.class).single();
    }

    public Optional<Long> inspectionOfFinding(long findingId) {
        return jdbc.sql("select inspection_id from tasks_finding where id = ?").param(findingId).query(Long.class).optional();
    }

    public void resolveFinding(long findingId, LocalDate on) {
        jdbc.sql("update tasks_finding set resolved_on = ? where id = ?").params(on, findingId).update();
    }

    public void notice(long agencyId, LocalDate day, String message) {
        jdbc.sql("insert into tasks_notice (agency_id, day, message) values (?, ?, ?) on conflict (agency_id, day) do update set message = excluded.message")
                .params(agencyId, day, message).update();
    }

    public List<String> notices(long agencyId) {
        return jdbc.sql("select message from tasks_notice where agency_id = ? order by day desc limit 7").param(agencyId).query(String.class).list();
    }
}
