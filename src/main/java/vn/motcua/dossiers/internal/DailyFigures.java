package vn.motcua.dossiers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-agency counts behind the dossier measures, by day and by half month (days 1–14, 15 to the
 * end), moved in the same transaction as the action that changes them. A window is read from the half
 * months it covers whole and the days of its ragged ends.
 */
@Repository
public class DailyFigures {

    /** One count to add. */
    public record Increment(long agencyId, LocalDate day, String measure, String channel, String fieldCode, int value) {
    }

    /** The order in which a batch writes its counts, so that two batches at once lock their rows the same way round. */
    public static final Comparator<Increment> LOCK_ORDER = Comparator.comparingLong(Increment::agencyId)
            .thenComparing(Increment::day).thenComparing(Increment::measure).thenComparing(Increment::channel)
            .thenComparing(Increment::fieldCode);

    /** A window's sum for one measure, agency, channel and field. */
    public record Sum(String measure, long agencyId, String channel, String fieldCode, long value) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DailyFigures(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static final String DAY_UPSERT = """
            insert into dossiers_daily_figure (agency_id, day, measure, channel, field_code, value) values (?, ?, ?, ?, ?, ?)
            on conflict (agency_id, day, measure, channel, field_code)
            do update set value = dossiers_daily_figure.value + excluded.value""";

    private static final String HALF_MONTH_UPSERT = """
            insert into dossiers_half_month_figure (agency_id, half_start, measure, channel, field_code, value)
            values (?, ?, ?, ?, ?, ?)
            on conflict (agency_id, half_start, measure, channel, field_code)
            do update set value = dossiers_half_month_figure.value + excluded.value""";

    /** Both counts in one statement, so an action pays one round trip for them. */
    private static final String UPSERT = "with day_count as (" + DAY_UPSERT + ") " + HALF_MONTH_UPSERT;

    public void add(Increment increment) {
        jdbc.sql(UPSERT).params(increment.agencyId(), increment.day(), increment.measure(), increment.channel(),
                increment.fieldCode(), increment.value(), increment.agencyId(), halfStart(increment.day()), increment.measure(),
                increment.channel(), increment.fieldCode(), increment.value()).update();
    }

    /**
     * Many counts at once, already summed by key: the bulk import's path. The half-month counts are
     * summed here too, so each of their rows is written once per batch.
     */
    public void addAll(List<Increment> increments) {
        batch(DAY_UPSERT, increments);
        Map<Increment, Integer> halves = new HashMap<>();
        for (Increment i : increments) {
            halves.merge(new Increment(i.agencyId(), halfStart(i.day()), i.measure(), i.channel(), i.fieldCode(), 0), i.value(),
                    Integer::sum);
        }
        batch(HALF_MONTH_UPSERT, halves.entrySet().stream().map(e -> new Increment(e.getKey().agencyId(), e.getKey().day(),
                e.getKey().measure(), e.getKey().channel(), e.getKey().fieldCode(), e.getValue())).sorted(LOCK_ORDER).toList());
    }

    private void batch(String upsert, List<Increment> increments) {
        template.batchUpdate(upsert, increments, 1000, (ps, i) -> {
            ps.setLong(1, i.agencyId());
            ps.setObject(2, i.day());
            ps.setString(3, i.measure());
            ps.setString(4, i.channel());
            ps.setString(5, i.fieldCode());
            ps.setInt(6, i.value());
        });
    }

    /** The first day of the half month holding {@code day}: the 1st or the 15th. */
    static LocalDate halfStart(LocalDate day) {
        return day.withDayOfMonth(day.getDayOfMonth() < 15 ? 1 : 15);
    }

    /** The first half-month start on or after {@code day}. */
    private static LocalDate halfStartOnOrAfter(LocalDate day) {
        LocalDate start = halfStart(day);
        return start.equals(day) ? day : start.getDayOfMonth() == 1 ? start.withDayOfMonth(15) : start.plusMonths(1).withDayOfMonth(1);
    }

    /**
     * Sums of every measure over agencies and days [from, to), by measure, agency, channel and field:
     * the half months inside the window whole, and the days before the first and after the last of them.
     */
    public List<Sum> window(List<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return new ArrayList<>();
        }
        LocalDate inner = halfStartOnOrAfter(from);
        LocalDate innerEnd = halfStart(to);
        if (!inner.isBefore(innerEnd)) {
            inner = to;
            innerEnd = to;
        }
        return jdbc.sql("""
                select measure, agency_id, channel, field_code, sum(value) as total from (
                    select measure, agency_id, channel, field_code, value from dossiers_daily_figure
                    where agency_id in (:agencies) and ((day >= :from and day < :inner) or (day >= :innerEnd and day < :to))
                    union all
                    select measure, agency_id, channel, field_code, value from dossiers_half_month_figure
                    where agency_id in (:agencies) and half_start >= :inner and half_start < :innerEnd
                ) counts
                group by measure, agency_id, channel, field_code""")
                .param("agencies", agencyIds).param("from", from).param("to", to).param("inner", inner).param("innerEnd", innerEnd)
                .query((rs, n) -> new Sum(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5))).list();
    }
}
