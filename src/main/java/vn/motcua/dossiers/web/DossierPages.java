package vn.motcua.dossiers.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.ActionRequest;
import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.Channel;
import vn.motcua.dossiers.DocumentKind;
import vn.motcua.dossiers.DocumentOrigin;
import vn.motcua.dossiers.Dossier;
import vn.motcua.dossiers.DossierAction;
import vn.motcua.dossiers.DossierDocument;
import vn.motcua.dossiers.DossierDocuments;
import vn.motcua.dossiers.DossierForms;
import vn.motcua.dossiers.DossierIntake;
import vn.motcua.dossiers.DossierLookup;
import vn.motcua.dossiers.DossierProcessing;
import vn.motcua.dossiers.DossierQueries;
import vn.motcua.dossiers.DossierSearch;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.dossiers.NewDossier;
import vn.motcua.dossiers.PublicationTarget;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.dossiers.WorkList;
import vn.motcua.files.FileStore;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.ProcedureSearch;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.TooManyRequestsException;
import vn.motcua.accounts.StaffDirectory;
import vn.motcua.shared.VietnameseOrder;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.shared.PageFailure;
import vn.motcua.shared.Redirects;

/** The one-stop desk's pages: work lists, the intake form, a dossier with its timeline, documents and actions, the receipt, the board. */
@Controller
class DossierPages {

    private final DossierIntake intake;
    private final DossierProcessing processing;
    private final DossierQueries queries;
    private final DossierLookup lookup;
    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final CurrentUser currentUser;
    private final WorkingCalendar calendar;
    private final MotCuaZone zone;
    private final java.time.Clock clock;
    private final DossierForms forms;
    private final DossierDocuments documents;
    private final FileStore files;
    private final PublicRegister register;
    private final StaffDirectory staff;
    private final DossierLateness lateness;

    DossierPages(DossierIntake intake, DossierProcessing processing, DossierQueries queries, DossierLookup lookup,
            ProcedureCatalog catalog, AgencyDirectory agencies, CurrentUser currentUser, WorkingCalendar calendar, MotCuaZone zone,
            java.time.Clock clock, DossierForms forms, DossierDocuments documents, FileStore files, PublicRegister register,
            StaffDirectory staff, DossierLateness lateness) {
        this.lateness = lateness;
        this.register = register;
        this.staff = staff;
        this.forms = forms;
        this.files = files;
        this.documents = documents;
        this.intake = intake;
        this.processing = processing;
        this.queries = queries;
        this.lookup = lookup;
        this.catalog = catalog;
        this.agencies = agencies;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping("/dossiers")
    String lists(@RequestParam(defaultValue = "AGENCY") WorkList list, @RequestParam(required = false) String q,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String agency, Model model) {
        boolean searching = q != null || status != null || from != null || to != null;
        String receiving = blank(agency);
        model.addAttribute("agency", receiving == null ? null : register.agency(receiving).orElse(null));
        model.addAttribute("list", list);
        model.addAttribute("lists", WorkList.values());
        model.addAttribute("searching", searching);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("statuses", DossierStatus.values());
        List<Dossier> dossiers = searching ? queries.search(new DossierSearch(null, status, from, to, q, 0, 200))
                : queries.workList(list, receiving);
        java.time.Instant now = clock.instant();
        model.addAttribute("dossiers", dossiers);
        model.addAttribute("now", now);
        // The legend explains the pink rows: only a list that has one needs it.
        model.addAttribute("anyLate", dossiers.stream().anyMatch(d -> d.overdueAt(now)));
        return "dossiers/list";
    }

    @GetMapping("/dossiers/new")
    String newForm(@RequestParam(required = false) String procedureCode, Model model) {
        model.addAttribute("procedures", catalog.search(ProcedureSearch.all()));
        // Only agencies whose unit is in force today receive dossiers: a commune merged away takes none.
        List<Agency> mine = agencies.inForceOn(zone.today());
        model.addAttribute("agencies", mine);
        Long own = currentUser.get().map(u -> u.agencyId()).orElse(null);
        model.addAttribute("agencyCode", mine.stream().filter(a -> a.id() == (own == null ? -1 : own)).map(Agency::code)
                .findFirst().orElse(""));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("procedureCode", procedureCode == null ? "" : procedureCode);
        model.addAttribute("procedure", procedureCode == null ? null : catalog.find(procedureCode, null).orElse(null));
        model.addAttribute("applicant", new Applicant("", "", "", "", "", ""));
        return "dossiers/new";
    }

    /** htmx: the checklist, time and fees of the chosen procedure. */
    @GetMapping("/dossiers/new/procedure")
    String procedureFragment(@RequestParam(required = false) String procedureCode, Model model) {
        String code = procedureCode == null ? "" : procedureCode.split(" ")[0].trim();
        model.addAttribute("procedure", catalog.find(code, null).filter(p -> p.inForceOn(zone.today())).orElse(null));
        return "dossiers/new :: procedure";
    }

    /** htmx: the applicant found again by citizen ID number. */
    @GetMapping("/dossiers/new/applicant")
    String applicantFragment(@RequestParam(required = false) String idNumber, Model model) {
        model.addAttribute("applicant", queries.applicantByIdNumber(idNumber)
                .orElse(new Applicant("", idNumber == null ? "" : idNumber, "", "", "", "")));
        return "dossiers/new :: applicant";
    }

    @PostMapping("/dossiers")
    String receive(@RequestParam String procedureCode, @RequestParam String agencyCode,
            @RequestParam(required = false) Channel channel, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String taxCode,
            @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String address, @RequestParam(required = false) List<Integer> received,
            Model model, RedirectAttributes redirect) {
        String code = procedureCode.split(" ")[0].trim();
        var procedure = catalog.find(code, null);
        List<Boolean> ticks = new ArrayList<>();
        int documents = procedure.map(p -> p.content().documents().size()).orElse(0);
        for (int i = 0; i < documents; i++) {
            ticks.add(received != null && received.contains(i));
        }
        Applicant applicant = new Applicant(name, idNumber, taxCode, phone, email, address);
        try {
            Dossier dossier = intake.receive(new NewDossier(code, agencyCode, channel, applicant, ticks));
            redirect.addFlashAttribute("received", true);
            return Redirects.to("/dossiers/{code}", dossier.code());
        } catch (InvalidInputException e) {
            PageFailure.show(model, e);
            // The field at fault is marked where it is, by the form's own field name (applicant.phone -> phone).
            model.addAttribute("wrongField", e.field() == null ? null : e.field().substring(e.field().lastIndexOf('.') + 1));
            model.addAttribute("ticked", received == null ? List.of() : received);
            model.addAttribute("procedures", catalog.search(ProcedureSearch.all()));
            model.addAttribute("agencies", agencies.inForceOn(zone.today()));
            model.addAttribute("agencyCode", agencyCode);
            model.addAttribute("channels", Channel.values());
            model.addAttribute("channel", channel);
            model.addAttribute("procedureCode", procedureCode);
            model.addAttribute("procedure", procedure.orElse(null));
            model.addAttribute("applicant", applicant);
            return "dossiers/new";
        }
    }

    @GetMapping("/dossiers/{code}")
    String show(@PathVariable String code, Model model) {
        Dossier dossier = queries.get(code);
        model.addAttribute("dossier", dossier);
        List<ActionKind> actions = processing.available(dossier);
        model.addAttribute("actions", actions);
        // A dossier of a unit that has ended takes no new work: the page says why instead of offering actions.
        model.addAttribute("ended", processing.endedAgency(dossier).map(DossierProcessing.EndedAgency::refusal).orElse(null));
        String holding = dossier.holdingAgencyCode() != null ? dossier.holdingAgencyCode() : dossier.agencyCode();
        model.addAttribute("assignable", actions.contains(ActionKind.ASSIGN) || actions.contains(ActionKind.FORWARD)
                ? register.agency(holding).map(a -> processing.assignable(a.id())).orElse(List.of()) : List.of());
        if (actions.contains(ActionKind.FORWARD)) {
            Set<Long> units = register.unitsOn(zone.today()).stream().map(Unit::id).collect(Collectors.toSet());
            model.addAttribute("forwardAgencies", register.agencies().stream().filter(a -> units.contains(a.unitId()))
                    .filter(a -> !a.code().equals(holding)).sorted(VietnameseOrder.by(Agency::name)).toList());
        }
        Set<String> people = new HashSet<>();
        dossier.history().forEach(a -> {
            people.add(a.actor());
            if (a.text("assignee") != null) {
                people.add(a.text("assignee"));
            }
        });
        String handler = handler(dossier);
        if (handler != null) {
            people.add(handler);
        }
        model.addAttribute("handler", handler);
        // A finished dossier has no current step: the page says how and when it ended instead.
        model.addAttribute("endedAt", dossier.status().open() ? null : endedAt(dossier));
        model.addAttribute("names", staff.fullNames(people));
        Map<String, String> agencyNames = new HashMap<>();
        dossier.history().stream().map(a -> a.text("toAgencyCode")).filter(java.util.Objects::nonNull).distinct()
                .forEach(c -> register.agency(c).ifPresent(a -> agencyNames.put(c, a.name())));
        model.addAttribute("agencyNames", agencyNames);
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        model.addAttribute("returnChannels", ReturnChannel.values());
        model.addAttribute("targets", PublicationTarget.values());
        model.addAttribute("overdue", dossier.overdueAt(clock.instant()));
        model.addAttribute("late", lateness.of(dossier, clock.instant()));
        model.addAttribute("forms", forms.printable(dossier));
        if (dossier.personalDataShown()) {
            model.addAttribute("documents", documents.list(code));
            model.addAttribute("requirements", catalog.version(dossier.procedureVersionId())
                    .map(v -> v.content().documents()).orElse(List.of()));
            model.addAttribute("documentKinds", DocumentKind.values());
            model.addAttribute("uploadLimitMb", files.maxBytes() / (1024 * 1024));
        }
        return "dossiers/show";
    }

    /** Số hóa: a clerk's scan (or a result's file) attached from the dossier's page. */
    @PostMapping(path = "/dossiers/{code}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String attach(@PathVariable String code, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Integer requirement, @RequestParam(defaultValue = "false") boolean digitised,
            @RequestParam(defaultValue = "DOSSIER") DocumentKind kind, RedirectAttributes redirect) throws IOException {
        try (InputStream content = file.getInputStream()) {
            DossierDocument attached = documents.upload(code, file.getOriginalFilename(), content, requirement, kind,
                    digitised ? DocumentOrigin.DIGITISED : DocumentOrigin.BORN_DIGITAL);
            redirect.addFlashAttribute("attached", attached.fileName());
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return Redirects.to("/dossiers/{code}", code) + "#documents";
    }

    /**
     * One action from the dossier's panel. Done, it goes back to the dossier; refused, the dossier's page
     * is shown again with the reason beside the refused action's form, which stays open with what was
     * typed, and the wrong field marked.
     */
    @PostMapping("/dossiers/{code}/actions")
    String act(@PathVariable String code, @RequestParam ActionKind action, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String toAgencyCode, @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime newDueAt,
            @RequestParam(required = false) ReturnChannel channel, @RequestParam(required = false) PublicationTarget on,
            @RequestParam(required = false) Long amount, @RequestParam(required = false) String method,
            @RequestParam(required = false) String reference, @RequestParam(required = false) Integer expectedVersion,
            @RequestParam(required = false) String items,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            Model model, RedirectAttributes redirect) {
        try {
            // The papers to supplement are typed one a line.
            List<String> itemList = items == null ? List.of() : items.lines().toList();
            processing.act(code, new ActionRequest(action, blank(assignee), blank(toAgencyCode), blank(reason),
                    newDueAt == null ? null : newDueAt.atZone(calendar.zone()).toInstant(), channel, on, amount, blank(method),
                    blank(reference), expectedVersion, itemList, deadline));
            redirect.addFlashAttribute("done", action);
            return Redirects.to("/dossiers/{code}", code);
        } catch (LocalizedException e) {
            PageFailure.show(model, e);
            if (e instanceof InvalidInputException invalid) {
                model.addAttribute("wrongField", invalid.field());
            }
        } catch (AccessDeniedException e) {
            // Said on the dossier's page rather than a bare 403 page, and the dossier stays in view.
            PageFailure.show(model, "dossiers.action.denied");
        }
        model.addAttribute("refused", action);
        Map<String, String> typed = new HashMap<>();
        typed.put("assignee", assignee);
        typed.put("toAgencyCode", toAgencyCode);
        typed.put("reason", reason);
        typed.put("newDueAt", newDueAt == null ? null : newDueAt.toString());
        typed.put("channel", channel == null ? null : channel.name());
        typed.put("on", on == null ? null : on.name());
        typed.put("amount", amount == null ? null : amount.toString());
        typed.put("reference", reference);
        typed.put("items", items);
        typed.put("deadline", deadline == null ? null : deadline.toString());
        typed.values().removeIf(java.util.Objects::isNull);
        model.addAttribute("typed", typed);
        return show(code, model);
    }

    /** The old address of the plain slip: bookmarks and printed links now open the official Mẫu 01 PDF. */
    @GetMapping("/dossiers/{code}/receipt")
    String receipt(@PathVariable String code) {
        return Redirects.to("/api/v1/dossiers/{code}/forms/receipt.pdf", code);
    }

    @GetMapping("/dossiers/overdue")
    String board(Model model) {
        model.addAttribute("board", queries.overdueByAgency());
        return "dossiers/board";
    }

    @GetMapping("/public/dossiers")
    String publicLookup(@RequestParam(required = false) String code, @RequestParam(required = false) String phone, Model model,
            HttpServletRequest request) {
        model.addAttribute("code", code == null ? "" : code);
        if (code != null && !code.isBlank()) {
            try {
                lookup.admit(request.getRemoteAddr());
                var found = lookup.find(code, phone).orElse(null);
                model.addAttribute("result", found);
                if (found != null) {
                    // The survey button carries the digits just proven, so the applicant need not type them again.
                    model.addAttribute("phone", phone.strip());
                }
                model.addAttribute("searched", true);
            } catch (TooManyRequestsException e) {
                model.addAttribute("tooMany", true);
            }
        }
        return "dossiers/lookup";
    }

    /**
     * Người xử lý: the account holding the dossier now; once it has left the handlers' hands (forwarded
     * to a leader without a name, approved, completed, returned) the last one it was given to, or
     * failing that whoever completed it, or for a dossier that ended otherwise (refused, stopped,
     * withdrawn at the counter) whoever ended it, so a finished dossier still names who handled it last.
     */
    private static String handler(Dossier dossier) {
        if (dossier.assignee() != null) {
            return dossier.assignee();
        }
        List<DossierAction> history = dossier.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).text("assignee") != null) {
                return history.get(i).text("assignee");
            }
        }
        String completedBy = history.stream().filter(a -> a.kind() == ActionKind.COMPLETE).map(DossierAction::actor)
                .reduce((a, b) -> b).orElse(null);
        if (completedBy != null || dossier.status().open()) {
            return completedBy;
        }
        return lastOf(dossier, ENDING.get(dossier.status())).map(DossierAction::actor).orElse(null);
    }

    /** The action that ends a dossier in each final status. */
    private static final Map<DossierStatus, ActionKind> ENDING = Map.of(DossierStatus.COMPLETED, ActionKind.COMPLETE,
            DossierStatus.RETURNED, ActionKind.RETURN_RESULT, DossierStatus.REJECTED, ActionKind.REJECT, DossierStatus.STOPPED,
            ActionKind.STOP, DossierStatus.WITHDRAWN, ActionKind.WITHDRAW);

    /** When a finished dossier reached its final status: the result returned, the result ready, the refusal, the stop, the withdrawal. */
    private static java.time.Instant endedAt(Dossier dossier) {
        if (dossier.status() == DossierStatus.RETURNED && dossier.returnedAt() != null) {
            return dossier.returnedAt();
        }
        if (dossier.status() == DossierStatus.COMPLETED && dossier.completedAt() != null) {
            return dossier.completedAt();
        }
        return lastOf(dossier, ENDING.get(dossier.status())).map(DossierAction::at).orElse(null);
    }

    private static java.util.Optional<DossierAction> lastOf(Dossier dossier, ActionKind kind) {
        return dossier.history().stream().filter(a -> a.kind() == kind).reduce((a, b) -> b);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
