package vn.motcua.reports.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.reports.ReportDocument;
import vn.motcua.reports.ReportDocuments;
import vn.motcua.reports.ReportRendering;
import vn.motcua.tasks.TaskRegister;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.PageFailure;
import vn.motcua.shared.InputBounds;
import vn.motcua.shared.Redirects;

/** The narrative editor of a report and its preview as it will print. */
@Controller
class ReportDocumentPages {

    private final ReportDocuments documents;
    private final ReportRendering rendering;
    private final TaskRegister register;

    ReportDocumentPages(ReportDocuments documents, ReportRendering rendering, TaskRegister register) {
        this.documents = documents;
        this.rendering = rendering;
        this.register = register;
    }

    @GetMapping("/reports/{template}/{period}/{unitCode}/document")
    String editor(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode, Model model) {
        ReportDocuments.Editing editing = documents.editing(template, period, unitCode);
        model.addAttribute("doc", editing.document());
        model.addAttribute("missingFigures", editing.missingFigures());
        model.addAttribute("emptySections", editing.emptySections());
        model.addAttribute("promptedSections", editing.promptedSections());
        model.addAttribute("readings", editing.readings());
        model.addAttribute("figureLabels", editing.figureLabels());
        model.addAttribute("approved", editing.approved());
        model.addAttribute("signers", documents.signers(template, period, unitCode));
        // The unit's documents as footnotes ready to paste: the report cites its plans and letters.
        model.addAttribute("citable", register.documents().stream().filter(d -> d.unitCode().equals(unitCode)).limit(60).toList());
        return "reports/editor";
    }

    @PostMapping("/reports/{template}/{period}/{unitCode}/document")
    String save(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        List<ReportDocument.Section> sections = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String heading = form.get("heading" + i);
            if (heading == null) {
                break;
            }
            if (!heading.isBlank()) {
                sections.add(new ReportDocument.Section(heading.trim(), form.getOrDefault("body" + i, "")));
            }
        }
        String version = form.get("version");
        if (version != null && !version.isBlank() && !version.matches("\\d{1,9}")) {
            PageFailure.flash(redirect, "error.parameter.type", version);
            return Redirects.to("/reports/{template}/{period}/{unit}/document", template, period, unitCode);
        }
        try {
            LocalDate issuedOn = form.get("issuedOn") == null || form.get("issuedOn").isBlank() ? null
                    : InputBounds.checked(LocalDate.parse(form.get("issuedOn")));
            documents.save(template, period, unitCode, new ReportDocument(template, period, unitCode, form.get("authority"),
                    form.get("number"), form.get("place"), issuedOn, form.get("title"), form.getOrDefault("addressee", ""), sections,
                    form.get("signatureRole"), form.getOrDefault("signer", ""), form.getOrDefault("recipients", ""), 0, true,
                    form.getOrDefault("signerAccount", ""), null),
                    version == null || version.isBlank() || "0".equals(version) ? null : Integer.valueOf(version));
            redirect.addFlashAttribute("saved", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
            PageFailure.flash(redirect, "typeMismatch.java.time.LocalDate");
        }
        return Redirects.to("/reports/{template}/{period}/{unit}/document", template, period, unitCode);
    }

    @GetMapping(path = "/reports/{template}/{period}/{unitCode}/preview", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> preview(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(rendering.printPage(template, period, unitCode, true));
    }
}
