package vn.motcua.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.notifications.MessageStatus;
import vn.motcua.notifications.MessageTemplate;
import vn.motcua.notifications.NotificationChannel;

/**
 * Writes the messages of one event to an applicant — an e-mail and an SMS, each from its enabled
 * template with the placeholders filled — into the outbox, inside the caller's transaction, and wakes
 * the dispatcher once that transaction has committed.
 */
@Component
class ApplicantMessages {

    private final Outbox outbox;
    private final List<Courier> couriers;
    private final Dispatcher dispatcher;
    private final Clock clock;

    ApplicantMessages(Outbox outbox, List<Courier> couriers, Dispatcher dispatcher, Clock clock) {
        this.outbox = outbox;
        this.couriers = couriers;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** The event's messages to the e-mail address and the phone given (either may be missing). */
    void write(String event, String reference, String email, String phone, Map<String, String> values) {
        boolean toSend = false;
        for (Courier courier : couriers) {
            String value = courier.channel() == NotificationChannel.EMAIL ? email : phone;
            if (value == null || value.isBlank()) {
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
            outbox.add(event, courier.channel(), reference, value.trim(), subject, body,
                    courier.configured() ? MessageStatus.PENDING : MessageStatus.SKIPPED, clock.instant());
            toSend |= courier.configured();
        }
        // A message kept as SKIPPED (its channel is not configured) has nothing to send: no round for it.
        if (toSend) {
            wakeDispatcherAfterCommit();
        }
    }

    /**
     * A plain synchronisation rather than a transactional event listener: the events carry the
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
}
