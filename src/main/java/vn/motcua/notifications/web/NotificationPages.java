package vn.motcua.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.notifications.MessageStatus;
import vn.motcua.notifications.NotificationChannel;
import vn.motcua.notifications.Notifications;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.PageFailure;

/** Administrators' pages: what was sent to applicants and what failed, and the templates. */
@Controller
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/admin/notifications")
    String messages(@RequestParam(required = false) MessageStatus status, @RequestParam(required = false) String reference,
            Model model) {
        model.addAttribute("messages", notifications.messages(status, reference, 300));
        model.addAttribute("status", status);
        model.addAttribute("reference", reference == null ? "" : reference);
        model.addAttribute("statuses", MessageStatus.values());
        return "notifications/messages";
    }

    @PostMapping("/admin/notifications/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        try {
            notifications.retry(id);
            redirect.addFlashAttribute("done", "notifications.retried");
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
        }
        return "redirect:/admin/notifications";
    }

    @GetMapping("/admin/notifications/templates")
    String templates(Model model) {
        model.addAttribute("templates", notifications.templates());
        return "notifications/templates";
    }

    @PostMapping("/admin/notifications/templates/{event}/{channel}")
    String update(@PathVariable String event, @PathVariable NotificationChannel channel, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String body, @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect) {
        try {
            notifications.updateTemplate(event, channel, subject, body, enabled);
            redirect.addFlashAttribute("done", "notifications.template.saved");
        } catch (LocalizedException e) {
            PageFailure.flash(redirect, e);
            redirect.addFlashAttribute("failedEvent", event + "/" + channel);
            redirect.addFlashAttribute("draftSubject", subject);
            redirect.addFlashAttribute("draftBody", body);
        }
        return "redirect:/admin/notifications/templates";
    }
}
