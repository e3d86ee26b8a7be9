package vn.motcua.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.accounts.CitizenProfiles;

/** Trang của tôi: the signed-in citizen's home — who the account says they are, and their dossiers. */
@Controller
class CitizenHomePage {

    private final CitizenProfiles profiles;

    CitizenHomePage(CitizenProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/citizen")
    String home(Model model) {
        model.addAttribute("profile", profiles.current());
        return "portal/home";
    }
}
