package vn.motcua.accounts.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.motcua.accounts.AccountAdministration;
import vn.motcua.accounts.NewAccount;
import vn.motcua.accounts.Role;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.PageFailure;
import vn.motcua.units.AgencyDirectory;

/** Administration of accounts: list, create, disable and enable, reset a password. */
@Controller
@RequestMapping("/admin/accounts")
class AccountsAdminPage {

    private final AccountAdministration accounts;
    private final AgencyDirectory agencies;
    private final MotCuaZone zone;

    AccountsAdminPage(AccountAdministration accounts, AgencyDirectory agencies, MotCuaZone zone) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.zone = zone;
    }

    record AccountForm(@NotBlank(message = "{accounts.username.invalid}") @Size(max = 60) String username,
            @NotBlank(message = "{accounts.full-name.required}") @Size(max = 200) String fullName,
            @NotBlank(message = "{accounts.password.required}") @Size(max = 128) String password,
            @NotBlank(message = "{accounts.agency.required}") String agencyCode, Set<String> roles) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new AccountForm("", "", "", "", Set.of()));
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("accounts", accounts.accounts());
        model.addAttribute("attacks", accounts.signInAlerts());
        // Only agencies whose unit is in force today take new staff: a merged commune's old People's Committee is not offered.
        model.addAttribute("agencies", agencies.inForceOn(zone.today()));
        model.addAttribute("today", zone.today());
        model.addAttribute("roles", Role.staff());
        return "accounts/admin";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        // Names rather than roles in the form, so a name that is no role is a message on the page, not a failed binding.
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : form.roles() == null ? Set.<String>of() : form.roles()) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                errors.rejectValue("roles", "accounts.roles.unknown", new Object[] { name }, "accounts.roles.unknown");
            }
        }
        if (roles.isEmpty() && !errors.hasFieldErrors("roles")) {
            errors.rejectValue("roles", "accounts.roles.required", "accounts.roles.required");
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        try {
            accounts.create(new NewAccount(form.username(), form.fullName(), form.password(), form.agencyCode(), roles));
        } catch (InvalidInputException e) {
            errors.rejectValue(e.field(), e.messageCode(), e.arguments(), e.messageCode());
            return page(model);
        } catch (LocalizedException e) {
            errors.rejectValue("username", e.messageCode(), e.arguments(), e.messageCode());
            return page(model);
        }
        redirect.addFlashAttribute("saved", form.username());
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{username}/enabled")
    String enabled(@PathVariable String username, @RequestParam boolean enabled, @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            accounts.setEnabled(username, version, enabled);
            redirect.addFlashAttribute("saved", username);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam String password, @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            accounts.resetPassword(username, version, password);
            redirect.addFlashAttribute("saved", username);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{username}/move")
    String move(@PathVariable String username, @RequestParam String agencyCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            accounts.move(username, version, agencyCode, from);
            redirect.addFlashAttribute("saved", username);
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/admin/accounts";
    }
}
