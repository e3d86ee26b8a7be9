package vn.motcua.tasks.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.tasks.PlanTaskImport;
import vn.motcua.tasks.Task;
import vn.motcua.tasks.TaskDocument;
import vn.motcua.tasks.TaskRegister;
import vn.motcua.tasks.TaskReminders;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitAccess;
import vn.motcua.units.UnitChoices;
import vn.motcua.units.UnitDirectory;
import vn.motcua.shared.PageFailure;
import vn.motcua.shared.VietnameseOrder;

/**
 * Pages of task tracking: the task list with its filters and the late-tasks board, a task with its
 * progress, the documents (the report's footnotes) and the inspections with their findings.
 */
@Controller
class TaskPages {

    private final TaskRegister register;
    private final TaskReminders reminders;
    private final AgencyDirectory agencies;
    private final UnitDirectory units;
    private final UnitAccess access;
    private final CurrentUser currentUser;
    private final PlanTaskImport imports;
    private final UnitChoices unitChoices;
    private final MotCuaZone zone;
    private final PublicRegister publicRegister;

    TaskPages(TaskRegister register, TaskReminders reminders, AgencyDirectory agencies, UnitDirectory units, UnitAccess access, CurrentUser currentUser,
            PlanTaskImport imports, UnitChoices unitChoices, MotCuaZone zone, PublicRegister publicRegister) {
        this.publicRegister = publicRegister;
        this.unitChoices = unitChoices;
        this.zone = zone;
        this.register = register;
        this.reminders = reminders;
        this.agencies = agencies;
        this.units = units;
        this.access = access;
        this.currentUser = currentUser;
        this.imports = imports;
    }

    /**
     * The tasks of a unit (with the units below it) for a year — of that year's plans, or due that year —
     * by default the account's unit as it is today and the current year.
     */
    @GetMapping("/tasks")
    String list(@RequestParam(required = false) String unitCode, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long plan, @RequestParam(required = false) Task.Status status,
            @RequestParam(required = false) String agency, @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        LocalDate today = zone.today();
        int chosenYear = year == null ? today.getYear() : year;
        LocalDate yearEnd = LocalDate.of(chosenYear, 12, 31).isAfter(today) ? today : LocalDate.of(chosenYear, 12, 31);
        UnitChoices.WindowChoice choice = unitChoices.window(unitCode, LocalDate.of(chosenYear, 1, 1), yearEnd);
        Set<String> within = choice.unit() == null ? Set.of()
                : units.unitsUnder(choice.unit().id()).stream().map(Unit::code).collect(Collectors.toSet());
        List<TaskDocument> plans = register.documents().stream().filter(d -> d.kind() == TaskDocument.Kind.PLAN
                && within.contains(d.unitCode()) && (d.planYear() == null || d.planYear() == chosenYear)).toList();
        Set<Long> planIds = plans.stream().map(TaskDocument::id).collect(Collectors.toSet());
        Predicate<Task> ofTheYear = t -> within.contains(t.unitCode())
                && (t.planId() != null ? planIds.contains(t.planId()) : t.deadline().getYear() == chosenYear);
        List<Task> all = register.tasks(null, null, null, false).stream().filter(ofTheYear).toList();
        model.addAttribute("tasks", register.tasks(plan, status, agency == null || agency.isBlank() ? null : agency, overdue).stream()
                .filter(ofTheYear).toList());
        model.addAttribute("board", reminders.lateByAgency(all));
        model.addAttribute("plans", plans);
        model.addAttribute("unitChoices", choice.offered());
        model.addAttribute("unitCode", choice.unit() == null ? null : choice.unit().code());
        model.addAttribute("year", chosenYear);
        model.addAttribute("years", years(today));
        model.addAttribute("documents", register.documents());
        // A new task is assigned by a document of a unit in force today; the dissolved district's stay in their own lists.
        // Grouped under the unit that issued them, so the chooser says whose document assigns the task.
        Map<String, List<TaskDocument>> assigning = new java.util.LinkedHashMap<>();
        register.documents().stream().filter(d -> inForce(d, today)).forEach(d -> assigning
                .computeIfAbsent(publicRegister.unit(d.unitCode(), d.issuedOn()).map(Unit::name).orElse(d.unitCode()), k -> new ArrayList<>())
                .add(d));
        model.addAttribute("assigningDocuments", assigning);
        model.addAttribute("parents", all.stream().filter(t -> t.parentId() == null && t.status() == Task.Status.OPEN).toList());
        List<vn.motcua.units.Agency> reachable = reachableAgencies();
        model.addAttribute("agencies", reachable.stream().filter(a -> !a.endedBefore(today)).toList());
        model.addAttribute("formerAgencies", reachable.stream().filter(a -> a.endedBefore(today)).toList());
        model.addAttribute("newOwners", agencies.inForceOn(today).stream().sorted(VietnameseOrder.by(vn.motcua.units.Agency::name)).toList());
        model.addAttribute("statuses", Task.Status.values());
        model.addAttribute("plan", plan);
        model.addAttribute("status", status);
        model.addAttribute("agency", agency);
        model.addAttribute("overdue", overdue);
        Long agencyId = currentUser.require().agencyId();
        model.addAttribute("notices", agencyId == null ? List.of() : reminders.notices(agencyId));
        return "tasks/list";
    }

    /**
     * The years the filter offers: those with tasks or plans, and every year from the first of them up to this one;
     * not a year still to come unless some plan or deadline already lies in it.
     */
    private List<Integer> years(LocalDate today) {
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        register.tasks(null, null, null, false).forEach(t -> years.add(t.deadline().getYear()));
        register.documents().stream().filter(d -> d.kind() == TaskDocument.Kind.PLAN && d.planYear() != null)
                .forEach(d -> years.add(d.planYear()));
        int first = years.isEmpty() ? today.getYear() : Math.min(years.first(), today.getYear());
        IntStream.rangeClosed(first, today.getYear()).forEach(years::add);
        return years.descendingSet().stream().toList();
    }

    /** Whether the unit that issued the document is still in force today. */
    private boolean inForce(TaskDocument d, LocalDate today) {
        return publicRegister.unit(d.unitCode(), d.issuedOn()).map(u -> u.validOn(today)).orElse(false);
    }

    /** The units within reach in force today: the ones new documents and inspections are recorded for. */
    private List<Unit> unitsInForce() {
        return units.unitsOn(zone.today());
    }

    private List<vn.motcua.units.Agency> reachableAgencies() {
        var scope = access.currentScope();
        return agencies.agencies().stream().filter(a -> scope.contains(a.unitId())).toList();
    }

    @PostMapping("/tasks")
    String create(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long assignedById,
            @RequestParam(required = false) Long parentId, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String ownerAgencyCode, @RequestParam(required = false) List<String> cooperating,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, RedirectAttributes redirect) {
        try {
            Task created = register.createTask(new TaskRegister.NewTask(planId, assignedById, parentId, title, ownerAgencyCode,
                    cooperatingNames(cooperating), deadline));
            return "redirect:/tasks/" + created.id();
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            redirect.addFlashAttribute("taskTitle", title);
            return "redirect:/tasks";
        }
    }

    /**
     * Cơ quan phối hợp chosen from the agencies in force, never typed: their names as the task keeps them
     * (a plan's spreadsheet brings the same text). A code no agency in force holds is refused.
     */
    private String cooperatingNames(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        Map<String, String> names = agencies.inForceOn(zone.today()).stream()
                .collect(Collectors.toMap(vn.motcua.units.Agency::code, vn.motcua.units.Agency::name));
        List<String> chosen = new ArrayList<>();
        for (String code : codes) {
            String name = names.get(code);
            if (name == null) {
                throw new InvalidInputException("cooperating", "tasks.cooperating.unknown", code);
            }
            chosen.add(name);
        }
        return String.join("; ", chosen);
    }

    @GetMapping("/tasks/{id}")
    String show(@PathVariable long id, Model model) {
        Task task = register.task(id);
        model.addAttribute("task", task);
        model.addAttribute("subtasks", register.tasks(null, null, null, false).stream().filter(t -> Long.valueOf(id).equals(t.parentId()))
                .toList());
        model.addAttribute("statuses", Task.Status.values());
        return "tasks/show";
    }

    @PostMapping("/tasks/{id}/change")
    String change(@PathVariable long id, @RequestParam Task.Status status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            register.changeTask(id, new TaskRegister.TaskChange(null, deadline, status, completedOn, null, version));
            redirect.addFlashAttribute("saved", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/progress")
    String progress(@PathVariable long id, @RequestParam(defaultValue = "") String note,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            boolean attached = file != null && !file.isEmpty();
            register.addProgress(id, note, attached ? file.getOriginalFilename() : null,
                    attached ? file.getBytes() : null);
            redirect.addFlashAttribute("saved", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/tasks/" + id;
    }

    @GetMapping("/tasks/documents/{id}")
    String document(@PathVariable long id, Model model) {
        model.addAttribute("document", register.document(id));
        model.addAttribute("kinds", TaskDocument.Kind.values());
        model.addAttribute("fields", TaskDocument.ReformField.values());
        model.addAttribute("tasks", register.tasks(null, null, null, false).stream()
                .filter(t -> Long.valueOf(id).equals(t.planId()) || Long.valueOf(id).equals(t.assignedById())).toList());
        return "tasks/document";
    }

    @PostMapping("/tasks/documents/{id}/tasks/import")
    String importTasks(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, RedirectAttributes redirect) throws IOException {
        try {
            PlanTaskImport.Outcome outcome = imports.apply(id, file == null ? null : file.getBytes(), dryRun);
            if (!outcome.errors().isEmpty()) {
                redirect.addFlashAttribute("importErrors", outcome.errors());
            } else {
                redirect.addFlashAttribute("imported", outcome);
            }
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/tasks/documents/" + id;
    }

    @GetMapping("/tasks/documents/{id}/file")
    ResponseEntity<byte[]> documentFile(@PathVariable long id) {
        return TasksApi.download(register.file(id));
    }

    @GetMapping("/tasks/{id}/progress/{progressId}/file")
    ResponseEntity<byte[]> progressFile(@PathVariable long id, @PathVariable long progressId) {
        return TasksApi.download(register.progressFile(id, progressId));
    }

    @PostMapping("/tasks/documents")
    String createDocument(@RequestParam(defaultValue = "") String unitCode, @RequestParam(defaultValue = "") String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(defaultValue = "") String issuer, @RequestParam(required = false) TaskDocument.Kind kind,
            @RequestParam(defaultValue = "") String title, @RequestParam(required = false) TaskDocument.ReformField reformField,
            @RequestParam(required = false) Integer planYear, @RequestParam(defaultValue = "false") boolean directive,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            TaskDocument created = register.createDocument(new TaskRegister.NewDocument(unitCode, number, issuedOn, issuer, kind, title,
                    reformField, planYear, directive));
            if (file != null && !file.isEmpty()) {
                register.attach(created.id(), file.getOriginalFilename(), file.getBytes());
            }
            return "redirect:/tasks/documents/" + created.id();
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            return "redirect:/tasks/documents";
        }
    }

    @PostMapping("/tasks/documents/{id}")
    String updateDocument(@PathVariable long id, @RequestParam(defaultValue = "") String unitCode, @RequestParam(defaultValue = "") String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(defaultValue = "") String issuer, @RequestParam(required = false) TaskDocument.Kind kind,
            @RequestParam(defaultValue = "") String title, @RequestParam(required = false) TaskDocument.ReformField reformField,
            @RequestParam(required = false) Integer planYear, @RequestParam(defaultValue = "false") boolean directive,
            RedirectAttributes redirect) {
        try {
            register.updateDocument(id, new TaskRegister.NewDocument(unitCode, number, issuedOn, issuer, kind, title, reformField, planYear,
                    directive));
            redirect.addFlashAttribute("saved", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/tasks/documents/" + id;
    }

    @PostMapping("/tasks/inspections/{id}")
    String updateInspection(@PathVariable long id, @RequestParam(defaultValue = "") String unitCode,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(defaultValue = "false") boolean discipline, @RequestParam(required = false) List<String> agencyCodes,
            RedirectAttributes redirect) {
        try {
            Long plan = register.inspection(id).planId();
            register.updateInspection(id, new TaskRegister.NewInspection(unitCode, plan, title, heldOn, discipline, agencyCodes));
            redirect.addFlashAttribute("saved", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/tasks/inspections";
    }

    @GetMapping("/tasks/documents")
    String documents(Model model) {
        // Documents of units in force today first; those of units dissolved or merged (the district and its communes until
        // 30/06/2025) apart, as former, so a leader of today's commune does not take them for her own.
        LocalDate today = zone.today();
        Map<Boolean, List<TaskDocument>> byUnit = register.documents().stream().collect(Collectors.partitioningBy(d -> inForce(d, today)));
        model.addAttribute("documents", byUnit.get(true));
        model.addAttribute("formerDocuments", byUnit.get(false));
        model.addAttribute("kinds", TaskDocument.Kind.values());
        model.addAttribute("fields", TaskDocument.ReformField.values());
        model.addAttribute("units", unitsInForce());
        return "tasks/documents";
    }

    @GetMapping("/tasks/inspections")
    String inspections(Model model) {
        model.addAttribute("inspections", register.inspections());
        // An inspection of the past may name agencies since dissolved: kept apart, with the day they ended.
        LocalDate today = zone.today();
        List<vn.motcua.units.Agency> reachable = reachableAgencies();
        model.addAttribute("agencies", reachable.stream().filter(a -> !a.endedBefore(today)).toList());
        model.addAttribute("formerAgencies", reachable.stream().filter(a -> a.endedBefore(today)).toList());
        model.addAttribute("newAgencies", agencies.inForceOn(zone.today()));
        model.addAttribute("units", unitsInForce());
        return "tasks/inspections";
    }

    @PostMapping("/tasks/inspections")
    String createInspection(@RequestParam(defaultValue = "") String unitCode, @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(defaultValue = "false") boolean discipline, @RequestParam(required = false) List<String> agencyCodes,
            RedirectAttributes redirect) {
        try {
            register.createInspection(new TaskRegister.NewInspection(unitCode, null, title, heldOn, discipline, agencyCodes));
            redirect.addFlashAttribute("saved", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/tasks/inspections";
    }

    @PostMapping("/tasks/inspections/{id}/findings")
    String finding(@PathVariable long id, @RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
        try {
            register.addFinding(id, description);
            redirect.addFlashAttribute("saved", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/tasks/inspections";
    }

    @PostMapping("/tasks/inspections/findings/{findingId}/resolve")
    String resolve(@PathVariable long findingId, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            RedirectAttributes redirect) {
        try {
            register.resolveFinding(findingId, on);
            redirect.addFlashAttribute("saved", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/tasks/inspections";
    }
}
