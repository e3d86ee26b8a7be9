package vn.motcua.reformindex.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.reformindex.Evidence;
import vn.motcua.reformindex.ScorecardStatus;

/** The scorecards, their scores and their evidence as stored. */
@Repository
public class ScorecardRows {

    /** A scorecard's own row. */
    public record Card(long id, long setId, int year, String subjectCode, String subjectName, long unitId, Long agencyId,
            ScorecardStatus status, BigDecimal surveyScore, BigDecimal finalScore, String classification) {
    }

    /** One criterion's stored scores. */
    public record Score(String key, BigDecimal figure, BigDecimal selfScore, String comment, BigDecimal appraisedScore,
            String appraisalReason, String answer) {
    }

    private static final String CARD = """
            select id, set_id, year, subject_code, subject_name, unit_id, agency_id, status, survey_score, final_score, classification
            from reformindex_scorecard""";

    private final JdbcClient jdbc;

    ScorecardRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Card> find(int year, String subjectCode) {
        return jdbc.sql(CARD + " where year = ? and subject_code = ?").params(year, subjectCode).query((rs, i) -> card(rs)).optional();
    }

    /** Every scorecard of a year, by name. */
    public List<Card> ofYear(int year) {
        return jdbc.sql(CARD + " where year = ? order by subject_name").param(year).query((rs, i) -> card(rs)).list();
    }

    /** The published scorecards of a year. */
    public List<Card> published(int year) {
        return jdbc.sql(CARD + " where year = ? and status = 'PUBLISHED'").param(year).query((rs, i) -> card(rs)).list();
    }

    /** The unit's last scorecard published for a year before the given one. */
    public Optional<Card> lastPublished(String subjectCode, int beforeYear) {
        return jdbc.sql(CARD + " where subject_code = ? and year < ? and status = 'PUBLISHED' order by year desc limit 1")
                .params(subjectCode, beforeYear).query((rs, i) -> card(rs)).optional();
    }

    /** Every index of the unit published so far, the earliest year first: the unit's trend over the years. */
    public List<Card> published(String subjectCode) {
        return jdbc.sql(CARD + " where subject_code = ? and status = 'PUBLISHED' order by year").param(subjectCode)
                .query((rs, i) -> card(rs)).list();
    }

    /** A published scorecard's place among those published under the same set: 1 + how many scored higher, of how many. */
    public record Place(int rank, int ranked) {
    }

    public Place place(Card card) {
        return jdbc.sql("""
                select 1 + count(*) filter (where final_score > ?), count(*) from reformindex_scorecard
                where set_id = ? and status = 'PUBLISHED'""").params(card.finalScore(), card.setId())
                .query((rs, i) -> new Place(rs.getInt(1), rs.getInt(2))).single();
    }

    /** The scorecard of the year and unit, made a draft the first time a unit writes to it; concurrent first writes meet on the key. */
    public Card open(long setId, int year, String subjectCode, String subjectName, long unitId, Long agencyId) {
        jdbc.sql("""
                insert into reformindex_scorecard (set_id, year, subject_code, subject_name, unit_id, agency_id, status)
                values (?, ?, ?, ?, ?, ?, 'DRAFT') on conflict (year, subject_code) do nothing""")
                .params(setId, year, subjectCode, subjectName, unitId, agencyId).update();
        return find(year, subjectCode).orElseThrow();
    }

    /** Moves a scorecard from one status to the next; false when it was no longer in the expected one. */
    public boolean move(long id, ScorecardStatus from, ScorecardStatus to, Instant at) {
        String stamp = to == ScorecardStatus.SUBMITTED ? ", submitted_at = ?" : to == ScorecardStatus.PUBLISHED ? ", published_at = ?" : "";
        var statement = jdbc.sql("update reformindex_scorecard set status = ?" + stamp + " where id = ? and status = ?").param(to.name());
        if (!stamp.isEmpty()) {
            statement = statement.param(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        }
        return statement.param(id).param(from.name()).update() == 1;
    }

    public void survey(long id, BigDecimal score) {
        jdbc.sql("update reformindex_scorecard set survey_score = ? where id = ?").params(score, id).update();
    }

    public void result(long id, BigDecimal finalScore, String classification) {
        jdbc.sql("update reformindex_scorecard set final_score = ?, classification = ? where id = ?").params(finalScore, classification, id)
                .update();
    }

    public Map<String, Score> scores(long cardId) {
        Map<String, Score> scores = new HashMap<>();
        jdbc.sql("""
                select criterion_key, figure, self_score, comment, appraised_score, appraisal_reason, answer
                from reformindex_score where scorecard_id = ?""").param(cardId)
                .query((rs, i) -> new Score(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4), rs.getBigDecimal(5),
                        rs.getString(6), rs.getString(7)))
                .list().forEach(score -> scores.put(score.key(), score));
        return scores;
    }

    public void selfScore(long cardId, String key, BigDecimal figure, BigDecimal score, String comment) {
        jdbc.sql("""
                insert into reformindex_score (scorecard_id, criterion_key, figure, self_score, comment) values (?, ?, ?, ?, ?)
                on conflict (scorecard_id, criterion_key) do update set figure = excluded.figure, self_score = excluded.self_score,
                    comment = excluded.comment""").params(cardId, key, figure, score, comment).update();
    }

    public void appraise(long cardId, String key, BigDecimal score, String reason) {
        jdbc.sql("""
                insert into reformindex_score (scorecard_id, criterion_key, appraised_score, appraisal_reason) values (?, ?, ?, ?)
                on conflict (scorecard_id, criterion_key) do update set appraised_score = excluded.appraised_score,
                    appraisal_reason = excluded.appraisal_reason""").params(cardId, key, score, reason).update();
    }

    /** Records the unit's answer to an appraisal, once: false when it had already answered. */
    public boolean answer(long cardId, String key, String answer) {
        return jdbc.sql("update reformindex_score set answer = ? where scorecard_id = ? and criterion_key = ? and answer is null")
                .params(answer, cardId, key).update() == 1;
    }

    public Map<String, List<Evidence>> evidence(long cardId) {
        Map<String, List<Evidence>> evidence = new HashMap<>();
        jdbc.sql("select id, criterion_key, name, file_id, document_id from reformindex_evidence where scorecard_id = ? order by id")
                .param(cardId)
                .query((rs, i) -> Map.entry(rs.getString(2), new Evidence(rs.getLong(1), rs.getString(3), (Long) rs.getObject(4),
                        (Long) rs.getObject(5))))
                .list().forEach(e -> evidence.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return evidence;
    }

    public long addEvidence(long cardId, String key, String name, Long fileId, Long documentId) {
        return jdbc.sql("""
                insert into reformindex_evidence (scorecard_id, criterion_key, name, file_id, document_id) values (?, ?, ?, ?, ?)
                returning id""").params(cardId, key, name, fileId, documentId).query(Long.class).single();
    }

    private static Card card(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Card(rs.getLong("id"), rs.getLong("set_id"), rs.getInt("year"), rs.getString("subject_code"), rs.getString("subject_name"),
                rs.getLong("unit_id"), (Long) rs.getObject("agency_id"), ScorecardStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("survey_score"), rs.getBigDecimal("final_score"), rs.getString("classification"));
    }
}
