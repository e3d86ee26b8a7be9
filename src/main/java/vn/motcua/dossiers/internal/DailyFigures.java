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
    private final EmptyTableLoad emptyTables;
    private final PastDossierCopy copy;

    DailyFigures(JdbcClient jdbc, EmptyTableLoad emptyTables, PastDossierCopy copy) {
        this.jdbc = jdbc;
        this.emptyTables = emptyTables;
        this.copy = copy;
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
        Summed summed = sumAll(movements);
        List<Increment> days = summed.days().stream().sorted(LOCK_ORDER).toList();
        if (days.isEmpty()) {
            return;
        }
        List<Increment> halves = summed.halves().stream().sorted(LOCK_ORDER).toList();
        List<Object> params = new ArrayList<>();
        days.forEach(i -> add(params, i));
        halves.forEach(i -> add(params, i));
        String sql = "with day_count as (" + DAY_UPSERT.formatted(rows(days.size())) + ") "
                + HALF_MONTH_UPSERT.formatted(rows(halves.size()));
        jdbc.sql(sql).params(params).update();
    }

    /** A batch's counts summed by key, by day and by half month, in no particular order. */
    public record Summed(List<Increment> days, List<Increment> halves) {
    }

    /**
     * Sums many dossiers' movements by key, without the database: the bulk import sums them on a second thread while its
     * rows are being written and their indexes built, so that only the sums are left to write after them.
     */
    public static Summed sumAll(List<FigureMovement> movements) {
        Map<Increment, int[]> days = new HashMap<>();
        for (FigureMovement m : movements) {
            if (m.daily()) {
                days.computeIfAbsent(increment(m).key(), k -> new int[1])[0]++;
            }
        }
        List<Increment> dayCounts = new ArrayList<>(days.size());
        Map<Increment, int[]> halves = new HashMap<>();
        days.forEach((key, value) -> {
            dayCounts.add(new Increment(key.agencyId(), key.day(), key.measure(), key.channel(), key.fieldCode(), value[0]));
            halves.computeIfAbsent(new Increment(key.agencyId(), halfStart(key.day()), key.measure(), key.channel(), key.fieldCode(), 0),
                    k -> new int[1])[0] += value[0];
        });
        List<Increment> halfCounts = new ArrayList<>(halves.size());
        halves.forEach((key, value) -> halfCounts.add(new Increment(key.agencyId(), key.day(), key.measure(), key.channel(),
                key.fieldCode(), value[0])));
        return new Summed(dayCounts, halfCounts);
    }

    /**
     * Adds a batch's summed counts: the bulk import's path. When the batch's dossiers are all the installation holds
     * ({@code everyMovement}: its first import, the demo at first start) and the count tables hold nothing yet, the sums are
     * streamed in with COPY, without the tables' keys, which the sums cannot repeat and which are made once after them
     * ({@link EmptyTableLoad#runWithoutKeys}): for the demo's 57.000 dossiers a fraction of the grouping PostgreSQL did
     * over the movements just written (0,7–0,8 s), as the sums are made while the indexes are built. Otherwise each table's
     * rows are added in one statement whose values arrive as arrays, in the same lock order as {@link #count}.
     */
    public void countAll(Summed summed, boolean everyMovement) {
        if (everyMovement && jdbc.sql("select not exists (select 1 from dossiers_daily_figure)"
                + " and not exists (select 1 from dossiers_half_month_figure)").query(Boolean.class).single()) {
            emptyTables.runWithoutKeys(List.of("dossiers_daily_figure", "dossiers_half_month_figure"),
                    () -> copy.figures(summed.days(), summed.halves()));
            return;
        }
        upsertAll(DAY_UPSERT, summed.days().stream().sorted(LOCK_ORDER).toList());
        upsertAll(HALF_MONTH_UPSERT, summed.halves().stream().sorted(LOCK_ORDER).toList());
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
