package vn.motcua.reformindex.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.reformindex.Criterion;
import vn.motcua.reformindex.IndexSet;
import vn.motcua.reformindex.SubjectKind;

/** The index sets and their criteria as stored. */
@Repository
public class SetRows {

    private static final String SET = """
            select id, year, subject_kind, title, source, survey_max, excellent_from, good_from, fair_from, average_from, version
            from reformindex_set""";

    private final JdbcClient jdbc;

    SetRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<IndexSet> all() {
        return jdbc.sql(SET + " order by year desc, subject_kind").query((rs, i) -> set(rs)).list();
    }

    public Optional<IndexSet> find(int year, SubjectKind kind) {
        return jdbc.sql(SET + " where year = ? and subject_kind = ?").params(year, kind.name()).query((rs, i) -> set(rs)).optional();
    }

    public Optional<IndexSet> byId(long id) {
        return jdbc.sql(SET + " where id = ?").param(id).query((rs, i) -> set(rs)).optional();
    }

    /** Whether any unit has a scorecard under the set: from then on the set is fixed. */
    public boolean started(long setId) {
        return jdbc.sql("select exists (select 1 from reformindex_scorecard where set_id = ?)").param(setId).query(Boolean.class).single();
    }

    /** Changes one criterion's wording, maximum and scale, and the set's version; false when another edit came first. */
    public boolean updateCriterion(long setId, int version, String key, String label, BigDecimal max, String scale,
            boolean evidenceRequired) {
        int sets = jdbc.sql("update reformindex_set set version = version + 1 where id = ? and version = ?").params(setId, version).update();
        if (sets == 0) {
            return false;
        }
        return jdbc.sql("""
                update reformindex_criterion set label = ?, max_points = ?, scale = ?, evidence_required = ?
                where set_id = ? and key = ?""").params(label, max, scale, evidenceRequired, setId, key).update() == 1;
    }

    /** Changes the survey's points and the classification thresholds, and the set's version; false when another edit came first. */
    public boolean updateThresholds(long setId, int version, BigDecimal surveyMax, BigDecimal excellentFrom, BigDecimal goodFrom,
            BigDecimal fairFrom, BigDecimal averageFrom) {
        return jdbc.sql("""
                update reformindex_set set survey_max = ?, excellent_from = ?, good_from = ?, fair_from = ?, average_from = ?,
                    version = version + 1
                where id = ? and version = ?""").params(surveyMax, excellentFrom, goodFrom, fairFrom, averageFrom, setId, version)
                .update() == 1;
    }

    private IndexSet set(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("id");
        return new IndexSet(id, rs.getInt("year"), SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("title"),
                rs.getString("source"), rs.getBigDecimal("survey_max"), rs.getBigDecimal("excellent_from"), rs.getBigDecimal("good_from"),
                rs.getBigDecimal("fair_from"), rs.getBigDecimal("average_from"), rs.getInt("version"), criteria(id));
    }

    private List<Criterion> criteria(long setId) {
        return jdbc.sql("""
                select key, parent_key, position, label, max_points, rule, measure, filters, per_measure, per_filters, scale, evidence_required
                from reformindex_criterion where set_id = ? order by position""").param(setId)
                .query((rs, i) -> new Criterion(rs.getString("key"), rs.getString("parent_key"), rs.getInt("position"), rs.getString("label"),
                        rs.getBigDecimal("max_points"), Criterion.Rule.valueOf(rs.getString("rule")), rs.getString("measure"),
                        rs.getString("filters"), rs.getString("per_measure"), rs.getString("per_filters"), rs.getString("scale"),
                        rs.getBoolean("evidence_required")))
                .list();
    }
}
