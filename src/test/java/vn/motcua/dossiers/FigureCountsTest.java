package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The day and half-month counts behind every dossier figure are the movements they stand for, grouped: the demo's,
 * written at its first start by one grouping statement over the movements its import had just written into empty
 * tables, and every later dossier's, counted as its actions happen (other tests' dossiers in the shared database).
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

    /** The rows either query gives and the other does not, at most ten, as text. */
    private List<String> differences(String held, String expected) {
        return jdbc.sql("""
                select 'held only: ' || x::text from ((%1$s) except all (%2$s)) x
                union all
                select 'missing: ' || y::text from ((%2$s) except all (%1$s)) y
                limit 10""".formatted(held, expected)).query(String.class).list();
    }
}
