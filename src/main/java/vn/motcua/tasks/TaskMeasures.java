package vn.motcua.tasks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.Measure;
import vn.motcua.shared.MeasureSource;
import vn.motcua.shared.MeasureWindow;
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
 * {@code inspections.disciplineShare} (% of the unit's agencies inspected on discipline; none without such agencies).
 * The records behind a figure are ids of tasks, documents or inspections.
 */
@Service
public class TaskMeasures implements MeasureSource {

    static final String PLANNED = "tasks.planned";
    static final String DONE = "tasks.done";
    static final String DIRECTIVES = "tasks.directives";
    static final String ASSIGNED = "tasks.assigned";
    static final String ASSIGNED_ON_TIME = "tasks.assignedOnTime";
    static final String ASSIGNED_LATE = "tasks.assignedLate";
    static final String INSPECTED_AGENCIES = "inspections.agencies";
    static final String FINDINGS = "inspections.findings";
    static final String RESOLVED_FINDINGS = "inspections.resolved";
    static final String DISCIPLINE_SHARE = "inspections.disciplineShare";

    private static final List<Measure> MEASURES = List.of(
            new Measure(PLANNED, Set.of(), "TASKS"), new Measure(DONE, Set.of(), "TASKS"),
            new Measure(DIRECTIVES, Set.of(), "DOCUMENTS"),
            new Measure(ASSIGNED, Set.of(), "TASKS"), new Measure(ASSIGNED_ON_TIME, Set.of(), "TASKS"),
            new Measure(ASSIGNED_LATE, Set.of(), "TASKS"),
            new Measure(INSPECTED_AGENCIES, Set.of("kind", "level"), "INSPECTIONS"),
            new Measure(FINDINGS, Set.of(), "INSPECTIONS"), new Measure(RESOLVED_FINDINGS, Set.of(), "INSPECTIONS"),
            new Measure(DISCIPLINE_SHARE, Set.of(), "INSPECTIONS"));

    private final TaskRows rows;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;

    TaskMeasures(TaskRows rows, UnitDirectory units, AgencyDirectory agencies) {
        this.rows = rows;
        this.units = units;
        this.agencies = agencies;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public MeasureWindow window(long unitId, LocalDate from, LocalDate to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("to", "tasks.window.invalid");
        }
        return new Window(unitId, from, to);
    }

    /** A figure and the ids of the records behind it. */
    private record Figure(BigDecimal value, List<Long> ids) {

        static Figure count(List<Long> ids) {
            return new Figure(BigDecimal.valueOf(ids.size()), ids);
        }
    }

    /**
     * One unit and window: documents and tasks are read at the first task figure asked, the unit's
     * inspections with their targets and findings at the first inspection figure.
     */
    private final class Window implements MeasureWindow {

        private final long unitId;
        private final LocalDate from;
        private final LocalDate to;
        private final LocalDate last;
        private Map<Long, TaskRows.StoredDocument> documents;
        private List<TaskRows.StoredTask> tasks;
        private Inspections inspections;

        private Window(long unitId, LocalDate from, LocalDate to) {
            this.unitId = unitId;
            this.from = from;
            this.to = to;
            this.last = to.minusDays(1);
        }

        @Override
        public BigDecimal value(String measure, Map<String, String> filters) {
            return figure(measure, filters).value();
        }

        @Override
        public List<String> records(String measure, Map<String, String> filters) {
            return figure(measure, filters).ids().stream().limit(MAX_RECORDS).map(String::valueOf).toList();
        }

        private Figure figure(String measure, Map<String, String> filters) {
            Measure declared = MEASURES.stream().filter(m -> m.name().equals(measure)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("measure", "tasks.measure.unknown", measure));
            for (String dimension : filters.keySet()) {
                if (!declared.dimensions().contains(dimension)) {
                    throw new InvalidInputException(dimension, "tasks.filter.unknown", dimension, measure);
                }
            }
            return switch (measure) {
                case PLANNED, DONE -> planned(measure.equals(DONE));
                case DIRECTIVES -> Figure.count(documents().values().stream().filter(d -> d.unitId() == unitId && d.directive()
                        && !d.issuedOn().isBefore(from) && d.issuedOn().isBefore(to)).map(TaskRows.StoredDocument::id).sorted().toList());
                case ASSIGNED, ASSIGNED_ON_TIME, ASSIGNED_LATE -> assigned(measure);
                default -> inspections().figure(measure, filters);
            };
        }

        private Figure planned(boolean doneOnly) {
            List<Long> ids = new ArrayList<>();
            for (TaskRows.StoredTask t : tasks()) {
                TaskRows.StoredDocument plan = t.planId() == null ? null : documents().get(t.planId());
                boolean planned = t.parentId() == null && plan != null && plan.unitId() == unitId && plan.kind() == TaskDocument.Kind.PLAN
                        && plan.planYear() != null && plan.planYear() == last.getYear() && !plan.issuedOn().isAfter(last)
                        && t.status() != Task.Status.CANCELLED;
                if (planned && (!doneOnly || doneByWindowEnd(t))) {
                    ids.add(t.id());
                }
            }
            return Figure.count(ids);
        }

        private Figure assigned(String measure) {
            List<Long> ids = new ArrayList<>();
            for (TaskRows.StoredTask t : tasks()) {
                TaskRows.StoredDocument by = t.assignedById() == null ? null : documents().get(t.assignedById());
                boolean assigned = t.parentId() == null && by != null && t.unitId() == unitId && by.issuedOn().isBefore(to)
                        && t.deadline().getYear() >= last.getYear() && t.status() != Task.Status.CANCELLED;
                boolean keep = switch (measure) {
                    case ASSIGNED -> assigned;
                    case ASSIGNED_ON_TIME -> assigned && doneByWindowEnd(t) && !t.completedOn().isAfter(t.deadline());
                    default -> assigned && doneByWindowEnd(t) && t.completedOn().isAfter(t.deadline());
                };
                if (keep) {
                    ids.add(t.id());
                }
            }
            return Figure.count(ids);
        }

        private boolean doneByWindowEnd(TaskRows.StoredTask t) {
            return t.status() == Task.Status.DONE && t.completedOn() != null && !t.completedOn().isAfter(last);
        }

        private Map<Long, TaskRows.StoredDocument> documents() {
            if (documents == null) {
                documents = new HashMap<>();
                rows.documents().forEach(d -> documents.put(d.id(), d));
            }
            return documents;
        }

        private List<TaskRows.StoredTask> tasks() {
            if (tasks == null) {
                tasks = rows.tasks();
            }
            return tasks;
        }

        private Inspections inspections() {
            if (inspections == null) {
                inspections = new Inspections(unitId, from, to);
            }
            return inspections;
        }
    }

    /** The unit's inspections (of any date) with their targets and findings, the units below it and their agencies. */
    private final class Inspections {

        private final long unitId;
        private final LocalDate from;
        private final LocalDate to;
        private final Map<Long, Unit> under = new HashMap<>();
        private final Map<Long, Agency> agencyById = new HashMap<>();
        private final List<TaskRows.StoredInspection> own;
        private final List<TaskRows.StoredInspection> inWindow;
        private final Map<Long, List<Long>> targets;
        private final Map<Long, List<Inspection.Finding>> findings;

        private Inspections(long unitId, LocalDate from, LocalDate to) {
            this.unitId = unitId;
            this.from = from;
            this.to = to;
            units.unitsUnder(unitId).forEach(u -> under.put(u.id(), u));
            agencies.agencies().forEach(a -> agencyById.put(a.id(), a));
            own = rows.inspections().stream().filter(i -> i.unitId() == unitId).toList();
            inWindow = own.stream().filter(i -> !i.heldOn().isBefore(from) && i.heldOn().isBefore(to)).toList();
            List<Long> ids = own.stream().map(TaskRows.StoredInspection::id).toList();
            targets = rows.targets(ids);
            findings = rows.findings(ids);
        }

        Figure figure(String measure, Map<String, String> filters) {
            return switch (measure) {
                case INSPECTED_AGENCIES -> inspectedAgencies(filters);
                case FINDINGS -> new Figure(BigDecimal.valueOf(inWindow.stream().mapToLong(i -> findingsOf(i).size()).sum()),
                        ids(inWindow));
                case RESOLVED_FINDINGS -> resolvedFindings();
                default -> disciplineShare();
            };
        }

        private Figure inspectedAgencies(Map<String, String> filters) {
            Set<AgencyKind> kinds = filters.containsKey("kind") ? parse("kind", filters.get("kind"), AgencyKind.class) : null;
            Set<UnitLevel> levels = filters.containsKey("level") ? parse("level", filters.get("level"), UnitLevel.class) : null;
            Set<Long> inspected = new HashSet<>();
            List<Long> inspections = new ArrayList<>();
            for (TaskRows.StoredInspection i : inWindow) {
                for (Long agencyId : targetsOf(i)) {
                    Agency a = agencyById.get(agencyId);
                    if (a != null && (kinds == null || kinds.contains(a.kind()))
                            && (levels == null || under.containsKey(a.unitId()) && levels.contains(under.get(a.unitId()).level()))) {
                        inspected.add(agencyId);
                        inspections.add(i.id());
                    }
                }
            }
            return new Figure(BigDecimal.valueOf(inspected.size()), inspections.stream().distinct().toList());
        }

        private Figure resolvedFindings() {
            long resolved = 0;
            List<Long> ids = new ArrayList<>();
            for (TaskRows.StoredInspection i : own) {
                long count = findingsOf(i).stream()
                        .filter(f -> f.resolvedOn() != null && !f.resolvedOn().isBefore(from) && f.resolvedOn().isBefore(to)).count();
                if (count > 0) {
                    resolved += count;
                    ids.add(i.id());
                }
            }
            return new Figure(BigDecimal.valueOf(resolved), ids);
        }

        /** None when the unit has no department nor commune People's Committee to inspect. */
        private Figure disciplineShare() {
            List<Agency> subject = agencyById.values().stream().filter(a -> under.containsKey(a.unitId())
                    && (a.kind() == AgencyKind.DEPARTMENT && a.unitId() == unitId
                            || a.kind() == AgencyKind.PEOPLES_COMMITTEE && under.get(a.unitId()).level() == UnitLevel.COMMUNE
                                    && under.get(a.unitId()).validOn(to.minusDays(1))))
                    .toList();
            List<TaskRows.StoredInspection> discipline = inWindow.stream().filter(TaskRows.StoredInspection::discipline).toList();
            Set<Long> inspected = new HashSet<>();
            discipline.forEach(i -> inspected.addAll(targetsOf(i)));
            long covered = subject.stream().filter(a -> inspected.contains(a.id())).count();
            BigDecimal share = subject.isEmpty() ? null
                    : BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(subject.size()), 1, RoundingMode.HALF_UP);
            return new Figure(share, ids(discipline));
        }

        private List<Long> targetsOf(TaskRows.StoredInspection inspection) {
            return targets.getOrDefault(inspection.id(), List.of());
        }

        private List<Inspection.Finding> findingsOf(TaskRows.StoredInspection inspection) {
            return findings.getOrDefault(inspection.id(), List.of());
        }

        private static List<Long> ids(List<TaskRows.StoredInspection> inspections) {
            return inspections.stream().map(TaskRows.StoredInspection::id).toList();
        }
    }

    private static <E extends Enum<E>> Set<E> parse(String name, String value, Class<E> type) {
        try {
            return Arrays.stream(String.valueOf(value).split(",")).map(String::trim).map(v -> Enum.valueOf(type, v))
                    .collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "tasks.filter.value", value, Arrays.toString(type.getEnumConstants()));
        }
    }
}
