package vn.motcua.portal.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.accounts.NewCitizen;
import vn.motcua.portal.citizens.CitizenRegistration;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.PageFailure;

/**
 * Đăng ký tài khoản công dân: the registration form, then the page where the code sent by e-mail is
 * typed in (and another asked for). A refused form comes back with what was typed, each problem
 * beside its field; the page never writes a password or a code back into the form.
 */
@Controller
class RegistrationPages {

    private final CitizenRegistration registration;

    private final int minimumPasswordLength;
    private final long codeMinutes;

    RegistrationPages(CitizenRegistration registration, @Value("${motcua.password.min-length:8}") int minimumPasswordLength,
            @Value("${motcua.citizens.code-validity:PT15M}") Duration codeValidity) {
        this.registration = registration;
        this.minimumPasswordLength = minimumPasswordLength;
        this.codeMinutes = codeValidity.toMinutes();
    }

    @ModelAttribute("minimumPasswordLength")
    int minimumPasswordLength() {
        return minimumPasswordLength;
    }

    @ModelAttribute("codeMinutes")
    long codeMinutes() {
        return codeMinutes;
    }

    /** What the person typed. */
    record RegisterForm(String fullName, String idNumber, String phone, String email, String password, String passwordAgain) {
    }

    /** The e-mail registered and the code received. */
    record ConfirmForm(String email, String code) {
    }

    @GetMapping("/public/register")
    String form(Model model) {
        model.addAttribute("form", new RegisterForm("", "", "", "", "", ""));
        return "portal/register";
    }

    @PostMapping("/public/register")
    String register(@ModelAttribute("form") RegisterForm form, BindingResult errors, Model model, HttpServletRequest request) {
        NewCitizen citizen = new NewCitizen(form.fullName(), form.idNumber(), form.phone(), form.email(), form.password());
        for (InvalidInputException problem : registration.problems(citizen)) {
            errors.rejectValue(problem.field(), problem.messageCode(), problem.arguments(), problem.messageCode());
        }
        if (!errors.hasFieldErrors("password") && !String.valueOf(form.password()).equals(form.passwordAgain())) {
            errors.rejectValue("passwordAgain", "accounts.password.mismatch", "accounts.password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                // Shown at once rather than after a redirect: carrying the e-mail over would take a session (a
                // stranger gets none) or put it in the address.
                String email = registration.register(citizen, request.getRemoteAddr()).email();
                model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
                model.addAttribute("form", new ConfirmForm(email, ""));
                model.addAttribute("done", "citizens.register.sent");
                return "portal/confirm";
            } catch (InvalidInputException e) {
                errors.rejectValue(e.field(), e.messageCode(), e.arguments(), e.messageCode());
            } catch (LocalizedException e) {
                PageFailure.show(model, e);
            }
        }
        return "portal/register";
    }

    @GetMapping("/public/register/confirm")
    String confirmForm(Model model) {
        model.addAttribute("form", new ConfirmForm("", ""));
        return "portal/confirm";
    }

    @PostMapping("/public/register/confirm")
    String confirm(@ModelAttribute("form") ConfirmForm form, BindingResult errors, Model model, HttpServletRequest request) {
        try {
            registration.confirm(form.email(), form.code(), request.getRemoteAddr());
            return "redirect:/login?confirmed";
        } catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.messageCode(), e.arguments(), e.messageCode());
        } catch (LocalizedException e) {
            PageFailure.show(model, e);
        }
        return "portal/confirm";
    }

    @PostMapping("/public/register/resend")
    String resend(@ModelAttribute("form") ConfirmForm form, BindingResult errors, Model model, HttpServletRequest request) {
        try {
            registration.resend(form.email(), request.getRemoteAddr());
            model.addAttribute("done", "citizens.register.resent");
        } catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.messageCode(), e.arguments(), e.messageCode());
        } catch (LocalizedException e) {
            PageFailure.show(model, e);
        }
        return "portal/confirm";
    }
}
