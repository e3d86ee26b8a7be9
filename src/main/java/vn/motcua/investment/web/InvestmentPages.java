package vn.motcua.investment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.investment.InvestmentClimate;
import vn.motcua.investment.InvestmentProjects;
import vn.motcua.investment.NewProject;
import vn.motcua.investment.ProjectStatus;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.UnitChoices;
import vn.motcua.shared.PageFailure;

/** The investment pages: figures of a period, projects with their flags, entry of capital, enterprises and inspections; the public opportunities. */
@Controller
class InvestmentPages {

    private final InvestmentProjects projects;
    private final InvestmentClimate climate;
    private final MotCuaZone zone;
    private final UnitChoices unitChoices;

    InvestmentPages(InvestmentProjects projects, InvestmentClimate climate, MotCuaZone zone, UnitChoices unitChoices) {
        this.unitChoices = unitChoices;
        this.projects = projects;
        this.climate = climate;
        this.zone = zone;
    }

    @GetMapping("/investment")
    String overview(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        // The account's unit as it is today and the latest ended period, unless asked; a unit that no longer
        // exists (a district before 1 July 2025) is offered for the windows it existed in, and a later one is a 404
        // naming its end and who carries it on.
        UnitChoices.WindowChoice choice = unitChoices.windowWhileExisting(unitCode, from, to);
        String unit = choice.unit() == null ? null : choice.unit().code();
        LocalDate start = choice.from();
        LocalDate end = choice.to();
        model.addAttribute("unitChoices", choice.offered());
        model.addAttribute("periodChoices", unitChoices.periodsOf(choice));
        model.addAttribute("notInWindow", choice.notInWindow());
        model.addAttribute("unitCode", unit);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("statuses", ProjectStatus.values());
        try {
            model.addAttribute("figures", climate.figures(unit, start, end));
            model.addAttribute("projects", projects.list(unit, end));
            model.addAttribute("inspections", climate.inspections(unit, start, end));
            model.addAttribute("enterprises", climate.enterprises(unit, start, end));
            model.addAttribute("capital", climate.capital(unit, start.withDayOfYear(1), end));
        } catch (LocalizedException e) {
            PageFailure.show(model, e);
        }
        return "investment/overview";
    }

    @PostMapping("/investment/projects")
    String register(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String name,
            @RequestParam(required = false) String investor, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String location, @RequestParam(required = false) BigDecimal registeredCapital,
            @RequestParam(required = false) BigDecimal landAreaHa, @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate operationDueOn,
            RedirectAttributes redirect) {
        try {
            long id = projects.register(new NewProject(unitCode, name, investor, sector, location, registeredCapital, landAreaHa, status,
                    registeredOn, operationDueOn)).id();
            redirect.addFlashAttribute("done", true);
            return "redirect:/investment/projects/" + id;
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            return "redirect:/investment";
        }
    }

    @GetMapping("/investment/projects/{id}")
    String project(@PathVariable long id, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("statuses", List.of(ProjectStatus.PREPARING, ProjectStatus.CONSTRUCTION, ProjectStatus.OPERATING,
                ProjectStatus.STALLED));
        return "investment/project";
    }

    @PostMapping("/investment/projects/{id}/progress")
    String progress(@PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
            @RequestParam(required = false) ProjectStatus status, RedirectAttributes redirect) {
        return act(id, redirect, () -> projects.reportProgress(id, reportedOn, note, status));
    }

    @PostMapping("/investment/projects/{id}/milestones")
    String milestone(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, RedirectAttributes redirect) {
        return act(id, redirect, () -> projects.addMilestone(id, name, dueOn));
    }

    @PostMapping("/investment/projects/{id}/milestones/{milestone}/done")
    String milestoneDone(@PathVariable long id, @PathVariable long milestone,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn, RedirectAttributes redirect) {
        return act(id, redirect, () -> projects.milestoneReached(id, milestone, doneOn));
    }

    @PostMapping("/investment/projects/{id}/recovery")
    String recovery(@PathVariable long id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(defaultValue = "false") boolean revoke, RedirectAttributes redirect) {
        return act(id, redirect, () -> projects.recover(id, decision, on, revoke));
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/investment/projects/" + id;
    }

    @PostMapping("/investment/capital")
    String capital(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) BigDecimal mobilisedBillion, @RequestParam(required = false) BigDecimal plannedBillion,
            RedirectAttributes redirect) {
        return entry(unitCode, redirect, () -> {
            if (plannedBillion != null && to != null) {
                climate.setPlan(unitCode, to.getYear(), plannedBillion);
            }
            if (mobilisedBillion != null || plannedBillion == null) {
                climate.recordCapital(unitCode, from, to, mobilisedBillion, null);
            }
        });
    }

    @PostMapping("/investment/enterprises")
    String enterprise(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String name,
            @RequestParam(required = false) String taxCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn,
            @RequestParam(required = false) String sector, RedirectAttributes redirect) {
        return entry(unitCode, redirect, () -> climate.addEnterprise(unitCode, name, taxCode, registeredOn, sector));
    }

    @PostMapping("/investment/market-inspections")
    String inspection(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
            @RequestParam(required = false) String subject, @RequestParam(required = false) Integer counterfeit,
            @RequestParam(required = false) Integer bannedSmuggled, @RequestParam(required = false) Integer tradeFraud,
            @RequestParam(defaultValue = "false") boolean handled, @RequestParam(required = false) BigDecimal fineMillion,
            RedirectAttributes redirect) {
        return entry(unitCode, redirect, () -> climate.recordInspection(unitCode, inspectedOn, subject, counterfeit, bannedSmuggled,
                tradeFraud, handled, fineMillion, null));
    }

    private String entry(String unitCode, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        redirect.addAttribute("unitCode", unitCode);
        return "redirect:/investment";
    }

    @GetMapping("/public/investment")
    String opportunities(Model model) {
        model.addAttribute("opportunities", climate.publishedOpportunities());
        return "investment/public";
    }
}
