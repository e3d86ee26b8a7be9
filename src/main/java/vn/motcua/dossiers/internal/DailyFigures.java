package vn.motcua.dossiers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.dossiers.core.FigureMovement;

/**
 * The per-agency counts behind the dossier measures, by day and by half month (days 1–14, 15 to the
 * end), moved in the same transaction as the action that changes them. A window is read from the half
 * months it covers whole and the days of its ragged ends.
 */
@Repository
public class DailyFigures {

    /** One count to add: agency, day, measure, channel and field. */
    public record Increment(long agencyId, LocalDate day, String measure, String channel, String fieldCode, int value) {

        private Increment key() {
            return new Increment(agencyId, day, measure, channel, fieldCode, 0);
        }
    }

    /** The order in which counts are written, so that two transactions at once lock their rows the same way round. */
    private static final Comparator<Increment> LOCK_ORDER = Comparator.comparingLong(Increment::agencyId)
            .thenComparing(Increment::day).thenComparing(Increment::measure).thenComparing(Increment::channel)
            .thenComparing(Increment::fieldCode);

    /** A window's sum for one measure, agency, channel and field. */
    public record Sum(String measure, long agencyId, String channel, String fieldCode, long value) {
    }

    private final JdbcClient jdbc;

    DailyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String DAY_UPSERT = """
            insert into dossiers_daily_figure (agency_id, day, measure, channel, field_code, value) values %s
            on conflict (agency_id, day, measure, channel, field_code)
            do update set value = dossiers_daily_figure.value + excluded.value""";

    private static final String HALF_MONTH_UPSERT = """
            insert into dossiers_half_month_figure (agency_id, half_start, measure, channel, field_code, value) values %s
            on conflict (agency_id, half_start, measure, channel, field_code)
            do update set value = dossiers_half_month_figure.value + excluded.value""";

    private static final String ROW = "(?, ?, ?, ?, ?, ?)";

    /**
     * The day and half-month counts one change moves, in one statement, so an action pays one round
     * trip for them. A later publication ({@code REPUBLISHED}) is read from the movements themselves.
     */
    public void count(List<FigureMovement> movements) {
        List<Increment> days = sum(movements.stream().filter(FigureMovement::daily).map(DailyFigures::increment).toList());
        if (days.isEmpty()) {
            return;
        }
        List<Increment> halves = halves(days);
        List<Object> params = new ArrayList<>();
        days.forEach(i -> add(params, i));
        halves.forEach(i -> add(params, i));
        String sql = "with day_count as (" + DAY_UPSERT.formatted(rows(days.size())) + ") "
                + HALF_MONTH_UPSERT.formatted(rows(halves.size()));
        jdbc.sql(sql).params(params).update();
    }

    /**
     * Many dossiers' movements at once: the bulk import's path. Counts are summed by key first, so
     * each row is written once per batch, in lock order, and each table's rows go in one statement
     * whose values arrive as arrays: years of records touch tens of thousands of count rows.
     */
    public void countAll(List<FigureMovement> movements) {
        List<Increment> days = sum(movements.stream().filter(FigureMovement::daily).map(DailyFigures::increment).toList());
        upsertAll(DAY_UPSERT, days);
        upsertAll(HALF_MONTH_UPSERT, halves(days));
    }

    /**
     * The counts of every movement the dossiers hold, added in one statement: the path of an import into tables that held no
     * dossier before it, where the movements just written are all there are. PostgreSQL groups them where they lie — for the
     * demo's 57,000 dossiers well under a second against seconds of summing in Java and sending the sums back — and writes
     * the rows in the same lock order as {@link #countAll}. Count tables as empty as the dossiers' (they hold nothing but
     * movements counted) take plain inserts: checking each of 200,000 new rows for a conflict cost more than the grouping.
     */
    public void countEveryMovement() {
        boolean empty = jdbc.sql("select not exists (select 1 from dossiers_daily_figure) and not exists (select 1 from dossiers_half_month_figure)")
                .query(Boolean.class).single();
        // Grouping and ordering some 300,000 movements spill to disk in the default 4 MB; this one statement may hold them in memory.
        String workMemory = jdbc.sql("select current_setting('work_mem')").query(String.class).single();
        jdbc.sql("select set_config('work_mem', '64MB', true)").query(String.class).single();
        jdbc.sql("""
                with counted as materialized (
                    select m.agency_id, m.day, m.measure, d.channel, d.field_code, count(*)::int as value
                    from dossiers_movement m join dossiers_dossier d on d.id = m.dossier_id
                    where m.measure <> :republished
                    group by 1, 2, 3, 4, 5),
                day_count as (
                    insert into dossiers_daily_figure (agency_id, day, measure, channel, field_code, value)
                    select * from counted
                    order by agency_id, day, measure collate "C", channel collate "C", field_code collate "C"
                    %s)
                insert into dossiers_half_month_figure (agency_id, half_start, measure, channel, field_code, value)
                select agency_id, half_start, measure, channel, field_code, sum(value)::int
                from (select agency_id, measure, channel, field_code, value,
                             case when extract(day from day) < 15 then date_trunc('month', day)::date
                                  else date_trunc('month', day)::date + 14 end as half_start
                      from counted) halves
                group by agency_id, half_start, measure, channel, field_code
                order by agency_id, half_start, measure collate "C", channel collate "C", field_code collate "C"
                %s""".formatted(empty ? "" : """
                on conflict (agency_id, day, measure, channel, field_code)
                do update set value = dossiers_daily_figure.value + excluded.value""", empty ? "" : """
                on conflict (agency_id, half_start, measure, channel, field_code)
                do update set value = dossiers_half_month_figure.value + excluded.value"""))
                .param("republished", FigureMovement.Counted.REPUBLISHED.measure()).update();
        jdbc.sql("select set_config('work_mem', ?, true)").param(workMemory).query(String.class).single();
    }

    private static final String ROWS_FROM_ARRAYS = """
            select agency_id, day, measure, channel, field_code, value
            from unnest(cast(? as bigint[]), cast(? as date[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as int[]))
                with ordinality as counted(agency_id, day, measure, channel, field_code, value, position)
            order by position""";

    private void upsertAll(String upsert, List<Increment> increments) {
        if (increments.isEmpty()) {
            return;
        }
        int n = increments.size();
        Long[] agencies = new Long[n];
        String[] days = new String[n];
        String[] measures = new String[n];
        String[] channels = new String[n];
        String[] fields = new String[n];
        Integer[] values = new Integer[n];
        for (int i = 0; i < n; i++) {
            Increment increment = increments.get(i);
            agencies[i] = increment.agencyId();
            days[i] = increment.day().toString();
            measures[i] = increment.measure();
            channels[i] = increment.channel();
            fields[i] = increment.fieldCode();
            values[i] = increment.value();
        }
        jdbc.sql(upsert.replace("values %s", ROWS_FROM_ARRAYS)).params(agencies, days, measures, channels, fields, values).update();
    }

    private static Increment increment(FigureMovement m) {
        return new Increment(m.agencyId(), m.day(), m.counted().measure(), m.channel().name(), m.fieldCode(), 1);
    }

    private static List<Increment> sum(List<Increment> increments) {
        Map<Increment, Integer> sums = new HashMap<>();
        increments.forEach(i -> sums.merge(i.key(), i.value(), Integer::sum));
        return sums.entrySet().stream().map(e -> new Increment(e.getKey().agencyId(), e.getKey().day(), e.getKey().measure(),
                e.getKey().channel(), e.getKey().fieldCode(), e.getValue())).sorted(LOCK_ORDER).toList();
    }

    private static List<Increment> halves(List<Increment> days) {
        return sum(days.stream().map(i -> new Increment(i.agencyId(), halfStart(i.day()), i.measure(), i.channel(), i.fieldCode(),
                i.value())).toList());
    }

    private static String rows(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, ROW));
    }

    private static void add(List<Object> params, Increment i) {
        params.add(i.agencyId());
        params.add(i.day());
        params.add(i.measure());
        params.add(i.channel());
        params.add(i.fieldCode());
        params.add(i.value());
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
     * {@code dossiers.published} — dossiers with at least one publication in the window — adds to the
     * first publications in the window the dossiers first published before it and published again in
     * it: the few later publications that straddle the window's start, found through their own index.
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
                    union all
                    select 'dossiers.published', m.agency_id, d.channel, d.field_code, 1
                    from dossiers_movement m join dossiers_dossier d on d.id = m.dossier_id
                    where m.measure = 'dossiers.republished' and daterange(m.since, m.day, '(]') @> cast(:from as date)
                      and m.day < :to and m.agency_id in (:agencies)
                ) counts
                group by measure, agency_id, channel, field_code""")
                .param("agencies", agencyIds).param("from", from).param("to", to).param("inner", inner).param("innerEnd", innerEnd)
                .query((rs, n) -> new Sum(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5))).list();
    }
}
