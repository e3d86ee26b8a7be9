package vn.motcua.notifications.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.DossierActed;
import vn.motcua.notifications.MessageStatus;
import vn.motcua.notifications.MessageTemplate;
import vn.motcua.notifications.NotificationChannel;
import vn.motcua.shared.VietnameseFormat;

/**
 * Turns the dossier actions an applicant must hear about into outbox messages, inside the
 * action's own transaction (the listener runs synchronously), and wakes the dispatcher once the
 * action has committed.
 */
@Component
class DossierNotifications {

    private static final Map<ActionKind, String> EVENTS = Map.of(ActionKind.RECEIVE, "dossier.received",
            ActionKind.REQUEST_SUPPLEMENT, "dossier.supplement-requested", ActionKind.APOLOGIZE, "dossier.apologized",
            ActionKind.COMPLETE, "dossier.result-ready", ActionKind.RETURN_RESULT, "dossier.result-returned");

    private final Outbox outbox;
    private final List<Courier> couriers;
    private final Dispatcher dispatcher;
    private final VietnameseFormat format;
    private final Clock clock;
    private final String publicUrl;

    DossierNotifications(Outbox outbox, List<Courier> couriers, Dispatcher dispatcher, VietnameseFormat format, Clock clock,
            @Value("${motcua.public-url}") String publicUrl) {
        this.outbox = outbox;
        this.couriers = couriers;
        this.dispatcher = dispatcher;
        this.format = format;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @EventListener
    void write(DossierActed acted) {
        String event = EVENTS.get(acted.action());
        if (event == null) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        values.put("maHoSo", acted.code());
        values.put("nguoiNop", acted.applicant().name());
        values.put("thuTuc", acted.procedureName());
        values.put("coQuan", acted.agencyName());
        values.put("hanTra", acted.dueAt() == null ? "" : format.dateTime(acted.dueAt()));
        values.put("lyDo", acted.reason() == null ? "" : acted.reason());
        values.put("traCuu", publicUrl + "/public/dossiers?code=" + acted.code());
        boolean toSend = false;
        for (Courier courier : couriers) {
            String recipient = recipient(courier.channel(), acted);
            if (recipient == null) {
                continue;
            }
            Optional<MessageTemplate> template = outbox.template(event, courier.channel()).filter(MessageTemplate::enabled);
            if (template.isEmpty()) {
                continue;
            }
            String body = MessageText.fill(template.get().body(), values);
            String subject = MessageText.fill(template.get().subject(), values);
            if (courier.channel() == NotificationChannel.SMS) {
                body = MessageText.ascii(body);
            }
            outbox.add(event, courier.channel(), acted.code(), recipient, subject, body,
                    courier.configured() ? MessageStatus.PENDING : MessageStatus.SKIPPED, clock.instant());
            toSend |= courier.configured();
        }
        // A message kept as SKIPPED (its channel is not configured) has nothing to send: no round for it.
        if (toSend) {
            wakeDispatcherAfterCommit();
        }
    }

    /**
     * A plain synchronisation rather than a transactional event listener: the event carries the
     * applicant's personal data, which must not be copied into the event publication registry.
     */
    private void wakeDispatcherAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wakeUp();
                }
            });
        } else {
            dispatcher.wakeUp();
        }
    }

    private static String recipient(NotificationChannel channel, DossierActed acted) {
        String value = channel == NotificationChannel.EMAIL ? acted.applicant().email() : acted.applicant().phone();
        return value == null || value.isBlank() ? null : value.trim();
    }
}
