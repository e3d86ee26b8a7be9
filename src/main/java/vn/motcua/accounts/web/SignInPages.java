package vn.motcua.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.validation.BindingResult;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.motcua.accounts.FirstAdministrator;
import vn.motcua.accounts.security.IdentityPlatform;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.InvalidInputException;

/** The sign-in page (with the identity platform's button when one is configured) and the first-run page of a new installation. */
@Controller
class SignInPages {

    private final FirstAdministrator firstAdministrator;
    private final IdentityPlatform platform;

    SignInPages(FirstAdministrator firstAdministrator, IdentityPlatform platform) {
        this.firstAdministrator = firstAdministrator;
        this.platform = platform;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "oidc", required = false) String refusal, Model model) {
        if (firstAdministrator.needed()) {
            return "redirect:/setup";
        }
        model.addAttribute("identityPlatform", platform.configured());
        model.addAttribute("identityPlatformLabel", platform.label().orElse(null));
        if (refusal != null) {
            model.addAttribute("identityPlatformRefusal", "sign-in.oidc." + IdentityPlatform.shownReason(refusal));
        }
        return "accounts/login";
    }

    /** The button's target: on to the platform when it answers, back to this page with a sentence when it does not. */
    @GetMapping("/login/identity-platform")
    String identityPlatform() {
        return platform.signInPath().map(path -> "redirect:" + path).orElse("redirect:/login?oidc=unavailable");
    }

    record SetupForm(@NotBlank(message = "{accounts.username.invalid}") @Size(max = 60) String username,
            @Size(max = 200) String fullName, @NotBlank(message = "{accounts.password.required}") String password,
            String passwordAgain) {
    }

    @GetMapping("/setup")
    String setup(Model model) {
        if (!firstAdministrator.needed()) {
            return "redirect:/login";
        }
        model.addAttribute("form", new SetupForm(FirstAdministrator.USERNAME, "", "", ""));
        return "accounts/setup";
    }

    @PostMapping("/setup")
    String createFirstAdministrator(@Valid @ModelAttribute("form") SetupForm form, BindingResult errors) {
        if (!firstAdministrator.needed()) {
            return "redirect:/login";
        }
        if (!errors.hasFieldErrors("password") && !form.password().equals(form.passwordAgain())) {
            errors.rejectValue("passwordAgain", "accounts.password.mismatch", "accounts.password.mismatch");
        }
        if (errors.hasErrors()) {
            return "accounts/setup";
        }
        try {
            firstAdministrator.create(form.username(), form.fullName(), form.password());
        } catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.messageCode(), e.arguments(), e.messageCode());
            return "accounts/setup";
        } catch (LocalizedException e) {
            return "redirect:/login";
        }
        return "redirect:/login?created";
    }
}
