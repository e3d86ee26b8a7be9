package vn.motcua.shared;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused action shown on a page: the message code and its arguments, which the layout renders
 * in the user's language ({@code failure}, {@code failureArguments}).
 */
public final class PageFailure {

    private PageFailure() {
    }

    /** On the page being rendered. */
    public static void show(Model model, LocalizedException e) {
        model.addAttribute("failure", e.messageCode());
        model.addAttribute("failureArguments", e.arguments());
    }

    /** On the page the action redirects to. */
    public static void flash(RedirectAttributes redirect, LocalizedException e) {
        flash(redirect, e.messageCode(), e.arguments());
    }

    /** On the page the action redirects to, for a refusal the controller itself finds (a field it cannot read). */
    public static void flash(RedirectAttributes redirect, String messageCode, Object... arguments) {
        redirect.addFlashAttribute("failure", messageCode);
        redirect.addFlashAttribute("failureArguments", arguments);
    }
}
