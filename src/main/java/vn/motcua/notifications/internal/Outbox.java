package vn.motcua.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.notifications.MessageStatus;
import vn.motcua.notifications.MessageTemplate;
import vn.motcua.notifications.NotificationChannel;
import vn.motcua.notifications.OutboxMessage;

/** The outbox and the templates in the database. */
@Component
public class Outbox {

    private static final String COLUMNS = "id, event, channel, reference, recipient, subject, body, status, attempts, "
            + "next_attempt_at, last_error, created_at, sent_at";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MessageTemplate> templates() {
        return jdbc.sql("select * from notifications_template order by event, channel").query((rs, n) -> template(rs)).list();
    }

    public Optional<MessageTemplate> template(String event, NotificationChannel channel) {
        return jdbc.sql("select * from notifications_template where event = ? and channel = ?").params(event, channel.name())
                .query((rs, n) -> template(rs)).optional();
    }

    public int updateTemplate(MessageTemplate template) {
        return jdbc.sql("""
                update notifications_template set subject = ?, body = ?, enabled = ?, updated_at = ?, updated_by = ?
                where event = ? and channel = ?""").params(template.subject(), template.body(), template.enabled(),
                utc(template.updatedAt()), template.updatedBy(), template.event(), template.channel().name()).update();
    }

    public void add(String event, NotificationChannel channel, String reference, String recipient, String subject, String body,
            MessageStatus status, Instant now) {
        jdbc.sql("""
                insert into notifications_message (event, channel, reference, recipient, subject, body, status, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(event, channel.name(), reference, recipient, subject, body,
                status.name(), utc(now), utc(now)).update();
    }

    /** Locks up to {@code limit} messages due now; other instances skip them until this transaction ends. */
    public List<OutboxMessage> claimDue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notifications_message where status = 'PENDING' and next_attempt_at <= ?"
                + " order by next_attempt_at, id limit ? for update skip locked").params(utc(now), limit)
                .query((rs, n) -> message(rs)).list();
    }

    public void sent(long id, Instant at) {
        jdbc.sql("update notifications_message set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null"
                + " where id = ?").params(utc(at), id).update();
    }

    public void failed(long id, String error, Instant nextAttempt, boolean giveUp) {
        jdbc.sql("update notifications_message set status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
                + " where id = ?").params(giveUp ? "FAILED" : "PENDING", error, utc(nextAttempt), id).update();
    }

    /** Puts a failed or skipped message back in the queue, due now. */
    public int requeue(long id, Instant now) {
        return jdbc.sql("update notifications_message set status = 'PENDING', next_attempt_at = ? where id = ?"
                + " and status in ('FAILED', 'SKIPPED')").params(utc(now), id).update();
    }

    public Optional<OutboxMessage> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notifications_message where id = ?").param(id).query((rs, n) -> message(rs))
                .optional();
    }

    public List<OutboxMessage> messages(MessageStatus status, String reference, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from notifications_message where true");
        if (status != null) {
            sql.append(" and status = :status");
        }
        if (reference != null) {
            sql.append(" and reference = :reference");
        }
        var statement = jdbc.sql(sql.append(" order by created_at desc, id desc limit :limit").toString()).param("limit", limit);
        if (status != null) {
            statement = statement.param("status", status.name());
        }
        if (reference != null) {
            statement = statement.param("reference", reference);
        }
        return statement.query((rs, n) -> message(rs)).list();
    }

    private static MessageTemplate template(ResultSet rs) throws SQLException {
        return new MessageTemplate(rs.getString("event"), NotificationChannel.valueOf(rs.getString("channel")), rs.getString("subject"),
                rs.getString("body"), rs.getBoolean("enabled"), instant(rs, "updated_at"), rs.getString("updated_by"));
    }

    private static OutboxMessage message(ResultSet rs) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("event"), NotificationChannel.valueOf(rs.getString("channel")),
                rs.getString("reference"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
