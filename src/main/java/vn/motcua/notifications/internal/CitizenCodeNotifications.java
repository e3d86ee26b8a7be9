package vn.motcua.notifications.internal;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.notifications.NotificationChannel;
import vn.motcua.portal.ConfirmationCodeIssued;

/**
 * Sends a citizen the one-time code that confirms its registration, by e-mail and, where SMS is
 * configured, to its phone, with the templates administrators edit like the others. Written in the
 * transaction that issued the code, so a registration that fails sends nothing.
 */
@Component
class CitizenCodeNotifications {

    static final String EVENT = "citizen.confirmation-code";

    private final OutboxWriter writer;

    CitizenCodeNotifications(OutboxWriter writer) {
        this.writer = writer;
    }

    @EventListener
    void write(ConfirmationCodeIssued issued) {
        Map<NotificationChannel, String> recipients = new EnumMap<>(NotificationChannel.class);
        recipients.put(NotificationChannel.EMAIL, issued.email());
        recipients.put(NotificationChannel.SMS, issued.phone());
        writer.write(EVENT, issued.reference(), recipients, Map.of("nguoiNop", issued.fullName(), "maXacNhan", issued.code(),
                "hieuLuc", String.valueOf(issued.validFor().toMinutes())));
    }
}
