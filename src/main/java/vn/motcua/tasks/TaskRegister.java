package vn.motcua.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.FileContent;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.tasks.internal.TaskRows;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitAccess;
import vn.motcua.units.UnitDirectory;

/**
 * Phần mềm theo dõi nhiệm vụ: documents, tasks with their subtasks and progress, and inspections,
 * each unit seeing its own and those of the units below it. Reform officers, leaders and
 * administrators plan and assign; the owner agency reports progress and completion.
 */
@Service
public class TaskRegister {

    private final TaskRows rows;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final MotCuaZone zone;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    TaskRegister(TaskRows rows, UnitDirectory units, AgencyDirectory agencies, UnitAccess access, CurrentUser currentUser,
            AuditTrail audit, MotCuaZone zone, Clock clock, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.rows = rows;
        this.units = units;
        this.agencies = agencies;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
    }

    /** What a planner gives to record a document. */
    public record NewDocument(String unitCode, String number, LocalDate issuedOn, String issuer, TaskDocument.Kind kind, String title,
            TaskDocument.ReformField reformField, Integer planYear, Boolean directive) {
    }

    /** What a planner gives to create a task (or a subtask, with parentId). */
    public record NewTask(Long planId, Long assignedById, Long parentId, String title, String ownerAgencyCode, String cooperating,
            LocalDate deadline) {
    }

    /** A change to a task; version is the one the caller saw. */
    public record TaskChange(String title, LocalDate deadline, Task.Status status, LocalDate completedOn, String cooperating, int version) {
    }

    /** What an inspector gives to record an inspection. */
    public record NewInspection(String unitCode, Long planId, String title, LocalDate heldOn, boolean discipline, List<String> agencyCodes) {
    }

    // ---- documents

    @Transactional(readOnly = true)
    public List<TaskDocument> documents() {
        var scope = access.currentScope();
        return rows.documents().stream().filter(d -> scope.contains(d.unitId())).map(this::view).toList();
    }

    /**
     * The documents a unit may cite for a year's reform index: its own and those of the units above it (as the unit stood
     * that year — a commune of today has the province above it, not the district dissolved on 01/07/2025), issued by the
     * year's end; a plan only of that year, any other document of that year or the year before. A department (its index
     * named by its agency's code) gets its unit's.
     */
    @Transactional(readOnly = true)
    public List<TaskDocument> documentsInForce(String unitCode, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate on = end.isAfter(zone.today()) ? zone.today() : end;
        java.util.Set<Long> chain = new java.util.HashSet<>();
        String code = unitCode == null ? "" : unitCode;
        // A department's index is kept under its agency's code: its documents are those of its unit and above.
        Unit unit = units.find(code, on).or(() -> agencies.find(code).flatMap(a -> units.byId(a.unitId()))).orElse(null);
        while (unit != null && chain.add(unit.id())) {
            unit = unit.parentId() == null ? null : units.byId(unit.parentId()).orElse(null);
        }
        var scope = access.currentScope();
        return rows.documents().stream().filter(d -> scope.contains(d.unitId()) && chain.contains(d.unitId()))
                .filter(d -> !d.issuedOn().isAfter(end)
                        && (d.planYear() != null ? d.planYear() == year : d.issuedOn().getYear() >= year - 1))
                .map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public TaskDocument document(long id) {
        return view(reachableDocument(id));
    }

    private TaskRows.StoredDocument reachableDocument(long id) {
        TaskRows.StoredDocument d = rows.document(id).orElseThrow(() -> new NotFoundException("tasks.document.not-found", id));
        if (!access.currentScope().contains(d.unitId())) {
            throw new NotFoundException("tasks.document.not-found", id);
        }
        return d;
    }

    private TaskDocument view(TaskRows.StoredDocument d) {
        return new TaskDocument(d.id(), units.byId(d.unitId()).map(Unit::code).orElse(""), d.number(), d.issuedOn(), d.issuer(), d.kind(),
                d.title(), d.reformField(), d.planYear(), d.directive(), d.fileName());
    }

    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER', 'ADMIN')")
    @Transactional
    public TaskDocument createDocument(NewDocument request) {
        Unit unit = checkedUnit(request);
        long id = rows.insertDocument(unit.id(), request.number().trim(), request.issuedOn(), request.issuer().trim(), request.kind(),
                request.title().trim(), request.reformField(), request.planYear(), request.directive() == null || request.directive());
        TaskDocument created = document(id);
        audit.record("task-document.created", "task-document", String.valueOf(id), "Ghi nhận văn bản " + created.number(), null, created);
        return created;
    }

    /** Corrects a document: every field given again, as on the form. */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER', 'ADMIN')")
    @Transactional
    public TaskDocument updateDocument(long id, NewDocument request) {
        TaskDocument before = document(id);
        Unit unit = checkedUnit(request);
        rows.updateDocument(id, unit.id(), request.number().trim(), request.issuedOn(), request.issuer().trim(), request.kind(),
                request.title().trim(), request.reformField(), request.planYear(), request.directive() == null || request.directive());
        TaskDocument after = document(id);
        audit.record("task-document.changed", "task-document", String.valueOf(id), "Sửa văn bản " + after.number(), before, after);
        return after;
    }

    private Unit checkedUnit(NewDocument request) {
        require("number", request.number(), 60);
        require("issuer", request.issuer(), 200);
        require("title", request.title(), 1000);
        if (request.issuedOn() == null) {
            throw new InvalidInputException("issuedOn", "tasks.field.required");
        }
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "tasks.field.required");
        }
        if (request.reformField() == null) {
            throw new InvalidInputException("reformField", "tasks.field.required");
        }
        TaskDocument.Kind named = TaskDocument.Kind.named(request.number()).orElse(null);
        if (named != null && named != request.kind()) {
            throw new InvalidInputException("number", "tasks.number.kind", request.number().strip(), named.label(), request.kind().label());
        }
        if (request.kind() == TaskDocument.Kind.PLAN && request.planYear() == null) {
            throw new InvalidInputException("planYear", "tasks.plan-year.required");
        }
        Unit unit = units.require(request.unitCode() == null ? "" : request.unitCode(), request.issuedOn());
        access.check(unit.id());
        return unit;
    }

    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER', 'ADMIN')")
    @Transactional
    public void attach(long documentId, String fileName, byte[] content) {
        reachableDocument(documentId);
        if (content == null || content.length == 0 || content.length > 10_000_000) {
            throw new InvalidInputException("file", "tasks.file.size");
        }
        String name = fileName == null || fileName.isBlank() ? "van-ban" : fileName.replaceAll("[\\\\/:*?\"<>|]", "_");
        // The type is what the content is (a known kind read whole), never what the sender claimed.
        rows.attach(documentId, name.length() > 200 ? name.substring(0, 200) : name, FileContent.storedType(name, content), content);
        audit.record("task-document.file", "task-document", String.valueOf(documentId), "Đính kèm tệp " + name, null, null);
    }

    /** The attached file: name, type, bytes. */
    @Transactional(readOnly = true)
    public Object[] file(long documentId) {
        reachableDocument(documentId);
        return rows.file(documentId).orElseThrow(() -> new NotFoundException("tasks.file.none", documentId));
    }

    /** The evidence file of a progress note: name, type and content. */
    @Transactional(readOnly = true)
    public Object[] progressFile(long taskId, long progressId) {
        reachableTask(taskId);
        return rows.progressFile(taskId, progressId).orElseThrow(() -> new NotFoundException("tasks.progress-file.none", progressId));
    }

    // ---- tasks

    @Transactional(readOnly = true)
    public List<Task> tasks(Long planId, Task.Status status, String agencyCode, boolean overdueOnly) {
        var scope = access.currentScope();
        LocalDate today = zone.today();
        // One read of each directory for the whole list rather than a query per task.
        Map<Long, Agency> agencyById = new HashMap<>();
        agencies.agencies().forEach(a -> agencyById.put(a.id(), a));
        Map<Long, String> unitCodes = new HashMap<>();
        units.allUnits().forEach(u -> unitCodes.put(u.id(), u.code()));
        Map<Long, String> numbers = new HashMap<>();
        rows.documents().forEach(d -> numbers.put(d.id(), d.number()));
        List<Task> result = new ArrayList<>();
        for (TaskRows.StoredTask t : rows.tasks()) {
            if (!scope.contains(t.unitId()) || planId != null && !planId.equals(t.planId()) || status != null && status != t.status()) {
                continue;
            }
            Task view = view(t, agencyById.get(t.ownerAgencyId()), unitCodes.getOrDefault(t.unitId(), ""), numbers::get, List.of(), today);
            if (agencyCode != null && !agencyCode.isBlank() && !agencyCode.equals(view.ownerAgencyCode())) {
                continue;
            }
            if (overdueOnly && view.standing() != Task.Standing.OVERDUE) {
                continue;
            }
            result.add(view);
        }
        return result;
    }

    @Transactional(readOnly = true)
    public Task task(long id) {
        TaskRows.StoredTask t = reachableTask(id);
        return view(t, agencies.byId(t.ownerAgencyId()).orElseThrow(), units.byId(t.unitId()).map(Unit::code).orElse(""),
                documentId -> rows.document(documentId).map(TaskRows.StoredDocument::number).orElse(null), rows.progress(t.id()), zone.today());
    }

    private TaskRows.StoredTask reachableTask(long id) {
        TaskRows.StoredTask t = rows.task(id).orElseThrow(() -> new NotFoundException("tasks.task.not-found", id));
        if (!access.currentScope().contains(t.unitId())) {
            throw new NotFoundException("tasks.task.not-found", id);
        }
        return t;
    }

    private static Task view(TaskRows.StoredTask t, Agency owner, String unitCode, java.util.function.LongFunction<String> documentNumber,
            List<Task.Progress> progress, LocalDate today) {
        String plan = t.planId() == null ? null : documentNumber.apply(t.planId());
        String assigned = t.assignedById() == null ? null : documentNumber.apply(t.assignedById());
        return new Task(t.id(), unitCode, t.planId(), plan, t.assignedById(), assigned, t.parentId(), t.title(), owner.code(), owner.name(),
                t.cooperating(), t.deadline(), t.completedOn(), t.status(), Task.standing(t.status(), t.deadline(), t.completedOn(), today),
                t.version(), progress);
    }

    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER', 'ADMIN')")
    @Transactional
    public Task createTask(NewTask request) {
        require("title", request.title(), 1000);
        if (request.deadline() == null) {
            throw new InvalidInputException("deadline", "tasks.field.required");
        }
        if (request.ownerAgencyCode() == null || request.ownerAgencyCode().isBlank()) {
            throw new InvalidInputException("ownerAgencyCode", "tasks.field.required");
        }
        Agency owner = agencies.find(request.ownerAgencyCode().trim())
                .filter(a -> access.currentScope().contains(a.unitId()))
                .orElseThrow(() -> new InvalidInputException("ownerAgencyCode", "tasks.agency.not-found", request.ownerAgencyCode()));
        if (!existsOn(owner, request.deadline())) {
            throw new InvalidInputException("ownerAgencyCode", "tasks.agency.ended", owner.name(), request.deadline());
        }
        if (request.planId() != null) {
            TaskRows.StoredDocument plan = reachableDocument(request.planId());
            if (plan.kind() != TaskDocument.Kind.PLAN) {
                throw new InvalidInputException("planId", "tasks.plan.kind");
            }
        }
        if (request.assignedById() != null) {
            reachableDocument(request.assignedById());
        }
        if (request.parentId() != null) {
            reachableTask(request.parentId());
        }
        long id = rows.insertTask(owner.unitId(), request.planId(), request.assignedById(), request.parentId(), request.title().trim(),
                owner.id(), request.cooperating() == null ? "" : request.cooperating().trim(), request.deadline());
        Task created = task(id);
        audit.record("task.created", "task", String.valueOf(id), "Giao nhiệm vụ: " + created.title(), null, created);
        return created;
    }

    /**
     * Whether the agency's unit is in force on the day: a task is due at an agency that still exists
     * then, so no new work goes to a commune or district dissolved by a merger.
     */
    boolean existsOn(Agency agency, LocalDate day) {
        return units.byId(agency.unitId()).map(unit -> unit.validOn(day)).orElse(false);
    }

    /** A planner changes any task within reach; the agency that owns a task changes its own (tasks.internal.TaskOwners). */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER', 'ADMIN') or @taskOwners.owns(#id)")
    @Transactional
    public Task changeTask(long id, TaskChange change) {
        TaskRows.StoredTask before = reachableTask(id);
        Task.Status status = change.status() == null ? before.status() : change.status();
        LocalDate completedOn = status == Task.Status.DONE ? (change.completedOn() == null ? zone.today() : change.completedOn()) : null;
        String title = change.title() == null || change.title().isBlank() ? before.title() : change.title().trim();
        LocalDate deadline = change.deadline() == null ? before.deadline() : change.deadline();
        if (!rows.updateTask(id, change.version(), title, deadline, status, completedOn,
                change.cooperating() == null ? before.cooperating() : change.cooperating().trim())) {
            throw new ConflictException("tasks.changed");
        }
        Task after = task(id);
        audit.record("task.changed", "task", String.valueOf(id), "Cập nhật nhiệm vụ: " + after.title() + " ("
                + messages.getMessage("tasks.status." + after.status(), null, after.status().name(), java.util.Locale.forLanguageTag("vi")) + ")",
                Map.of("status", before.status().name(), "deadline", before.deadline().toString()), after);
        return after;
    }

    @Transactional
    public Task addProgress(long taskId, String note, String fileName, byte[] file) {
        MotCuaUser user = currentUser.require();
        reachableTask(taskId);
        require("note", note, 2000);
        if (file != null && file.length > 10_000_000) {
            throw new InvalidInputException("file", "tasks.file.size");
        }
        rows.insertProgress(taskId, OffsetDateTime.now(clock), user.getUsername(), note.trim(), file == null ? null : fileName,
                file == null ? null : FileContent.storedType(fileName, file), file);
        audit.record("task.progress", "task", String.valueOf(taskId), "Báo cáo tiến độ: " + note.trim(), null, null);
        return task(taskId);
    }

    // ---- inspections

    @Transactional(readOnly = true)
    public List<Inspection> inspections() {
        var scope = access.currentScope();
        return rows.inspections().stream().filter(i -> scope.contains(i.unitId())).map(this::view).toList();
    }

    private Inspection view(TaskRows.StoredInspection i) {
        List<String> codes = rows.targets(i.id()).stream().map(a -> agencies.byId(a).map(Agency::code).orElse("")).toList();
        return new Inspection(i.id(), units.byId(i.unitId()).map(Unit::code).orElse(""), i.planId(), i.title(), i.heldOn(), i.discipline(),
                codes, rows.findings(i.id()));
    }

    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER', 'ADMIN')")
    @Transactional
    public Inspection createInspection(NewInspection request) {
        Unit unit = inspectingUnit(request);
        List<Long> targets = targets(request);
        long id = rows.insertInspection(unit.id(), request.planId(), request.title().trim(), request.heldOn(), request.discipline(), targets);
        Inspection created = inspection(id);
        audit.record("inspection.created", "inspection", String.valueOf(id), "Ghi nhận kiểm tra: " + created.title(), null, created);
        return created;
    }

    /** Corrects an inspection: title, date, kind and the agencies inspected; its findings stay. */
    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER', 'ADMIN')")
    @Transactional
    public Inspection updateInspection(long id, NewInspection request) {
        Inspection before = inspection(id);
        Unit unit = inspectingUnit(request);
        List<Long> targets = targets(request);
        rows.updateInspection(id, unit.id(), request.planId(), request.title().trim(), request.heldOn(), request.discipline(), targets);
        Inspection after = inspection(id);
        audit.record("inspection.changed", "inspection", String.valueOf(id), "Sửa cuộc kiểm tra: " + after.title(), before, after);
        return after;
    }

    /** One inspection within the caller's reach. */
    @Transactional(readOnly = true)
    public Inspection inspection(long id) {
        return inspections().stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("tasks.inspection.not-found", id));
    }

    private Unit inspectingUnit(NewInspection request) {
        require("title", request.title(), 1000);
        if (request.heldOn() == null) {
            throw new InvalidInputException("heldOn", "tasks.field.required");
        }
        Unit unit = units.require(request.unitCode() == null ? "" : request.unitCode(), request.heldOn());
        access.check(unit.id());
        if (request.planId() != null) {
            reachableDocument(request.planId());
        }
        return unit;
    }

    private List<Long> targets(NewInspection request) {
        var scope = access.currentScope();
        List<Long> targets = new ArrayList<>();
        for (String code : request.agencyCodes() == null ? List.<String>of() : request.agencyCodes()) {
            Agency agency = agencies.find(code).filter(a -> scope.contains(a.unitId()))
                    .orElseThrow(() -> new InvalidInputException("agencyCodes", "tasks.agency.not-found", code));
            targets.add(agency.id());
        }
        if (targets.isEmpty()) {
            throw new InvalidInputException("agencyCodes", "tasks.inspection.targets");
        }
        return targets;
    }

    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER', 'ADMIN')")
    @Transactional
    public Inspection addFinding(long inspectionId, String description) {
        Inspection inspection = inspection(inspectionId);
        require("description", description, 2000);
        rows.insertFinding(inspection.id(), description.trim());
        audit.record("inspection.finding", "inspection", String.valueOf(inspectionId), "Phát hiện: " + description.trim(), null, null);
        return inspection(inspectionId);
    }

    @PreAuthorize("hasAnyRole('REFORM_OFFICER', 'LEADER', 'ADMIN')")
    @Transactional
    public Inspection resolveFinding(long findingId, LocalDate on) {
        long inspectionId = rows.inspectionOfFinding(findingId).orElseThrow(() -> new NotFoundException("tasks.finding.not-found", findingId));
        inspections().stream().filter(i -> i.id() == inspectionId).findFirst()
                .orElseThrow(() -> new NotFoundException("tasks.finding.not-found", findingId));
        rows.resolveFinding(findingId, on == null ? zone.today() : on);
        audit.record("inspection.resolved", "inspection", String.valueOf(inspectionId), "Đã xử lý phát hiện " + findingId, null, null);
        return inspection(inspectionId);
    }

    private static void require(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "tasks.field.required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "tasks.field.long", max);
        }
    }
}
