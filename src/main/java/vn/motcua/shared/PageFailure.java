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
        show(model, e.messageCode(), e.arguments());
    }

    /** On the page the action redirects to. */
    public static void flash(RedirectAttributes redirect, LocalizedException e) {
        flash(redirect, e.messageCode(), e.arguments());
    }

    /** A refusal the page found itself (a value no service saw), on the page being rendered. */
    public static void show(Model model, String code, Object... arguments) {
        model.addAttribute("failure", code);
        model.addAttribute("failureArguments", arguments);
    }

    /** A refusal the page found itself, on the page the action redirects to. */
    public static void flash(RedirectAttributes redirect, String code, Object... arguments) {
        redirect.addFlashAttribute("failure", code);
        redirect.addFlashAttribute("failureArguments", arguments);
    }
}
