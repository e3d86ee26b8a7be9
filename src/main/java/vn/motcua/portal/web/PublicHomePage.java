package vn.motcua.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Trang chủ Cổng dịch vụ công: where a citizen arriving at the site lands — finding a procedure, looking up a
 * dossier's status, the other public pages, signing in or registering. Staff signed in keep their own home at "/".
 */
@Controller
class PublicHomePage {

    @GetMapping({ "/public", "/public/" })
    String home() {
        return "portal/public-home";
    }
}
