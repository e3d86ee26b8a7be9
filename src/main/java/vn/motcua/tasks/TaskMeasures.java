package vn.motcua.tasks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.InvalidInputException;
import vn.motcua.tasks.internal.TaskRows;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

/**
 * The tasks module's measures for a unit and a window [from, to):
 * {@code tasks.planned} / {@code tasks.done} (tasks of the unit's reform plans for the year, done by the window's end),
 * {@code tasks.directives} (directive documents issued in the window), {@code tasks.assigned} /
 * {@code tasks.assignedOnTime} / {@code tasks.assignedLate} (tasks the province assigned), and
 * {@code inspections.agencies} (filters kind, level), {@code inspections.findings}, {@code inspections.resolved},
 * {@code inspections.disciplineShare} (% of the unit's agencies inspected on discipline).
 */
@Service
public class TaskMeasures {

    /** A figure and the ids of the records behind it (tasks, documents or inspections). */
    public record Figure(BigDecimal value, String kind, List<Long> ids) {
    }

    private final TaskRows rows;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;

    TaskMeasures(TaskRows rows, UnitDirectory units, AgencyDirectory agencies) {
        this.rows = rows;
        this.units = units;
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public Figure measure(String measure, long unitId, LocalDate from, LocalDate to, Map<String, String> filters) {
        LocalDate last = to.minusDays(1);
        Map<Long, TaskRows.StoredDocument> documents = new HashMap<>();
        rows.documents().forEach(d -> documents.put(d.id(), d));
        switch (measure) {
            case "tasks.planned", "tasks.done" -> {
                List<Long> ids = new ArrayList<>();
                for (TaskRows.StoredTask t : rows.tasks()) {
                    TaskRows.StoredDocument plan = t.planId() == null ? null : documents.get(t.planId());
                    boolean planned = t.parentId() == null && plan != null && plan.unitId() == unitId && plan.kind() == TaskDocument.Kind.PLAN
                            && plan.planYear() != null && plan.planYear() == last.getYear() && !plan.issuedOn().isAfter(last)
                            && t.status() != Task.Status.CANCELLED;
                    boolean done = t.status() == Task.Status.DONE && t.completedOn() != null && !t.completedOn().isAfter(last);
                    if (planned && (measure.equals("tasks.planned") || done)) {
                        ids.add(t.id());
                    }
                }
                return count("TASKS", ids);
            }
            case "tasks.directives" -> {
                List<Long> ids = documents.values().stream().filter(d -> d.unitId() == unitId && d.directive()
                        && !d.issuedOn().isBefore(from) && d.issuedOn().isBefore(to)).map(TaskRows.StoredDocument::id).sorted().toList();
                return count("DOCUMENTS", ids);
            }
            case "tasks.assigned", "tasks.assignedOnTime", "tasks.assignedLate" -> {
                List<Long> ids = new ArrayList<>();
                for (TaskRows.StoredTask t : rows.tasks()) {
                    TaskRows.StoredDocument by = t.assignedById() == null ? null : documents.get(t.assignedById());
                    boolean assigned = t.parentId() == null && by != null && t.unitId() == unitId && by.issuedOn().isBefore(to)
                            && t.deadline().getYear() >= last.getYear() && t.status() != Task.Status.CANCELLED;
                    boolean done = t.status() == Task.Status.DONE && t.completedOn() != null && !t.completedOn().isAfter(last);
                    boolean keep = switch (measure) {
                        case "tasks.assigned" -> assigned;
                        case "tasks.assignedOnTime" -> assigned && done && !t.completedOn().isAfter(t.deadline());
                        default -> assigned && done && t.completedOn().isAfter(t.deadline());
                    };
                    if (keep) {
                        ids.add(t.id());
                    }
                }
                return count("TASKS", ids);
            }
            case "inspections.agencies", "inspections.findings", "inspections.resolved", "inspections.disciplineShare" -> {
                return inspections(measure, unitId, from, to, filters);
            }
            default -> throw new InvalidInputException("measure", "tasks.measure.unknown", measure);
        }
    }

    private Figure inspections(String measure, long unitId, LocalDate from, LocalDate to, Map<String, String> filters) {
        Map<Long, Unit> under = new HashMap<>();
        units.unitsUnder(unitId).forEach(u -> under.put(u.id(), u));
        Map<Long, Agency> byId = new HashMap<>();
        agencies.agencies().forEach(a -> byId.put(a.id(), a));
        List<TaskRows.StoredInspection> own = rows.inspections().stream().filter(i -> i.unitId() == unitId).toList();
        List<TaskRows.StoredInspection> inWindow = own.stream().filter(i -> !i.heldOn().isBefore(from) && i.heldOn().isBefore(to)).toList();
        switch (measure) {
            case "inspections.agencies" -> {
                AgencyKind kind = filters.containsKey("kind") ? AgencyKind.valueOf(filters.get("kind")) : null;
                UnitLevel level = filters.containsKey("level") ? UnitLevel.valueOf(filters.get("level")) : null;
                Set<Long> inspected = new HashSet<>();
                List<Long> inspections = new ArrayList<>();
                for (TaskRows.StoredInspection i : inWindow) {
                    for (Long agencyId : rows.targets(i.id())) {
                        Agency a = byId.get(agencyId);
                        if (a != null && (kind == null || a.kind() == kind)
                                && (level == null || under.containsKey(a.unitId()) && under.get(a.unitId()).level() == level)) {
                            inspected.add(agencyId);
                            inspections.add(i.id());
                        }
                    }
                }
                return new Figure(BigDecimal.valueOf(inspected.size()), "INSPECTIONS", inspections.stream().distinct().toList());
            }
            case "inspections.findings" -> {
                long findings = inWindow.stream().mapToLong(i -> rows.findings(i.id()).size()).sum();
                return new Figure(BigDecimal.valueOf(findings), "INSPECTIONS", inWindow.stream().map(TaskRows.StoredInspection::id).toList());
            }
            case "inspections.resolved" -> {
                long resolved = 0;
                List<Long> ids = new ArrayList<>();
                for (TaskRows.StoredInspection i : own) {
                    long count = rows.findings(i.id()).stream().filter(f -> f.resolvedOn() != null && !f.resolvedOn().isBefore(from)
                            && f.resolvedOn().isBefore(to)).count();
                    if (count > 0) {
                        resolved += count;
                        ids.add(i.id());
                    }
                }
                return new Figure(BigDecimal.valueOf(resolved), "INSPECTIONS", ids);
            }
            default -> {
                List<Agency> subject = agencies.agencies().stream().filter(a -> under.containsKey(a.unitId())
                        && (a.kind() == AgencyKind.DEPARTMENT && a.unitId() == unitId
                                || a.kind() == AgencyKind.PEOPLES_COMMITTEE && under.get(a.unitId()).level() == UnitLevel.COMMUNE
                                        && under.get(a.unitId()).validOn(to.minusDays(1))))
                        .toList();
                Set<Long> inspected = new HashSet<>();
                inWindow.stream().filter(TaskRows.StoredInspection::discipline).forEach(i -> inspected.addAll(rows.targets(i.id())));
                long covered = subject.stream().filter(a -> inspected.contains(a.id())).count();
                BigDecimal share = subject.isEmpty() ? null
                        : BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(subject.size()), 1, RoundingMode.HALF_UP);
                return new Figure(share, "INSPECTIONS", inWindow.stream().filter(TaskRows.StoredInspection::discipline)
                        .map(TaskRows.StoredInspection::id).toList());
            }
        }
    }

    private static Figure count(String kind, List<Long> ids) {
        return new Figure(BigDecimal.valueOf(ids.size()), kind, ids);
    }
}
