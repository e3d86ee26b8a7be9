package vn.motcua.portal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.accounts.CitizenAccounts;
import vn.motcua.accounts.CitizenProfile;
import vn.motcua.accounts.CitizenProfiles;
import vn.motcua.accounts.CitizenRules;
import vn.motcua.dossiers.ApplicantDossier;
import vn.motcua.dossiers.ApplicantDossiers;
import vn.motcua.portal.Submission;
import vn.motcua.portal.SubmissionStatus;
import vn.motcua.portal.Submissions;
import vn.motcua.portal.citizens.CitizenRegistration;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.PageFailure;

/**
 * Trang của tôi, Hồ sơ của tôi: the signed-in citizen's home — what is asked of the citizen first
 * (drafts, submissions sent back for completion), then the dossiers with their status and appointment
 * and the submissions at the desk, and who the account says the citizen is; an unconfirmed account
 * types its code in right there. The profile page sets the enterprise the citizen acts for.
 */
@Controller
class CitizenHomePage {

    private final CitizenProfiles profiles;
    private final CitizenAccounts accounts;
    private final CitizenRegistration registration;
    private final Submissions submissions;
    private final ApplicantDossiers dossiers;

    CitizenHomePage(CitizenProfiles profiles, CitizenAccounts accounts, CitizenRegistration registration, Submissions submissions,
            ApplicantDossiers dossiers) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.registration = registration;
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

    @PostMapping("/citizen/confirm")
    String confirm(@RequestParam(required = false) String code, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            registration.confirm(profiles.current().email(), code, request.getRemoteAddr());
            redirect.addFlashAttribute("done", "citizens.confirm.done");
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/citizen";
    }

    @PostMapping("/citizen/resend")
    String resend(HttpServletRequest request, RedirectAttributes redirect) {
        try {
            CitizenProfile citizen = registration.resend(profiles.current().email(), request.getRemoteAddr());
            redirect.addFlashAttribute("done", "citizens.register.resent");
            redirect.addFlashAttribute("doneArguments", new Object[] { citizen.email() });
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/citizen";
    }

    @GetMapping("/citizen/profile")
    String profile(Model model) {
        CitizenProfile profile = profiles.current();
        model.addAttribute("profile", profile);
        if (!model.containsAttribute("taxCode")) {
            model.addAttribute("taxCode", profile.actsForEnterprise() ? CitizenRules.taxCodeShown(profile.enterpriseTaxCode()) : "");
            model.addAttribute("enterpriseName", profile.actsForEnterprise() ? profile.enterpriseName() : "");
        }
        return "portal/profile";
    }

    @PostMapping("/citizen/profile/enterprise")
    String setEnterprise(@RequestParam(required = false) String taxCode, @RequestParam(required = false) String enterpriseName,
            @RequestParam(defaultValue = "false") boolean clear, RedirectAttributes redirect) {
        try {
            accounts.setEnterprise(clear ? null : taxCode, clear ? null : enterpriseName);
            redirect.addFlashAttribute("done", clear ? "citizens.enterprise.cleared" : "citizens.enterprise.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problemField", e.field());
            PageFailure.flash(redirect, e);
            redirect.addFlashAttribute("taxCode", taxCode);
            redirect.addFlashAttribute("enterpriseName", enterpriseName);
        }
        return "redirect:/citizen/profile";
    }
}
