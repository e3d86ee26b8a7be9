package vn.motcua.portal.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.dossiers.ApplicantDossier;
import vn.motcua.dossiers.ApplicantDossiers;
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
    private final Submissions submissions;

    CitizenDossierPages(ApplicantDossiers dossiers, Submissions submissions) {
        this.dossiers = dossiers;
        this.submissions = submissions;
    }

    @GetMapping("/citizen/dossiers/{code}")
    String show(@PathVariable String code, Model model) {
        ApplicantDossier dossier = dossiers.get(code);
        model.addAttribute("dossier", dossier);
        List<Submission> mine = submissions.mine();
        model.addAttribute("submission", mine.stream().filter(s -> code.equals(s.dossierCode())).findFirst().orElse(null));
        return "portal/dossier";
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
