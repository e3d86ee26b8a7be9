package vn.motcua.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.files.FileDownloads;
import vn.motcua.portal.CitizenGate;
import vn.motcua.portal.PaidSubmissions;
import vn.motcua.portal.Submission;
import vn.motcua.portal.SubmissionDocuments;
import vn.motcua.portal.Submissions;
import vn.motcua.procedures.OnlineKind;
import vn.motcua.procedures.OnlineOffers;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.shared.ErrorAnswers;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.PageFailure;
import vn.motcua.shared.Redirects;

/**
 * The citizen's submission pages: the form for a procedure (agency, applicant, e-form, return
 * channel), then the same form with one upload per required document, saved as a draft and
 * submitted; a refusal shows what to fix beside each field and keeps what was typed and attached.
 */
@Controller
class SubmissionPages {

    private final Submissions submissions;
    private final SubmissionDocuments documents;
    private final CitizenGate citizen;
    private final OnlineOffers offers;
    private final ProcedureCatalog catalog;
    private final FileDownloads downloads;
    private final ErrorAnswers answers;
    private final PaidSubmissions paid;

    SubmissionPages(Submissions submissions, SubmissionDocuments documents, CitizenGate citizen,
            OnlineOffers offers, ProcedureCatalog catalog, FileDownloads downloads, ErrorAnswers answers,
            ObjectProvider<PaidSubmissions> paid) {
        this.submissions = submissions;
        this.documents = documents;
        this.citizen = citizen;
        this.offers = offers;
        this.catalog = catalog;
        this.downloads = downloads;
        this.answers = answers;
        this.paid = paid.getIfAvailable(() -> ids -> Set.of());
    }

    @GetMapping("/citizen/submissions/new")
    String newForm(@RequestParam String procedure, @RequestParam(defaultValue = "false") boolean enterprise, Model model) {
        Procedure found = offers.procedure(procedure).orElseThrow(() -> new NotFoundException("procedures.not-found", procedure));
        SubmissionForm form = SubmissionForm.of(found.code(), citizen.applicant(enterprise));
        List<vn.motcua.units.Agency> agencies = offers.agencies(found);
        if (agencies.size() == 1) {
            form.setAgencyCode(agencies.get(0).code());
        } else {
            ownCommunes(agencies).ifPresent(form::setAgencyCode);
        }
        form.setReturnChannel(found.content().onlineKind() == OnlineKind.FULL ? ReturnChannel.ONLINE : ReturnChannel.DIRECT);
        return formPage(model, found.content(), found.code(), agencies, form, null);
    }

    /**
     * The agency of the commune the citizen lives in, when it receives the procedure: where most people file, so it is
     * chosen already (the list still offers the others). Its People's Committee first, should the commune have several desks.
     */
    private java.util.Optional<String> ownCommunes(List<vn.motcua.units.Agency> agencies) {
        String commune = citizen.profile().communeCode();
        if (commune == null) {
            return java.util.Optional.empty();
        }
        return agencies.stream().filter(a -> commune.equals(a.unitCode()))
                .sorted(java.util.Comparator.comparing(a -> a.kind() != vn.motcua.units.AgencyKind.PEOPLES_COMMITTEE))
                .map(vn.motcua.units.Agency::code).findFirst();
    }

    @PostMapping("/citizen/submissions")
    String create(@ModelAttribute("form") SubmissionForm form, Model model, RedirectAttributes redirect) {
        try {
            Submission created = submissions.create(form.draft());
            redirect.addFlashAttribute("saved", true);
            return Redirects.to("/citizen/submissions/{id}", created.id());
        } catch (InvalidInputException e) {
            PageProblems.show(model, e, answers);
            Procedure found = offers.procedure(form.getProcedureCode())
                    .orElseThrow(() -> new NotFoundException("procedures.not-found", form.getProcedureCode()));
            return formPage(model, found.content(), found.code(), offers.agencies(found), form, null);
        }
    }

    @GetMapping("/citizen/submissions/{id}")
    String show(@PathVariable long id, Model model) {
        Submission submission = submissions.get(id);
        if (!submission.status().editable()) {
            model.addAttribute("submission", submission);
            model.addAttribute("procedure", catalog.version(submission.procedureVersionId()).orElseThrow().content());
            model.addAttribute("paidOnline", paid.paidOnline(List.of(id)).contains(id));
            model.addAttribute("gatewayReady", paid.gatewayReady(submission.agencyCode()));
            return "portal/submission";
        }
        return editPage(model, submission, SubmissionForm.of(submission));
    }

    /** Lưu nháp, or Nộp hồ sơ: what was typed is saved first, so a refused submission keeps it. */
    @PostMapping("/citizen/submissions/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") SubmissionForm form, @RequestParam(defaultValue = "save") String then,
            Model model, RedirectAttributes redirect) {
        try {
            submissions.update(id, form.draft());
        } catch (InvalidInputException e) {
            PageProblems.show(model, e, answers);
            return editPage(model, submissions.get(id), form);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            return Redirects.to("/citizen/submissions/{id}", id);
        }
        if (!"submit".equals(then)) {
            redirect.addFlashAttribute("saved", true);
            return Redirects.to("/citizen/submissions/{id}", id);
        }
        try {
            submissions.submit(id);
            redirect.addFlashAttribute("submitted", true);
        } catch (InvalidInputException e) {
            PageProblems.show(model, e, answers);
            model.addAttribute("submitRefused", true);
            return editPage(model, submissions.get(id), form);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return Redirects.to("/citizen/submissions/{id}", id);
    }

    @PostMapping("/citizen/submissions/{id}/documents")
    String upload(@PathVariable long id, @RequestParam int requirement, @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try (InputStream content = file.getInputStream()) {
            documents.attach(id, requirement, file.getOriginalFilename(), content);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            redirect.addFlashAttribute("failedRequirement", requirement);
        }
        return Redirects.to("/citizen/submissions/{id}", id) + "#requirement-" + requirement;
    }

    @PostMapping("/citizen/submissions/{id}/documents/reuse")
    String reuse(@PathVariable long id, @RequestParam int requirement, @RequestParam long documentId, RedirectAttributes redirect) {
        try {
            documents.reuse(id, requirement, documentId);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            redirect.addFlashAttribute("failedRequirement", requirement);
        }
        return Redirects.to("/citizen/submissions/{id}", id) + "#requirement-" + requirement;
    }

    @PostMapping("/citizen/submissions/{id}/documents/{documentId}/delete")
    String delete(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
        try {
            documents.detach(id, documentId);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return Redirects.to("/citizen/submissions/{id}", id);
    }

    @GetMapping("/citizen/submissions/{id}/documents/{documentId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long documentId) {
        return downloads.download(documents.file(id, documentId));
    }

    @PostMapping("/citizen/submissions/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            submissions.withdraw(id, reason);
            redirect.addFlashAttribute("withdrawn", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return Redirects.to("/citizen/submissions/{id}", id);
    }

    private String editPage(Model model, Submission submission, SubmissionForm form) {
        ProcedureContent content = catalog.version(submission.procedureVersionId()).orElseThrow().content();
        model.addAttribute("submission", submission);
        model.addAttribute("reusable", documents.reusable());
        Procedure inForce = offers.procedure(submission.procedureCode()).orElse(null);
        return formPage(model, content, submission.procedureCode(), inForce == null ? List.of() : offers.agencies(inForce), form,
                submission);
    }

    private String formPage(Model model, ProcedureContent procedure, String procedureCode, List<vn.motcua.units.Agency> agencies,
            SubmissionForm form, Submission submission) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("procedureCode", procedureCode);
        model.addAttribute("agencies", agencies);
        model.addAttribute("form", form);
        model.addAttribute("returnChannels", procedure.onlineKind() == OnlineKind.FULL ? ReturnChannel.values()
                : new ReturnChannel[] { ReturnChannel.DIRECT, ReturnChannel.POSTAL });
        model.addAttribute("profile", citizen.profile());
        model.addAttribute("accepted", Map.of(false, ".pdf,.jpg,.jpeg,.png", true, ".pdf,.jpg,.jpeg,.png,.docx,.xlsx"));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
        }
        model.addAttribute("submission", submission);
        // The tờ khai the e-form fills: no file asked for it; declared once every required question has its answer.
        model.addAttribute("declaration", procedure.requirementAnsweredByEForm());
        model.addAttribute("declared", submission != null && procedure.formFields().stream().filter(f -> f.required())
                .allMatch(f -> submission.form().get(f.key()) != null && !submission.form().get(f.key()).isBlank()));
        return "portal/submission-form";
    }
}
