package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The day and half-month counts behind every dossier figure are the movements they stand for, grouped: the demo's,
 * summed by its import at the first start while the dossiers were written and streamed into the empty count tables,
 * and every later dossier's, counted as its actions happen (other tests' dossiers in the shared database).
 */
@SpringBootTest(properties = "motcua.demo=true")
class FigureCountsTest {

    private static final String MOVEMENTS_BY_DAY = """
            select m.agency_id, m.day, m.measure, d.channel, d.field_code, count(*)::int as value
            from dossiers_movement m join dossiers_dossier d on d.id = m.dossier_id
            where m.measure <> 'dossiers.republished'
            group by 1, 2, 3, 4, 5""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDayCountIsItsMovementsAndNothingElse() {
        assertThat(differences("select agency_id, day, measure, channel, field_code, value from dossiers_daily_figure",
                MOVEMENTS_BY_DAY)).isEmpty();
    }

    @Test
    void everyHalfMonthCountIsItsDaysSummed() {
        String halves = """
                select agency_id,
                       case when extract(day from day) < 15 then date_trunc('month', day)::date
                            else date_trunc('month', day)::date + 14 end,
                       measure, channel, field_code, sum(value)::int
                from (%s) days group by 1, 2, 3, 4, 5""".formatted(MOVEMENTS_BY_DAY);
        assertThat(differences("select agency_id, half_start, measure, channel, field_code, value from dossiers_half_month_figure",
                halves)).isEmpty();
    }

    @Test
    void theDemosCommuneHasItsReceiptsCountedSinceTheMerger() {
        Integer received = jdbc.sql("""
                select sum(f.value)::int from dossiers_half_month_figure f join units_agency a on a.id = f.agency_id
                where a.code = '000.00.71.H56' and f.measure = 'dossiers.received' and f.half_start >= date '2025-07-01'""")
                .query(Integer.class).single();
        assertThat(received).as("dossiers received by UBND xã Thọ Xuân since 01/07/2025").isGreaterThan(1000);
    }

    @Test
    void theTablesLoadedWithoutTheirKeysAndIndexesHaveThemBack() {
        // The first load drops them and makes them again after its rows; a count's upsert needs its key, a list its index.
        assertThat(jdbc.sql("""
                select conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) from pg_constraint
                where contype in ('p', 'u', 'f') and conrelid in ('dossiers_daily_figure'::regclass, 'dossiers_half_month_figure'::regclass,
                    'dossiers_dossier'::regclass, 'dossiers_action'::regclass)
                order by 1""").query(String.class).list()).contains(
                "dossiers_daily_figure PRIMARY KEY (agency_id, day, measure, channel, field_code)",
                "dossiers_half_month_figure PRIMARY KEY (agency_id, half_start, measure, channel, field_code)",
                "dossiers_dossier PRIMARY KEY (id)", "dossiers_dossier UNIQUE (code)", "dossiers_action PRIMARY KEY (id)",
                "dossiers_action UNIQUE (dossier_id, seq)", "dossiers_action FOREIGN KEY (dossier_id) REFERENCES dossiers_dossier(id)");
        assertThat(jdbc.sql("select indexname from pg_indexes where tablename in ('dossiers_dossier', 'dossiers_action', 'dossiers_movement')")
                .query(String.class).list()).contains("dossiers_dossier_unit_status_idx", "dossiers_dossier_open_due_idx",
                "dossiers_action_kind_at_idx", "dossiers_movement_agency_measure_day_idx", "dossiers_movement_republished_idx");
    }

    /** The rows either query gives and the other does not, at most ten, as text. */
    private List<String> differences(String held, String expected) {
        return jdbc.sql("""
                select 'held only: ' || x::text from ((%1$s) except all (%2$s)) x
                union all
                select 'missing: ' || y::text from ((%2$s) except all (%1$s)) y
                limit 10""".formatted(held, expected)).query(String.class).list();
    }
}
