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
 * Writes an event's messages into the outbox, one per channel that has a recipient and an enabled
 * template, inside the caller's transaction, and wakes the dispatcher once that transaction has
 * committed. A channel that is not configured keeps its message as SKIPPED, so the administrators see
 * what would have gone out.
 */
@Component
class OutboxWriter {

    private final Outbox outbox;
    private final List<Courier> couriers;
    private final Dispatcher dispatcher;
    private final Clock clock;

    OutboxWriter(Outbox outbox, List<Courier> couriers, Dispatcher dispatcher, Clock clock) {
        this.outbox = outbox;
        this.couriers = couriers;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** The templates of the event filled with the values, to each channel's recipient (null or blank: none on that channel). */
    void write(String event, String reference, Map<NotificationChannel, String> recipients, Map<String, String> values) {
        boolean toSend = false;
        for (Courier courier : couriers) {
            String recipient = recipients.get(courier.channel());
            if (recipient == null || recipient.isBlank()) {
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
            outbox.add(event, courier.channel(), reference, recipient.trim(), subject, body,
                    courier.configured() ? MessageStatus.PENDING : MessageStatus.SKIPPED, clock.instant());
            toSend |= courier.configured();
        }
        // A message kept as SKIPPED (its channel is not configured) has nothing to send: no round for it.
        if (toSend) {
            wakeDispatcherAfterCommit();
        }
    }

    /**
     * A plain synchronisation rather than a transactional event listener: the events carry personal
     * data (and a confirmation code), which must not be copied into the event publication registry.
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
