package vn.motcua.serviceindex.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The index sets in the database, read whole: a set is a few dozen rows. */
@Component
public class IndexSetRows {

    private final JdbcClient jdbc;

    IndexSetRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The set in force on the day: the latest to take effect by then that has not ended. */
    public Optional<IndexDefinition> inForceOn(LocalDate day) {
        return jdbc.sql("""
                select code from serviceindex_set where effective_from <= :day and (effective_to is null or effective_to >= :day)
                order by effective_from desc limit 1""").param("day", day).query(String.class).optional().map(this::read);
    }

    private IndexDefinition read(String code) {
        record SetRow(String code, String title, String source, LocalDate effectiveFrom, LocalDate effectiveTo) {
        }
        SetRow set = jdbc.sql("select code, title, source, effective_from, effective_to from serviceindex_set where code = ?").param(code)
                .query((rs, n) -> new SetRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .single();
        List<Keyed> keyed = jdbc.sql("""
                select key, group_key, label, formula, max_points, kind, numerator, numerator_filters, denominator, denominator_filters
                from serviceindex_criterion where set_code = ? order by group_key, position""").param(code)
                .query((rs, n) -> new Keyed(rs.getString("group_key"), new IndexDefinition.Criterion(rs.getString("key"),
                        rs.getString("label"), rs.getString("formula"), rs.getBigDecimal("max_points"),
                        IndexDefinition.Kind.valueOf(rs.getString("kind")), rs.getString("numerator"), rs.getString("numerator_filters"),
                        rs.getString("denominator"), rs.getString("denominator_filters"))))
                .list();
        List<IndexDefinition.Group> groups = jdbc.sql("select key, label, max_points from serviceindex_group where set_code = ? order by position")
                .param(code).query((rs, n) -> {
                    String key = rs.getString("key");
                    return new IndexDefinition.Group(key, rs.getString("label"), rs.getBigDecimal("max_points"),
                            keyed.stream().filter(k -> k.group().equals(key)).map(Keyed::criterion).toList());
                }).list();
        return new IndexDefinition(set.code(), set.title(), set.source(), set.effectiveFrom(), set.effectiveTo(), groups);
    }

    private record Keyed(String group, IndexDefinition.Criterion criterion) {
    }
}
