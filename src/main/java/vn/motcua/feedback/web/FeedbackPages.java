package vn.motcua.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.feedback.Dialogue;
import vn.motcua.feedback.DialogueAudience;
import vn.motcua.feedback.Dialogues;
import vn.motcua.feedback.NewDialogue;
import vn.motcua.feedback.NewPetition;
import vn.motcua.feedback.Petition;
import vn.motcua.feedback.PetitionAbout;
import vn.motcua.feedback.PetitionChannel;
import vn.motcua.feedback.PetitionStatus;
import vn.motcua.feedback.Petitions;
import vn.motcua.feedback.Scores;
import vn.motcua.feedback.Surveys;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitChoices;
import vn.motcua.units.UnitDirectory;
import vn.motcua.shared.PageFailure;
import vn.motcua.shared.Redirects;

/** Staff's pages: petitions with triage and answers, survey results and paper slips, dialogues and their follow-up. */
@Controller
class FeedbackPages {

    private final Petitions petitions;
    private final Surveys surveys;
    private final Dialogues dialogues;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;
    private final MotCuaZone zone;
    private final Clock clock;
    private final UnitChoices unitChoices;

    FeedbackPages(Petitions petitions, Surveys surveys, Dialogues dialogues, UnitDirectory units, AgencyDirectory agencies,
            MotCuaZone zone, Clock clock, UnitChoices unitChoices) {
        this.unitChoices = unitChoices;
        this.petitions = petitions;
        this.surveys = surveys;
        this.dialogues = dialogues;
        this.units = units;
        this.agencies = agencies;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping("/feedback")
    String list(@RequestParam(required = false) PetitionStatus status, Model model) {
        model.addAttribute("petitions", petitions.list(status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", PetitionStatus.values());
        model.addAttribute("now", clock.instant());
        model.addAttribute("abouts", PetitionAbout.values());
        model.addAttribute("staffChannels", Arrays.stream(PetitionChannel.values()).filter(c -> c != PetitionChannel.ONLINE).toList());
        model.addAttribute("units", reachableUnits());
        return "feedback/list";
    }

    @PostMapping("/feedback")
    String record(@RequestParam(required = false) PetitionChannel channel, @RequestParam(required = false) PetitionAbout about,
            @RequestParam(required = false) String unitCode, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String email,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String content,
            RedirectAttributes redirect) {
        try {
            Petition petition = petitions.record(new NewPetition(channel, about, unitCode, name, phone, email, null, subject, content));
            redirect.addFlashAttribute("done", petition.code());
            return Redirects.to("/feedback/{code}", petition.code());
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            return "redirect:/feedback";
        }
    }

    @GetMapping("/feedback/{code:PAKN-.+}")
    String show(@PathVariable String code, Model model) {
        Petition petition = petitions.get(code);
        model.addAttribute("petition", petition);
        model.addAttribute("agencies", reachableAgencies());
        model.addAttribute("dueDate", petition.dueAt().atZone(zone.id()).toLocalDate());
        return "feedback/show";
    }

    @PostMapping("/feedback/{code}/assign")
    String assign(@PathVariable String code, @RequestParam(required = false) String agencyCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due, RedirectAttributes redirect) {
        return act(code, redirect, () -> petitions.assign(code, agencyCode,
                due == null ? null : due.atTime(17, 0).atZone(zone.id()).toInstant()));
    }

    @PostMapping("/feedback/{code}/answer")
    String answer(@PathVariable String code, @RequestParam(required = false) String answer,
            @RequestParam(defaultValue = "false") boolean publish, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(code, redirect, () -> petitions.answer(code, answer, publish, reason));
    }

    @PostMapping("/feedback/{code}/dismiss")
    String dismiss(@PathVariable String code, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(code, redirect, () -> petitions.dismiss(code, reason));
    }

    private String act(String code, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", code);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return Redirects.to("/feedback/{code}", code);
    }

    @GetMapping("/feedback/surveys")
    String surveys(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        Window window = window(unitCode, from, to, model);
        try {
            model.addAttribute("satisfaction", surveys.satisfaction(window.unitCode(), window.from(), window.to()));
            model.addAttribute("answers", surveys.answers(window.unitCode(), window.from(), window.to()));
        } catch (LocalizedException e) {
            model.addAttribute("satisfaction", List.of());
            model.addAttribute("answers", List.of());
            PageFailure.show(model, e);
        }
        model.addAttribute("agencies", reachableAgencies());
        model.addAttribute("criteria", PublicFeedbackPages.CRITERIA);
        return "feedback/surveys";
    }

    @PostMapping("/feedback/surveys")
    String paper(@RequestParam(required = false) String agencyCode, @RequestParam(required = false) String dossierCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
            @RequestParam(required = false) Integer information, @RequestParam(required = false) Integer timeliness,
            @RequestParam(required = false) Integer attitude, @RequestParam(required = false) Integer result,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        try {
            surveys.enterPaper(agencyCode, dossierCode, answeredOn, new Scores(information, timeliness, attitude, result), comment);
            redirect.addFlashAttribute("done", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/feedback/surveys";
    }

    @GetMapping("/feedback/dialogues")
    String dialogues(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        Window window = window(unitCode, from, to, model);
        try {
            model.addAttribute("dialogues", dialogues.list(window.unitCode(), window.from(), window.to()));
        } catch (LocalizedException e) {
            model.addAttribute("dialogues", List.of());
            PageFailure.show(model, e);
        }
        model.addAttribute("audiences", DialogueAudience.values());
        List<Unit> reachable = reachableUnits();
        model.addAttribute("units", reachable);
        String formUnit = reachable.stream().map(Unit::code).filter(c -> c.equals(window.unitCode())).findFirst()
                .orElse(reachable.isEmpty() ? null : reachable.get(0).code());
        model.addAttribute("formUnit", formUnit);
        model.addAttribute("chairs", formUnit == null ? List.of() : dialogues.chairs(formUnit));
        return "feedback/dialogues";
    }

    /** The chair chooser for the unit picked in the form: its leaders today. */
    @GetMapping("/feedback/dialogues/chairs")
    String chairs(@RequestParam(required = false) String unitCode, Model model) {
        model.addAttribute("chairs", unitCode == null || unitCode.isBlank() ? List.of() : dialogues.chairs(unitCode));
        return "feedback/dialogues :: chair";
    }

    @PostMapping("/feedback/dialogues")
    String recordDialogue(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String title, @RequestParam(required = false) DialogueAudience audience,
            @RequestParam(required = false) String chairAccount, @RequestParam(required = false) Integer participants,
            @RequestParam(required = false) String issues, @RequestParam(required = false) String notes, RedirectAttributes redirect) {
        try {
            Dialogue recorded = dialogues.record(new NewDialogue(unitCode, heldOn, title, audience, null, participants, notes,
                    issues == null ? List.of() : List.of(issues.split("\\R")), chairAccount));
            redirect.addFlashAttribute("done", true);
            // Back on the day it was held, so the page shows what was just recorded whatever period was on screen.
            return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/feedback/dialogues")
                    .queryParam("unitCode", recorded.unitCode()).queryParam("from", recorded.heldOn())
                    .queryParam("to", recorded.heldOn()).encode().build().toUriString();
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/feedback/dialogues";
    }

    @PostMapping("/feedback/dialogues/{id}/issues/{issue}")
    String followUp(@PathVariable long id, @PathVariable long issue, @RequestParam(required = false) String response,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate resolvedOn,
            RedirectAttributes redirect) {
        try {
            dialogues.followUp(id, issue, response, resolvedOn);
            redirect.addFlashAttribute("done", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/feedback/dialogues#dialogue-" + id;
    }

    private record Window(String unitCode, LocalDate from, LocalDate to) {
    }

    /**
     * The unit and window of the page: those asked, or the account's unit as it is today and the latest
     * period that has ended; the units offered are those of the window (a 2024 window offers the district
     * dissolved in 2025), and the periods those the unit existed in; a former unit asked after its end is a 404.
     */
    private Window window(String unitCode, LocalDate from, LocalDate to, Model model) {
        UnitChoices.WindowChoice choice = unitChoices.windowWhileExisting(unitCode, from, to);
        String unit = choice.unit() == null ? null : choice.unit().code();
        model.addAttribute("unitChoices", choice.offered());
        model.addAttribute("periodChoices", unitChoices.periodsOf(choice));
        model.addAttribute("notInWindow", choice.notInWindow());
        model.addAttribute("unitCode", unit);
        model.addAttribute("from", choice.from());
        model.addAttribute("to", choice.to());
        return new Window(unit, choice.from(), choice.to());
    }

    private List<Unit> reachableUnits() {
        return units.unitsOn(zone.today());
    }

    /** The agencies within reach whose unit exists today. */
    private List<Agency> reachableAgencies() {
        return agencies.inForceOn(zone.today());
    }
}
