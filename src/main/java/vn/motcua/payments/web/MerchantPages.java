package vn.motcua.payments.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.payments.Merchant;
import vn.motcua.payments.MerchantSettings;
import vn.motcua.payments.ProvinceMerchants;
import vn.motcua.shared.ErrorAnswers;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.Redirects;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitLevel;

/**
 * Quản trị tài khoản thanh toán trực tuyến: administrators see each province's merchant account at the
 * gateway — its secret only as set or not, never its value — and set or change it; a refused value is
 * named beside its field and nothing is stored.
 */
@Controller
class MerchantPages {

    private final ProvinceMerchants merchants;
    private final PublicRegister register;
    private final ErrorAnswers answers;
    private final MotCuaZone zone;

    MerchantPages(ProvinceMerchants merchants, PublicRegister register, ErrorAnswers answers, MotCuaZone zone) {
        this.merchants = merchants;
        this.register = register;
        this.answers = answers;
        this.zone = zone;
    }

    @GetMapping("/admin/payments")
    String show(@RequestParam(required = false) String province, Model model) {
        List<Merchant> all = merchants.all();
        List<Unit> provinces = provinces();
        String chosen = province != null ? province
                : all.isEmpty() ? (provinces.isEmpty() ? "" : provinces.get(0).code()) : all.get(0).provinceCode();
        Optional<Merchant> current = all.stream().filter(m -> m.provinceCode().equals(chosen)).findFirst();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("provinceCode", chosen);
        form.put("merchantCode", current.map(Merchant::merchantCode).orElse(""));
        form.put("gatewayUrl", current.map(Merchant::gatewayUrl).orElse(""));
        form.put("returnUrl", current.map(Merchant::returnUrl).orElse(""));
        return page(model, all, provinces, form, Map.of(), current.isPresent());
    }

    @PostMapping("/admin/payments")
    String save(@RequestParam String provinceCode, @RequestParam(defaultValue = "") String merchantCode,
            @RequestParam(defaultValue = "") String secret, @RequestParam(defaultValue = "") String gatewayUrl,
            @RequestParam(defaultValue = "") String returnUrl, Model model, RedirectAttributes redirect) {
        try {
            merchants.configure(provinceCode, new MerchantSettings(merchantCode, secret, gatewayUrl, returnUrl));
        } catch (InvalidInputException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            for (InvalidInputException.Problem problem : e.problems()) {
                problems.merge(problem.field(), answers.text(problem.messageCode(), problem.arguments()), (a, b) -> a + " " + b);
            }
            List<Merchant> all = merchants.all();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("provinceCode", provinceCode);
            form.put("merchantCode", merchantCode);
            form.put("gatewayUrl", gatewayUrl);
            form.put("returnUrl", returnUrl);
            // What was typed is shown again, except the secret: a page never carries it back.
            return page(model, all, provinces(), form, problems, all.stream().anyMatch(m -> m.provinceCode().equals(provinceCode)));
        }
        redirect.addFlashAttribute("saved", true);
        return Redirects.to("/admin/payments") + "?province=" + URLEncoder.encode(provinceCode, StandardCharsets.UTF_8);
    }

    private List<Unit> provinces() {
        return register.unitsOn(zone.today()).stream().filter(u -> u.level() == UnitLevel.PROVINCE).toList();
    }

    private static String page(Model model, List<Merchant> all, List<Unit> provinces, Map<String, String> form,
            Map<String, String> problems, boolean secretSet) {
        model.addAttribute("merchants", all);
        model.addAttribute("provinces", provinces);
        model.addAttribute("provinceNames", provinces.stream().collect(Collectors.toMap(Unit::code, Unit::name)));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("secretSet", secretSet);
        return "payments/merchants";
    }
}
