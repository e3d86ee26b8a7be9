package vn.motcua.dossiers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-agency, per-day counts behind the dossier measures, moved in the same transaction as the
 * action that changes them.
 */
@Repository
public class DailyFigures {

    /** One count to add. */
    public record Increment(long agencyId, LocalDate day, String measure, String channel, String fieldCode, int value) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DailyFigures(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static final String UPSERT = """
            insert into dossiers_daily_figure (agency_id, day, measure, channel, field_code, value) values (?, ?, ?, ?, ?, ?)
            on conflict (agency_id, day, measure, channel, field_code)
            do update set value = dossiers_daily_figure.value + excluded.value""";

    public void add(Increment increment) {
        jdbc.sql(UPSERT).params(increment.agencyId(), increment.day(), increment.measure(), increment.channel(),
                increment.fieldCode(), increment.value()).update();
    }

    /** Many counts at once, already summed by key: the bulk import's path. */
    public void addAll(List<Increment> increments) {
        template.batchUpdate(UPSERT, increments, 1000, (ps, i) -> {
            ps.setLong(1, i.agencyId());
            ps.setObject(2, i.day());
            ps.setString(3, i.measure());
            ps.setString(4, i.channel());
            ps.setString(5, i.fieldCode());
            ps.setInt(6, i.value());
        });
    }

    /** Sums of a measure over agencies and days [from, to), by agency, channel and field. */
    public List<Map<String, Object>> sums(String measure, List<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return new ArrayList<>();
        }
        return jdbc.sql("""
                select agency_id, channel, field_code, sum(value) as total from dossiers_daily_figure
                where measure = :measure and agency_id in (:agencies) and day >= :from and day < :to
                group by agency_id, channel, field_code""")
                .param("measure", measure).param("agencies", agencyIds).param("from", from).param("to", to)
                .query().listOfRows();
    }
}
