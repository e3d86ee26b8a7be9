package vn.motcua.portal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.accounts.CitizenProfiles;
import vn.motcua.dossiers.ApplicantDossier;
import vn.motcua.dossiers.ApplicantDossiers;
import vn.motcua.portal.Submission;
import vn.motcua.portal.SubmissionStatus;
import vn.motcua.portal.Submissions;

/**
 * Trang của tôi, Hồ sơ của tôi: the signed-in citizen's home — what is asked of the citizen first
 * (drafts, submissions sent back for completion, dossiers waiting for a supplement), then the
 * submissions at the desk and the dossiers with their status and appointment, and who the account
 * says the citizen is.
 */
@Controller
class CitizenHomePage {

    private final CitizenProfiles profiles;
    private final Submissions submissions;
    private final ApplicantDossiers dossiers;

    CitizenHomePage(CitizenProfiles profiles, Submissions submissions, ApplicantDossiers dossiers) {
        this.profiles = profiles;
        this.submissions = submissions;
        this.dossiers = dossiers;
    }

    @GetMapping("/citizen")
    String home(Model model) {
        model.addAttribute("profile", profiles.current());
        List<Submission> mine = submissions.mine();
        model.addAttribute("drafts", mine.stream().filter(s -> s.status().editable()).toList());
        model.addAttribute("submissions", mine.stream()
                .filter(s -> !s.status().editable() && s.status() != SubmissionStatus.RECEIVED).toList());
        List<ApplicantDossier> own = dossiers.mine();
        model.addAttribute("dossiers", own);
        // The way back each dossier's citizen chose when submitting it.
        Map<String, Submission> bySubmission = new HashMap<>();
        mine.stream().filter(s -> s.dossierCode() != null).forEach(s -> bySubmission.put(s.dossierCode(), s));
        model.addAttribute("submissionOf", bySubmission);
        model.addAttribute("nothing", mine.isEmpty() && own.isEmpty());
        return "portal/home";
    }
}
