package vn.motcua.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.feedback.Dialogue;
import vn.motcua.feedback.DialogueAudience;
import vn.motcua.feedback.NewDialogue;

/** Dialogues and the issues raised at them, in the database. */
@Component
public class DialogueRows {

    /** A dialogue as stored. */
    public record Row(long id, long unitId, LocalDate heldOn, String title, DialogueAudience audience, String chairedBy,
            int participants, String notes, String chairAccount, String chairAgency) {
    }

    private final JdbcClient jdbc;

    DialogueRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the dialogue, its chair as given (the account and its agency's name, or null for a typed name). */
    public long insert(long unitId, NewDialogue d, String chairAgency, String by, Instant at) {
        long id = jdbc.sql("""
                insert into feedback_dialogue (unit_id, held_on, title, audience, chaired_by, participants, notes, recorded_by, recorded_at,
                    chair_account, chair_agency)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""").params(unitId, d.heldOn(), d.title(), d.audience().name(),
                d.chairedBy(), d.participants(), d.notes(), by, at.atOffset(ZoneOffset.UTC), d.chairAccount(), chairAgency)
                .query(Long.class).single();
        for (String issue : d.issues()) {
            jdbc.sql("insert into feedback_dialogue_issue (dialogue_id, issue) values (?, ?)").params(id, issue).update();
        }
        return id;
    }

    public List<Row> between(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from feedback_dialogue where unit_id in (:units) and held_on between :from and :to"
                + " order by held_on desc, id desc").param("units", List.copyOf(unitIds)).param("from", from).param("to", to)
                .query((rs, n) -> row(rs)).list();
    }

    public Optional<Row> byId(long id) {
        return jdbc.sql("select * from feedback_dialogue where id = ?").param(id).query((rs, n) -> row(rs)).optional();
    }

    public List<Dialogue.Issue> issues(long dialogueId) {
        return jdbc.sql("select * from feedback_dialogue_issue where dialogue_id = ? order by id").param(dialogueId)
                .query((rs, n) -> new Dialogue.Issue(rs.getLong("id"), rs.getString("issue"), rs.getString("response"),
                        rs.getObject("resolved_on", LocalDate.class))).list();
    }

    public int followUp(long dialogueId, long issueId, String response, LocalDate resolvedOn) {
        return jdbc.sql("update feedback_dialogue_issue set response = ?, resolved_on = ? where id = ? and dialogue_id = ?")
                .params(response, resolvedOn, issueId, dialogueId).update();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getLong("unit_id"), rs.getObject("held_on", LocalDate.class), rs.getString("title"),
                DialogueAudience.valueOf(rs.getString("audience")), rs.getString("chaired_by"), rs.getInt("participants"),
                rs.getString("notes"), rs.getString("chair_account"), rs.getString("chair_agency"));
    }
}
