package vn.motcua.notifications;

import java.time.Instant;

/** Mẫu tin nhắn for one event and channel; the subject is used by e-mail only. */
public record MessageTemplate(String event, NotificationChannel channel, String subject, String body, boolean enabled,
        Instant updatedAt, String updatedBy) {
}
