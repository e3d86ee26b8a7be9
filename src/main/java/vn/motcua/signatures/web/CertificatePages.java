package vn.motcua.signatures.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.PageFailure;
import vn.motcua.signatures.AgencyCertificate;
import vn.motcua.signatures.AgencyCertificates;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;

/** Administrators' page of the agencies' certificates: what each agency signs with, what expires soon, upload, token, revoke. */
@Controller
class CertificatePages {

    private final AgencyCertificates certificates;
    private final PublicRegister register;
    private final Clock clock;
    private final MotCuaZone zone;

    CertificatePages(AgencyCertificates certificates, PublicRegister register, Clock clock, MotCuaZone zone) {
        this.zone = zone;
        this.certificates = certificates;
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/admin/signatures")
    String list(Model model) {
        model.addAttribute("certificates", certificates.list());
        model.addAttribute("attention", certificates.needingAttention());
        model.addAttribute("tokens", certificates.tokens());
        // A certificate is added for new work: only agencies of units in force today are offered; a certificate of an agency
        // whose unit has ended says so beside its state.
        LocalDate today = zone.today();
        List<Agency> agencies = register.agencies();
        model.addAttribute("agencies", agencies.stream().filter(a -> a.validOn(today)).toList());
        model.addAttribute("ended", agencies.stream().filter(a -> a.endedBefore(today))
                .collect(Collectors.toMap(Agency::code, Agency::validTo)));
        model.addAttribute("now", clock.instant());
        model.addAttribute("warningDays", AgencyCertificate.WARNING_DAYS);
        return "signatures/certificates";
    }

    /** The administrators' dashboard asks for this when it loads: the certificates to act on, or nothing. */
    @GetMapping("/admin/signatures/attention")
    String attention(Model model) {
        model.addAttribute("attention", certificates.needingAttention());
        model.addAttribute("now", clock.instant());
        model.addAttribute("warningDays", AgencyCertificate.WARNING_DAYS);
        return "signatures/attention :: attention";
    }

    @PostMapping("/admin/signatures/keystore")
    String upload(@RequestParam(required = false) String agencyCode, @RequestParam(required = false) MultipartFile keystore,
            @RequestParam(required = false) String password, RedirectAttributes redirect) throws IOException {
        try {
            AgencyCertificate added = certificates.uploadKeystore(agencyCode, keystore == null ? null : keystore.getOriginalFilename(),
                    keystore == null ? null : keystore.getBytes(), password);
            redirect.addFlashAttribute("added", added.subject());
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/admin/signatures";
    }

    @PostMapping("/admin/signatures/token")
    String token(@RequestParam(required = false) String agencyCode, @RequestParam(required = false) String token,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("added", certificates.useToken(agencyCode, token).subject());
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/admin/signatures";
    }

    @PostMapping("/admin/signatures/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("revoked", certificates.revoke(id, reason).subject());
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/admin/signatures";
    }
}
