package vn.motcua.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.motcua.feedback.Dialogue;
import vn.motcua.feedback.Dialogues;
import vn.motcua.feedback.SurveyAnswer;
import vn.motcua.feedback.Surveys;
import vn.motcua.indicators.MeasureRegistry;
import vn.motcua.indicators.Report;
import vn.motcua.investment.ClimateFigures;
import vn.motcua.investment.InvestmentClimate;
import vn.motcua.reformindex.Classification;
import vn.motcua.reformindex.PublishedIndexes;
import vn.motcua.reports.core.OutlineFacts;
import vn.motcua.serviceindex.ServiceIndex;
import vn.motcua.shared.MeasureWindow;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.tasks.Inspection;
import vn.motcua.tasks.Task;
import vn.motcua.tasks.TaskDocument;
import vn.motcua.tasks.TaskRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

/**
 * What the narrative is drawn from besides the appendix's rows, read through the other modules'
 * published services for a unit and a report's window: its documents, tasks and inspections (tasks),
 * dialogues and survey answers (feedback), the dossier measures the appendix does not print (late,
 * resolved), and the investment climate. Each figure is named as a placeholder names it:
 * <ul>
 * <li>{@code dossiers.resolved}, {@code dossiers.resolvedOnTime}, {@code dossiers.resolvedLate} (and
 * {@code dossiers.resolvedLate.district|province|commune} by the level of the receiving agency,
 * {@code dossiers.resolvedLate.15493} by each unit directly below);</li>
 * <li>{@code tasks.overdue}: the unit's own tasks (not subtasks) not done by the window's last day though due before it;</li>
 * <li>{@code inspections.held}: the unit's inspections in the window; {@code inspections.unresolved}: findings of its
 * inspections up to the window's end not resolved by then;</li>
 * <li>{@code dialogues.count}; {@code feedback.satisfied} (% of survey answers satisfied) and {@code feedback.score}
 * (the answers' average on the five-point scale), none without answers;</li>
 * <li>{@code serviceindex.score}: the unit's service index (Decision 766/QĐ-TTg) over the window, out of 100 over the
 * criteria with records; none when no criterion has any (section II.8);</li>
 * <li>{@code investment.*} and {@code market.*} of section II.7, {@code investment.projectsStalled},
 * {@code investment.projectsBehind}; a figure the unit has not entered (no plan, no enterprises a year before) is left out.</li>
 * </ul>
 */
@Component
public class NarrativeSources {

    private final TaskRegister tasks;
    private final Dialogues dialogues;
    private final Surveys surveys;
    private final MeasureRegistry measures;
    private final InvestmentClimate climate;
    private final VietnameseFormat format;
    private final UnitDirectory units;
    private final ServiceIndex serviceIndex;
    private final PublishedIndexes reformIndexes;
    /** Section III names at most this many units below with late dossiers, the most first. */
    private static final int MOST_LATE = 3;

    NarrativeSources(TaskRegister tasks, Dialogues dialogues, Surveys surveys, MeasureRegistry measures, InvestmentClimate climate,
            VietnameseFormat format, UnitDirectory units, ServiceIndex serviceIndex, PublishedIndexes reformIndexes) {
        this.units = units;
        this.serviceIndex = serviceIndex;
        this.reformIndexes = reformIndexes;
        this.tasks = tasks;
        this.dialogues = dialogues;
        this.surveys = surveys;
        this.measures = measures;
        this.climate = climate;
        this.format = format;
    }

    /** The report's figures by row key with the narrative's own figures: what a placeholder is filled from. */
    public Map<String, BigDecimal> figures(Report report, Unit unit) {
        return figures(report, unit, tasks(report, null), inspections(report));
    }

    private Map<String, BigDecimal> figures(Report report, Unit unit, Tasks own, Inspections inspections) {
        Map<String, BigDecimal> figures = new HashMap<>();
        report.rows().forEach(r -> {
            if (r.value() != null) {
                figures.put(r.key(), r.value());
            }
        });
        figures.putAll(dossierFigures(report, unit));
        figures.putAll(climateFigures(report));
        serviceIndex.score(unit.id(), report.windowFrom(), report.windowTo().plusDays(1))
                .ifPresent(score -> figures.put("serviceindex.score", score));
        figures.put("tasks.overdue", BigDecimal.valueOf(own.overdue().size()));
        figures.put("inspections.held", BigDecimal.valueOf(inspections.held().size()));
        figures.put("inspections.unresolved", BigDecimal.valueOf(inspections.unresolved().size()));
        List<SurveyAnswer> answers = surveys.answers(report.unitCode(), report.windowFrom(), report.windowTo());
        if (!answers.isEmpty()) {
            long satisfied = answers.stream().filter(a -> a.scores().satisfied()).count();
            figures.put("feedback.satisfied",
                    BigDecimal.valueOf(satisfied * 100).divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP));
            figures.put("feedback.score", answers.stream().map(a -> a.scores().average()).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(answers.size()), 2, RoundingMode.HALF_UP));
        }
        return figures;
    }

    /**
     * Everything the standard outline is written from: the figures, the documents of the window (and, in
     * a period that opens the year, the year's plans issued before it), the inspections, findings,
     * dialogues, and the tasks overdue at the window's end and due by the end of the period that follows;
     * {@code subject} is what the report is about as its opening paragraph names it (its title, lower-cased).
     */
    public OutlineFacts facts(Report report, Unit unit, OutlineFacts.Span span, LocalDate nextEnd, String subject) {
        Tasks own = tasks(report, nextEnd);
        Inspections inspections = inspections(report);
        Map<String, BigDecimal> figures = figures(report, unit, own, inspections);
        Set<String> rows = new HashSet<>();
        report.rows().forEach(r -> rows.add(r.key()));
        String upperKey = rows.contains("3.3.1.direct.province") ? "province" : rows.contains("3.3.1.direct.district") ? "district" : null;
        List<OutlineFacts.Held> held = inspections.held().stream().sorted(Comparator.comparing(Inspection::heldOn))
                .map(i -> new OutlineFacts.Held(i.title(), i.heldOn(), "")).toList();
        List<OutlineFacts.Held> talks = dialogues.list(unit.code(), report.windowFrom(), report.windowTo()).stream()
                .sorted(Comparator.comparing(Dialogue::heldOn)).map(d -> new OutlineFacts.Held(
                        d.title() + (d.unitCode().equals(unit.code()) ? "" : " (" + lowerFirst(d.unitName()) + ")"), d.heldOn(), detail(d)))
                .toList();
        List<OutlineFacts.Place> mostLate = children(report, unit).stream()
                .filter(u -> figures.getOrDefault(lateKey(u), BigDecimal.ZERO).signum() > 0)
                .sorted(Comparator.comparing((Unit u) -> figures.get(lateKey(u))).reversed()).limit(MOST_LATE)
                .map(u -> new OutlineFacts.Place(lowerFirst(u.name()), lateKey(u))).toList();
        return new OutlineFacts(new OutlineFacts.Voice(unit.kind().label(), unit.level(), upperKey), span, figures, rows,
                documents(report, span), held, inspections.unresolved(), talks, due(own.overdue()), due(own.next()), mostLate,
                new OutlineFacts.Opening("UBND " + lowerFirst(unit.name()), subject, basis(report, span)), reformIndex(unit, span.year()));
    }

    /** The unit's reform index last published before the report's year, for section II.8; null when none. */
    private OutlineFacts.PublishedIndex reformIndex(Unit unit, int year) {
        return reformIndexes.lastBefore(unit.code(), year).map(index -> new OutlineFacts.PublishedIndex(index.year(),
                lowerFirst(index.unitName()), index.finalScore(), classWording(index.classification()), index.rank(), index.ranked()))
                .orElse(null);
    }

    /** The class as the province's decisions word it for a unit: "hoàn thành xuất sắc nhiệm vụ", "khá". */
    private static String classWording(Classification classification) {
        return switch (classification) {
            case EXCELLENT -> "hoàn thành xuất sắc nhiệm vụ";
            case GOOD -> "hoàn thành tốt nhiệm vụ";
            case FAIR -> "khá";
            case AVERAGE -> "trung bình";
            case WEAK -> "yếu";
        };
    }

    private static String lateKey(Unit unit) {
        return "dossiers.resolvedLate." + unit.code();
    }

    /**
     * The units directly below as the window ends: where the late dossiers are named. A unit that ended
     * during the window is counted in the unit that carries it on, as the dossier measures count it.
     */
    private List<Unit> children(Report report, Unit unit) {
        return units.unitsUnder(unit.id()).stream().filter(u -> u.parentId() != null && u.parentId() == unit.id())
                .filter(u -> u.validOn(report.windowTo())).toList();
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private String detail(Dialogue dialogue) {
        List<String> parts = new ArrayList<>();
        if (dialogue.participants() > 0) {
            parts.add(format.number(dialogue.participants()) + " người tham dự");
        }
        if (!dialogue.issues().isEmpty()) {
            parts.add(format.number(dialogue.issues().size()) + " ý kiến, kiến nghị");
        }
        return String.join(", ", parts);
    }

    private List<OutlineFacts.CitedDocument> documents(Report report, OutlineFacts.Span span) {
        return tasks.documents().stream().filter(d -> d.unitCode().equals(report.unitCode()))
                .filter(d -> inWindow(d.issuedOn(), report) || span.opensYear() && d.kind() == TaskDocument.Kind.PLAN
                        && d.planYear() != null && d.planYear() == span.year() && d.issuedOn().isBefore(report.windowFrom()))
                .sorted(Comparator.comparing(TaskDocument::issuedOn))
                .map(d -> new OutlineFacts.CitedDocument(d.kind().label(), d.title(), d.citation(), d.reformField().name(), d.directive(),
                        d.issuer().startsWith("Chủ tịch")))
                .toList();
    }

    /**
     * The unit's reform plan of the report's year as the opening paragraph cites it ("Kế hoạch số 268/KH-UBND ngày
     * 29/12/2023 của UBND huyện Thọ Xuân về thực hiện cải cách hành chính năm 2024"): of its plans of direction for
     * that year issued by the window's end, the first — the year's plan comes before the plans that carry it out.
     */
    private String basis(Report report, OutlineFacts.Span span) {
        return tasks.documents().stream().filter(d -> d.unitCode().equals(report.unitCode()))
                .filter(d -> d.kind() == TaskDocument.Kind.PLAN && d.reformField() == TaskDocument.ReformField.DIRECTION
                        && d.planYear() != null && d.planYear() == span.year() && !d.issuedOn().isAfter(report.windowTo()))
                .min(Comparator.comparing(TaskDocument::issuedOn))
                .map(d -> d.kind().label() + " số " + d.number() + " ngày " + d.issuedOn().format(java.time.format.DateTimeFormatter
                        .ofPattern("dd/MM/yyyy")) + " của " + d.issuer() + " " + d.title())
                .orElse(null);
    }

    private static boolean inWindow(LocalDate day, Report report) {
        return !day.isBefore(report.windowFrom()) && !day.isAfter(report.windowTo());
    }

    /** The unit's own tasks open at the window's end: overdue by then, and due after it up to {@code nextEnd}. */
    private record Tasks(List<Task> overdue, List<Task> next) {
    }

    private Tasks tasks(Report report, LocalDate nextEnd) {
        LocalDate last = report.windowTo();
        List<Task> overdue = new ArrayList<>();
        List<Task> next = new ArrayList<>();
        for (Task t : tasks.tasks(null, null, null, false)) {
            boolean doneByThen = t.status() == Task.Status.DONE && (t.completedOn() == null || !t.completedOn().isAfter(last));
            if (!t.unitCode().equals(report.unitCode()) || t.parentId() != null || t.status() == Task.Status.CANCELLED || doneByThen) {
                continue;
            }
            if (t.deadline().isBefore(last)) {
                overdue.add(t);
            } else if (nextEnd != null && t.deadline().isAfter(last) && !t.deadline().isAfter(nextEnd)) {
                next.add(t);
            }
        }
        Comparator<Task> byDeadline = Comparator.comparing(Task::deadline).thenComparing(Task::id);
        return new Tasks(overdue.stream().sorted(byDeadline).toList(), next.stream().sorted(byDeadline).toList());
    }

    private static List<OutlineFacts.DueTask> due(List<Task> list) {
        return list.stream().map(t -> new OutlineFacts.DueTask(t.title(), t.ownerAgencyName(), t.deadline())).toList();
    }

    /** The unit's inspections held in the window, and the findings of those held by its end that were still open then. */
    private record Inspections(List<Inspection> held, List<String> unresolved) {
    }

    private Inspections inspections(Report report) {
        List<Inspection> held = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (Inspection i : tasks.inspections()) {
            if (!i.unitCode().equals(report.unitCode()) || i.heldOn().isAfter(report.windowTo())) {
                continue;
            }
            if (!i.heldOn().isBefore(report.windowFrom())) {
                held.add(i);
            }
            i.findings().stream().filter(f -> f.resolvedOn() == null || f.resolvedOn().isAfter(report.windowTo()))
                    .forEach(f -> unresolved.add(f.description()));
        }
        return new Inspections(held, unresolved);
    }

    /** The dossier measures the appendix does not print, over the report's window [from, last day]. */
    private Map<String, BigDecimal> dossierFigures(Report report, Unit unit) {
        MeasureWindow window = measures.window(unit.id(), report.windowFrom(), report.windowTo().plusDays(1));
        Map<String, BigDecimal> figures = new HashMap<>();
        for (String measure : List.of("dossiers.resolved", "dossiers.resolvedOnTime", "dossiers.resolvedLate", "dialogues.count")) {
            BigDecimal value = window.value(measure, Map.of());
            if (value != null) {
                figures.put(measure, value);
            }
        }
        for (UnitLevel level : UnitLevel.values()) {
            BigDecimal value = window.value("dossiers.resolvedLate", Map.of("level", level.name()));
            if (value != null) {
                figures.put("dossiers.resolvedLate." + level.name().toLowerCase(java.util.Locale.ROOT), value);
            }
        }
        for (Unit child : children(report, unit)) {
            BigDecimal value = window.value("dossiers.resolvedLate", Map.of("unitCode", child.code()));
            if (value != null) {
                figures.put(lateKey(child), value);
            }
        }
        return figures;
    }

    /**
     * The figures of section II.7 beside the appendix's rows: {@code {investment.capital}} (billion đồng
     * mobilised in the year to the window's end), {@code {investment.capitalShare}} (% of the year's plan),
     * {@code {investment.enterprises}}, {@code {investment.enterprisesChange}} (% of the same window a year
     * before), {@code {market.cases}}, {@code {market.handled}}, {@code {market.violations}},
     * {@code {market.counterfeit}}, {@code {market.bannedSmuggled}}, {@code {market.tradeFraud}}, and the
     * projects stalled or behind schedule. A figure the unit has not entered is left out and prints as "chưa có số liệu".
     */
    private Map<String, BigDecimal> climateFigures(Report report) {
        ClimateFigures f = climate.figures(report.unitCode(), report.windowFrom(), report.windowTo());
        Map<String, BigDecimal> figures = new HashMap<>();
        if (f.capitalMobilised() != null) {
            figures.put("investment.capital", f.capitalMobilised());
        }
        if (f.capitalShare() != null) {
            figures.put("investment.capitalShare", f.capitalShare());
        }
        if (f.enterprises() != null) {
            figures.put("investment.enterprises", BigDecimal.valueOf(f.enterprises()));
        }
        if (f.enterprisesChange() != null) {
            figures.put("investment.enterprisesChange", f.enterprisesChange());
        }
        figures.put("market.cases", BigDecimal.valueOf(f.marketCases()));
        figures.put("market.handled", BigDecimal.valueOf(f.marketHandled()));
        figures.put("market.violations", BigDecimal.valueOf(f.violations()));
        figures.put("market.counterfeit", BigDecimal.valueOf(f.counterfeit()));
        figures.put("market.bannedSmuggled", BigDecimal.valueOf(f.bannedSmuggled()));
        figures.put("market.tradeFraud", BigDecimal.valueOf(f.tradeFraud()));
        figures.put("investment.projectsStalled", BigDecimal.valueOf(f.projectsStalled()));
        figures.put("investment.projectsBehind", BigDecimal.valueOf(f.projectsBehindSchedule()));
        return figures;
    }
}
