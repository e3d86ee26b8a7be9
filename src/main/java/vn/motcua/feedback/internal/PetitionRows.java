package vn.motcua.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.feedback.NewPetition;
import vn.motcua.feedback.PetitionAbout;
import vn.motcua.feedback.PetitionChannel;
import vn.motcua.feedback.PetitionStatus;
import vn.motcua.feedback.Upload;

/** Petitions and their files in the database. */
@Component
public class PetitionRows {

    /** A petition as stored; units and agencies are named by the caller. */
    public record Row(long id, String code, PetitionChannel channel, PetitionAbout about, long unitId, String senderName,
            String senderPhone, String senderEmail, String senderAddress, String subject, String content, PetitionStatus status,
            Long agencyId, Instant dueAt, String answer, Instant answeredAt, String answeredBy, boolean published,
            Instant receivedAt, String recordedBy, int version, int answerVersion, boolean everPublished) {
    }

    /** One version of a petition's answer, kept for good; {@code reason} says why it replaced the one before. */
    public record AnswerVersion(int version, String answer, Instant answeredAt, String answeredBy, String reason) {
    }

    /** A stored file. */
    public record File(long id, String name, String contentType, int size, byte[] content) {
    }

    private final JdbcClient jdbc;

    PetitionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String code, NewPetition p, long unitId, Instant dueAt, Instant receivedAt, String recordedBy) {
        return jdbc.sql("""
                insert into feedback_petition (code, channel, about, unit_id, sender_name, sender_phone, sender_email, sender_address,
                    subject, content, status, due_at, received_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?) returning id""")
                .params(code, p.channel().name(), p.about().name(), unitId, p.name(), p.phone(), p.email(), p.address(), p.subject(),
                        p.content(), utc(dueAt), utc(receivedAt), recordedBy).query(Long.class).single();
    }

    public void attach(long petitionId, Upload file) {
        jdbc.sql("insert into feedback_attachment (petition_id, name, content_type, size, content) values (?, ?, ?, ?, ?)")
                .params(petitionId, file.name(), file.contentType(), file.content().length, file.content()).update();
    }

    public Optional<Row> byCode(String code) {
        return jdbc.sql("select * from feedback_petition where code = ?").param(code).query((rs, n) -> row(rs)).optional();
    }

    public Optional<Row> lockByCode(String code) {
        return jdbc.sql("select * from feedback_petition where code = ? for update").param(code).query((rs, n) -> row(rs)).optional();
    }

    public List<Row> ofUnits(Collection<Long> unitIds, PetitionStatus status, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        var statement = jdbc.sql("select * from feedback_petition where unit_id in (:units)"
                + (status == null ? "" : " and status = :status") + " order by received_at desc, id desc limit :limit")
                .param("units", List.copyOf(unitIds)).param("limit", limit);
        if (status != null) {
            statement = statement.param("status", status.name());
        }
        return statement.query((rs, n) -> row(rs)).list();
    }

    public List<Row> published(int limit) {
        return jdbc.sql("select * from feedback_petition where published order by answered_at desc, id desc limit ?").param(limit)
                .query((rs, n) -> row(rs)).list();
    }

    public List<Row> receivedBetween(Collection<Long> unitIds, Instant start, Instant end) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from feedback_petition where unit_id in (:units) and received_at >= :start and received_at < :end"
                + " and status <> 'DISMISSED' order by received_at").param("units", List.copyOf(unitIds))
                .param("start", utc(start)).param("end", utc(end)).query((rs, n) -> row(rs)).list();
    }

    public List<File> files(long petitionId, boolean withContent) {
        return jdbc.sql("select id, name, content_type, size" + (withContent ? ", content" : "")
                + " from feedback_attachment where petition_id = ? order by id").param(petitionId)
                .query((rs, n) -> new File(rs.getLong("id"), rs.getString("name"), rs.getString("content_type"), rs.getInt("size"),
                        withContent ? rs.getBytes("content") : null)).list();
    }

    public void assign(long id, long agencyId, Instant dueAt) {
        jdbc.sql("update feedback_petition set status = 'ASSIGNED', agency_id = ?, due_at = ?, version = version + 1 where id = ?")
                .params(agencyId, utc(dueAt), id).update();
    }

    /** A new version of the answer, kept beside the earlier ones, and made the petition's current answer. */
    public int answer(long id, String answer, Instant at, String by, String reason) {
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from feedback_petition_answer where petition_id = ?").param(id)
                .query(Integer.class).single();
        jdbc.sql("insert into feedback_petition_answer (petition_id, version, answer, answered_at, answered_by, reason) values (?, ?, ?, ?, ?, ?)")
                .params(id, next, answer, utc(at), by, reason).update();
        jdbc.sql("update feedback_petition set status = 'ANSWERED', answer = ?, answered_at = ?, answered_by = ?, answer_version = ?,"
                + " version = version + 1 where id = ?").params(answer, utc(at), by, next, id).update();
        return next;
    }

    /** The versions of a petition's answer, first to last. */
    public List<AnswerVersion> answers(long id) {
        return jdbc.sql("select version, answer, answered_at, answered_by, reason from feedback_petition_answer where petition_id = ?"
                + " order by version").param(id).query((rs, n) -> new AnswerVersion(rs.getInt("version"), rs.getString("answer"),
                        instant(rs, "answered_at"), rs.getString("answered_by"), rs.getString("reason"))).list();
    }

    public void publish(long id, boolean published) {
        jdbc.sql("update feedback_petition set published = ?, ever_published = ever_published or ?, version = version + 1 where id = ?")
                .params(published, published, id).update();
    }

    public void dismiss(long id, String reason, Instant at, String by) {
        jdbc.sql("update feedback_petition set status = 'DISMISSED', answer = ?, answered_at = ?, answered_by = ?, published = false,"
                + " version = version + 1 where id = ?").params(reason, utc(at), by, id).update();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Long agency = rs.getObject("agency_id", Long.class);
        return new Row(rs.getLong("id"), rs.getString("code"), PetitionChannel.valueOf(rs.getString("channel")),
                PetitionAbout.valueOf(rs.getString("about")), rs.getLong("unit_id"), rs.getString("sender_name"),
                rs.getString("sender_phone"), rs.getString("sender_email"), rs.getString("sender_address"), rs.getString("subject"),
                rs.getString("content"), PetitionStatus.valueOf(rs.getString("status")), agency,
                instant(rs, "due_at"), rs.getString("answer"), instant(rs, "answered_at"), rs.getString("answered_by"),
                rs.getBoolean("published"), instant(rs, "received_at"), rs.getString("recorded_by"), rs.getInt("version"),
                rs.getInt("answer_version"), rs.getBoolean("ever_published"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
