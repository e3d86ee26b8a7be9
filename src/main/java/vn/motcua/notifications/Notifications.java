package vn.motcua.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.audit.AuditTrail;
import vn.motcua.notifications.internal.Dispatcher;
import vn.motcua.notifications.internal.MessageText;
import vn.motcua.notifications.internal.Outbox;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/** What administrators do with notifications: read the outbox, send a failed message again, edit the templates. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class Notifications {

    private final Outbox outbox;
    private final Dispatcher dispatcher;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    Notifications(Outbox outbox, Dispatcher dispatcher, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The latest messages, newest first, optionally of one status or one dossier. */
    @Transactional(readOnly = true)
    public List<OutboxMessage> messages(MessageStatus status, String reference, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "notifications.limit");
        }
        return outbox.messages(status, reference == null || reference.isBlank() ? null : reference.trim(), limit);
    }

    /** Puts a FAILED or SKIPPED message back in the queue and sends it now. */
    @Transactional
    public OutboxMessage retry(long id) {
        OutboxMessage message = outbox.find(id).orElseThrow(() -> new NotFoundException("notifications.not-found", id));
        if (outbox.requeue(id, clock.instant()) == 0) {
            throw new ConflictException("notifications.retry.status", message.status());
        }
        audit.record("notification.retry", "notification", String.valueOf(id), "Gửi lại thông báo " + id + " tới "
                + message.recipient(), Map.of("status", message.status().name()), Map.of("status", "PENDING"));
        TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        dispatcher.wakeUp();
                    }
                });
        return outbox.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<MessageTemplate> templates() {
        return outbox.templates();
    }

    /** Changes a template; a placeholder the system does not know is refused, naming it. */
    @Transactional
    public MessageTemplate updateTemplate(String event, NotificationChannel channel, String subject, String body, boolean enabled) {
        if (channel == null) {
            throw new InvalidInputException("channel", "notifications.channel.required");
        }
        MessageTemplate before = outbox.template(event, channel)
                .orElseThrow(() -> new NotFoundException("notifications.template.not-found", event, channel));
        String text = body == null ? "" : body.strip();
        String title = subject == null ? "" : subject.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("body", "notifications.template.body-required");
        }
        int max = channel == NotificationChannel.SMS ? 480 : 2000;
        if (text.length() > max) {
            throw new InvalidInputException("body", "notifications.template.body-long", max);
        }
        if (title.length() > 200) {
            throw new InvalidInputException("subject", "notifications.template.subject-long");
        }
        if (channel == NotificationChannel.EMAIL && title.isEmpty()) {
            throw new InvalidInputException("subject", "notifications.template.subject-required");
        }
        Set<String> unknown = MessageText.unknownPlaceholders(text + " " + title);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("body", "notifications.template.placeholder", String.join(", ", unknown),
                    String.join(", ", MessageText.PLACEHOLDERS.stream().sorted().map(p -> "{" + p + "}").toList()));
        }
        MessageTemplate after = new MessageTemplate(event, channel, title, text, enabled, clock.instant(), currentUser.username());
        outbox.updateTemplate(after);
        audit.record("notification.template", "notification-template", event + "/" + channel,
                "Sửa mẫu thông báo " + event + " (" + channel + ")", before, after);
        return outbox.template(event, channel).orElseThrow();
    }
}
