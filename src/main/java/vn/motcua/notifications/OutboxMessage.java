package vn.motcua.notifications;

import java.time.Instant;

/** A message in the outbox, as the administrators' page shows it. */
public record OutboxMessage(long id, String event, NotificationChannel channel, String reference, String recipient, String subject,
        String body, MessageStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}
