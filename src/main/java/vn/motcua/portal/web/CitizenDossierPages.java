package vn.motcua.portal.web;

import java.io.IOException;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.dossiers.ApplicantDossier;
import vn.motcua.dossiers.ApplicantDossiers;
import vn.motcua.dossiers.DocumentKind;
import vn.motcua.dossiers.DossierDocuments;
import vn.motcua.files.FileDownloads;
import vn.motcua.portal.Submission;
import vn.motcua.portal.Submissions;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.PageFailure;
import vn.motcua.shared.Redirects;

/**
 * One of the citizen's dossiers: where it stands, the appointment, what the desk asks for (a
 * supplement request with its items and deadline, answered by uploading the papers here), withdrawal,
 * and the result — downloaded here for a fully online procedure, otherwise the way back chosen.
 */
@Controller
class CitizenDossierPages {

    private final ApplicantDossiers dossiers;
    private final DossierDocuments documents;
    private final Submissions submissions;
    private final FileDownloads downloads;

    CitizenDossierPages(ApplicantDossiers dossiers, DossierDocuments documents, Submissions submissions, FileDownloads downloads) {
        this.dossiers = dossiers;
        this.documents = documents;
        this.submissions = submissions;
        this.downloads = downloads;
    }

    @GetMapping("/citizen/dossiers/{code}")
    String show(@PathVariable String code, Model model) {
        ApplicantDossier dossier = dossiers.get(code);
        model.addAttribute("dossier", dossier);
        List<Submission> mine = submissions.mine();
        Submission submission = mine.stream().filter(s -> code.equals(s.dossierCode())).findFirst().orElse(null);
        model.addAttribute("submission", submission);
        // The result is downloaded here when it comes back online; otherwise the page says how it comes back.
        model.addAttribute("results", documents.ofApplicant(code).stream().filter(d -> d.kind() == DocumentKind.RESULT).toList());
        return "portal/dossier";
    }

    @PostMapping("/citizen/dossiers/{code}/supplement")
    String supplement(@PathVariable String code, @RequestParam("file") List<MultipartFile> files, RedirectAttributes redirect)
            throws IOException {
        try (Uploads uploads = new Uploads(files)) {
            documents.supplement(code, uploads.list());
            redirect.addFlashAttribute("supplemented", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return Redirects.to("/citizen/dossiers/{code}", code);
    }

    @GetMapping("/citizen/dossiers/{code}/documents/{id}")
    ResponseEntity<Resource> download(@PathVariable String code, @PathVariable long id) {
        return downloads.download(documents.applicantFile(code, id));
    }

    @PostMapping("/citizen/dossiers/{code}/withdraw")
    String withdraw(@PathVariable String code, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            dossiers.withdraw(code, reason);
            redirect.addFlashAttribute("withdrawn", true);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return Redirects.to("/citizen/dossiers/{code}", code);
    }
}
