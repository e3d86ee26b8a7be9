package vn.motcua.notifications.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.notifications.MessageStatus;
import vn.motcua.notifications.MessageTemplate;
import vn.motcua.notifications.NotificationChannel;
import vn.motcua.notifications.Notifications;
import vn.motcua.notifications.OutboxMessage;

/** The outbox and the message templates, for administrators. */
@RestController
class NotificationsApi {

    private final Notifications notifications;

    NotificationsApi(Notifications notifications) {
        this.notifications = notifications;
    }

    record TemplateBody(@Size(max = 200) String subject, @NotNull @Size(max = 2000) String body, Boolean enabled) {
    }

    @GetMapping("/api/v1/notifications/messages")
    @Operation(summary = "Messages to applicants, newest first; status PENDING|SENT|FAILED|SKIPPED, reference a dossier code (ADMIN)")
    List<OutboxMessage> messages(@RequestParam(required = false) MessageStatus status, @RequestParam(required = false) String reference,
            @RequestParam(defaultValue = "200") int limit) {
        return notifications.messages(status, reference, limit);
    }

    @PostMapping("/api/v1/notifications/messages/{id}/retry")
    @Operation(summary = "Send a FAILED or SKIPPED message again (ADMIN)")
    OutboxMessage retry(@PathVariable long id) {
        return notifications.retry(id);
    }

    @GetMapping("/api/v1/notifications/templates")
    @Operation(summary = "Message templates by event and channel (ADMIN)")
    List<MessageTemplate> templates() {
        return notifications.templates();
    }

    @PutMapping("/api/v1/notifications/templates/{event}/{channel}")
    @Operation(summary = "Change a template; placeholders {maHoSo} {nguoiNop} {thuTuc} {coQuan} {hanTra} {lyDo} {traCuu} (ADMIN)")
    MessageTemplate update(@PathVariable String event, @PathVariable NotificationChannel channel, @Valid @RequestBody TemplateBody body) {
        return notifications.updateTemplate(event, channel, body.subject(), body.body(), body.enabled() == null || body.enabled());
    }
}
