package vn.motcua.units.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.NewAgency;
import vn.motcua.units.NewUnit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitKind;
import vn.motcua.units.UnitLevel;

/** Administration of units, successions and agencies. */
@Controller
@RequestMapping("/admin")
class UnitsAdminPage {

    private final UnitDirectory units;
    private final AgencyDirectory agencies;
    private final MotCuaZone zone;

    UnitsAdminPage(UnitDirectory units, AgencyDirectory agencies, MotCuaZone zone) {
        this.units = units;
        this.agencies = agencies;
        this.zone = zone;
    }

    record UnitForm(@NotBlank(message = "{units.code.invalid}") @Size(max = 20) String code,
            @NotBlank(message = "{units.name.required}") @Size(max = 200) String name,
            @NotNull(message = "{units.level.required}") UnitLevel level, @NotBlank(message = "{units.kind.required}") String kind,
            String parentCode, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {
    }

    record SuccessionForm(@NotBlank(message = "{units.code.invalid}") String code,
            @NotBlank(message = "{units.successor.required}") String successorCode,
            @NotNull(message = "{units.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    }

    record AgencyForm(@NotBlank(message = "{agencies.code.invalid}") @Size(max = 40) String code,
            @NotBlank(message = "{agencies.name.required}") @Size(max = 200) String name,
            @NotBlank(message = "{agencies.unit.required}") String unitCode,
            @NotNull(message = "{agencies.kind.required}") AgencyKind kind,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate unitValidOn) {
    }

    @GetMapping("/units")
    String units(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
        model.addAttribute("unitForm", new UnitForm("", "", null, "", "", null, null));
        model.addAttribute("successionForm", new SuccessionForm("", "", null));
        return unitsPage(on, model);
    }

    private String unitsPage(LocalDate on, Model model) {
        LocalDate date = on == null ? zone.today() : on;
        model.addAttribute("on", date);
        model.addAttribute("units", units.unitsOn(date));
        model.addAttribute("allUnits", units.allUnits());
        model.addAttribute("successions", units.successions());
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("kinds", UnitKind.values());
        return "units/admin";
    }

    @PostMapping("/units")
    String createUnit(@Valid @ModelAttribute("unitForm") UnitForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("successionForm", new SuccessionForm("", "", null));
        if (errors.hasErrors()) {
            return unitsPage(null, model);
        }
        try {
            units.create(new NewUnit(form.code(), form.name(), form.level(), form.kind(), form.parentCode(), form.validFrom(),
                    form.validTo()));
        } catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.messageCode(), e.arguments(), e.messageCode());
            return unitsPage(null, model);
        } catch (LocalizedException e) {
            errors.rejectValue("code", e.messageCode(), e.arguments(), e.messageCode());
            return unitsPage(null, model);
        }
        redirect.addFlashAttribute("saved", form.name());
        return "redirect:/admin/units";
    }

    @PostMapping("/units/succession")
    String succession(@Valid @ModelAttribute("successionForm") SuccessionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("unitForm", new UnitForm("", "", null, "", "", null, null));
        if (errors.hasErrors()) {
            return unitsPage(null, model);
        }
        try {
            units.recordSuccession(form.code(), form.successorCode(), form.date());
        } catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.messageCode(), e.arguments(), e.messageCode());
            return unitsPage(null, model);
        } catch (LocalizedException e) {
            errors.rejectValue("code", e.messageCode(), e.arguments(), e.messageCode());
            return unitsPage(null, model);
        }
        redirect.addFlashAttribute("saved", form.code() + " → " + form.successorCode());
        return "redirect:/admin/units";
    }

    @GetMapping("/agencies")
    String agencies(Model model) {
        model.addAttribute("agencyForm", new AgencyForm("", "", "", null, null));
        return agenciesPage(model);
    }

    private String agenciesPage(Model model) {
        // Agencies of dissolved or merged units apart, with their dates: for reading history, not for new work.
        var today = zone.today();
        var all = agencies.agencies();
        model.addAttribute("agencies", all.stream().filter(a -> !a.endedBefore(today)).toList());
        model.addAttribute("formerAgencies", all.stream().filter(a -> a.endedBefore(today)).toList());
        model.addAttribute("kinds", AgencyKind.values());
        return "units/agencies";
    }

    @PostMapping("/agencies")
    String createAgency(@Valid @ModelAttribute("agencyForm") AgencyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return agenciesPage(model);
        }
        try {
            agencies.create(new NewAgency(form.code(), form.name(), form.unitCode(), form.kind(), form.unitValidOn()));
        } catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.messageCode(), e.arguments(), e.messageCode());
            return agenciesPage(model);
        } catch (LocalizedException e) {
            errors.rejectValue("code", e.messageCode(), e.arguments(), e.messageCode());
            return agenciesPage(model);
        }
        redirect.addFlashAttribute("saved", form.name());
        return "redirect:/admin/agencies";
    }
}
