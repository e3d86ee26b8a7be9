package vn.motcua.feedback.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.feedback.Scores;
import vn.motcua.feedback.SurveyForm;

/** The survey answers in the database. */
@Component
public class SurveyRows {

    /** An answer as stored; agencies are named by the caller. */
    public record Row(long id, long agencyId, long unitId, String dossierCode, SurveyForm form, Scores scores, String comment,
            Instant answeredAt, String enteredBy) {
    }

    private final JdbcClient jdbc;

    SurveyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An answer to store. */
    public record NewAnswer(long agencyId, long unitId, String dossierCode, SurveyForm form, Scores scores, String comment,
            Instant answeredAt, String enteredBy) {
    }

    /**
     * Stores many answers in one statement, in their order, each skipped if its dossier was answered already: months of the
     * demo's answers, some 650, which one statement each kept waiting on a round trip apiece.
     */
    public void insertAll(List<NewAnswer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        int n = answers.size();
        Long[] agencies = new Long[n];
        Long[] units = new Long[n];
        String[] dossiers = new String[n];
        String[] forms = new String[n];
        Integer[][] scores = new Integer[4][n];
        String[] comments = new String[n];
        String[] answeredAt = new String[n];
        String[] enteredBy = new String[n];
        for (int i = 0; i < n; i++) {
            NewAnswer a = answers.get(i);
            agencies[i] = a.agencyId();
            units[i] = a.unitId();
            dossiers[i] = a.dossierCode();
            forms[i] = a.form().name();
            scores[0][i] = a.scores().information();
            scores[1][i] = a.scores().timeliness();
            scores[2][i] = a.scores().attitude();
            scores[3][i] = a.scores().result();
            comments[i] = a.comment();
            answeredAt[i] = a.answeredAt().toString();
            enteredBy[i] = a.enteredBy();
        }
        jdbc.sql("""
                insert into feedback_survey (agency_id, unit_id, dossier_code, form, information, timeliness, attitude, result,
                    comment, answered_at, entered_by)
                select agency_id, unit_id, dossier_code, form, information, timeliness, attitude, result, comment, answered_at,
                    entered_by
                from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as int[]),
                    cast(? as int[]), cast(? as int[]), cast(? as int[]), cast(? as text[]), cast(? as timestamptz[]), cast(? as text[]))
                    with ordinality as answer(agency_id, unit_id, dossier_code, form, information, timeliness, attitude, result,
                        comment, answered_at, entered_by, position)
                order by position
                on conflict (dossier_code) do nothing""")
                .params(agencies, units, dossiers, forms, scores[0], scores[1], scores[2], scores[3], comments, answeredAt, enteredBy)
                .update();
    }

    public boolean answered(String dossierCode) {
        return jdbc.sql("select count(*) from feedback_survey where dossier_code = ?").param(dossierCode).query(Integer.class)
                .single() > 0;
    }

    public long insert(long agencyId, long unitId, String dossierCode, SurveyForm form, Scores scores, String comment,
            Instant answeredAt, String enteredBy) {
        return jdbc.sql("""
                insert into feedback_survey (agency_id, unit_id, dossier_code, form, information, timeliness, attitude, result,
                    comment, answered_at, entered_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (dossier_code) do nothing returning id""")
                .params(agencyId, unitId, dossierCode, form.name(), scores.information(), scores.timeliness(), scores.attitude(),
                        scores.result(), comment, answeredAt.atOffset(ZoneOffset.UTC), enteredBy)
                .query(Long.class).optional().orElse(-1L);
    }

    /** Answers of the units in [start, end), newest first. */
    public List<Row> between(Collection<Long> unitIds, Instant start, Instant end) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from feedback_survey where unit_id in (:units) and answered_at >= :start and answered_at < :end"
                + " order by answered_at desc, id desc").param("units", List.copyOf(unitIds))
                .param("start", start.atOffset(ZoneOffset.UTC)).param("end", end.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("unit_id"), rs.getString("dossier_code"),
                        SurveyForm.valueOf(rs.getString("form")), new Scores(rs.getInt("information"), rs.getInt("timeliness"),
                                rs.getInt("attitude"), rs.getInt("result")), rs.getString("comment"),
                        rs.getObject("answered_at", OffsetDateTime.class).toInstant(), rs.getString("entered_by")))
                .list();
    }
}
