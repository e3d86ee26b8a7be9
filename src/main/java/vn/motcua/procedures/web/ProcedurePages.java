package vn.motcua.procedures.web;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.procedures.CatalogAdministration;
import vn.motcua.procedures.Fee;
import vn.motcua.procedures.FormField;
import vn.motcua.procedures.ImportReport;
import vn.motcua.procedures.InterAgency;
import vn.motcua.procedures.OnlineKind;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.ProcedureImport;
import vn.motcua.procedures.ProcedureSearch;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.PageFailure;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.UnitLevel;
import vn.motcua.shared.Redirects;

/** The officers' catalogue: search and filter, a procedure with its history, editing, import and export. */
@Controller
class ProcedurePages {

    private final ProcedureCatalog catalog;
    private final CatalogAdministration administration;
    private final ProcedureImport imports;
    private final MotCuaZone zone;

    ProcedurePages(ProcedureCatalog catalog, CatalogAdministration administration, ProcedureImport imports, MotCuaZone zone) {
        this.catalog = catalog;
        this.administration = administration;
        this.imports = imports;
        this.zone = zone;
    }

    @GetMapping("/procedures")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String fieldCode,
            @RequestParam(required = false) UnitLevel level, @RequestParam(required = false) OnlineKind onlineKind,
            @RequestParam(required = false) Boolean oneStop, @RequestParam(required = false) InterAgency interAgency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, Model model) {
        ProcedureSearch search = new ProcedureSearch(q, fieldCode, level, onlineKind, oneStop, interAgency, on, false);
        model.addAttribute("search", search);
        model.addAttribute("on", on == null ? zone.today() : on);
        model.addAttribute("procedures", catalog.search(search));
        options(model);
        return "procedures/list";
    }

    private void options(Model model) {
        model.addAttribute("fields", catalog.fields());
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("onlineKinds", OnlineKind.values());
        model.addAttribute("interAgencies", InterAgency.values());
        model.addAttribute("agencyKinds", AgencyKind.values());
        model.addAttribute("feeKinds", Fee.Kind.values());
        model.addAttribute("fieldTypes", FormField.Type.values());
    }

    @GetMapping("/procedures/{code}")
    String show(@PathVariable String code, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        Procedure procedure = catalog.require(code, on);
        model.addAttribute("procedure", procedure);
        model.addAttribute("history", catalog.history(code));
        model.addAttribute("on", on == null ? zone.today() : on);
        return "procedures/show";
    }

    @GetMapping("/procedures/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'REFORM_OFFICER')")
    String newForm(Model model) {
        model.addAttribute("form", ProcedureForm.blank(zone.today()));
        model.addAttribute("creating", true);
        options(model);
        return "procedures/edit";
    }

    @GetMapping("/procedures/{code}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'REFORM_OFFICER')")
    String editForm(@PathVariable String code, Model model) {
        model.addAttribute("form", ProcedureForm.of(catalog.require(code, null), zone.today()));
        model.addAttribute("creating", false);
        options(model);
        return "procedures/edit";
    }

    @PostMapping("/procedures")
    String create(@ModelAttribute("form") ProcedureForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        try {
            administration.publish(form.getCode(), form.content(), form.getEffectiveFrom(), form.getDecision());
        } catch (LocalizedException e) {
            return again(form, errors, model, e, true);
        }
        redirect.addFlashAttribute("saved", form.getName());
        return Redirects.to("/procedures/{code}", form.getCode().trim());
    }

    @PostMapping("/procedures/{code}")
    String amend(@PathVariable String code, @ModelAttribute("form") ProcedureForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form.setCode(code);
        try {
            administration.amend(code, form.getLockVersion(), form.content(), form.getEffectiveFrom(), form.getDecision(),
                    form.getNote());
        } catch (LocalizedException e) {
            return again(form, errors, model, e, false);
        }
        redirect.addFlashAttribute("saved", form.getName());
        return Redirects.to("/procedures/{code}", code);
    }

    private String again(ProcedureForm form, BindingResult errors, Model model, LocalizedException e, boolean creating) {
        String field = e instanceof InvalidInputException invalid ? invalid.field().replaceAll("\\[.*", "") : "code";
        if (field.equals("publishedOn")) {
            field = "effectiveFrom";
        }
        errors.rejectValue(field, e.messageCode(), e.arguments(), e.messageCode());
        form.addSpareRows();
        model.addAttribute("creating", creating);
        options(model);
        return "procedures/edit";
    }

    @GetMapping("/procedures/import")
    @PreAuthorize("hasAnyRole('ADMIN', 'REFORM_OFFICER')")
    String importPage() {
        return "procedures/import";
    }

    @PostMapping("/procedures/import")
    String importFile(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
            Model model) throws IOException {
        try {
            ImportReport report = dryRun ? imports.dryRun(file.getBytes()) : imports.apply(file.getBytes());
            model.addAttribute("report", report);
        } catch (InvalidInputException e) {
            PageFailure.show(model, e);
        }
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("filename", file.getOriginalFilename());
        return "procedures/import";
    }
}
