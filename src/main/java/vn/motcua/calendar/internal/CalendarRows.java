package vn.motcua.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.Holiday;
import vn.motcua.calendar.core.HolidayRule;

/** The holiday rules, the yearly overrides and the revision counter. */
@Repository
public class CalendarRows {

    private final JdbcClient jdbc;

    CalendarRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HolidayRule> rules() {
        return jdbc.sql("""
                select name, calendar, month, day, offset_days, span_days, adjacent, from_year, to_year
                from calendar_holiday_rule order by id""")
                .query((rs, n) -> new HolidayRule(rs.getString("name"), HolidayRule.Calendar.valueOf(rs.getString("calendar")),
                        rs.getInt("month"), rs.getInt("day"), rs.getInt("offset_days"), rs.getInt("span_days"),
                        HolidayRule.Adjacent.valueOf(rs.getString("adjacent")), rs.getInt("from_year"), rs.getInt("to_year")))
                .list();
    }

    public List<Holiday> overrides() {
        return jdbc.sql("select date, kind, name, source from calendar_override order by date")
                .query((rs, n) -> new Holiday(rs.getObject("date", LocalDate.class), rs.getString("name"),
                        DayKind.valueOf(rs.getString("kind")), rs.getString("source")))
                .list();
    }

    public Optional<Holiday> override(LocalDate date) {
        return overrides().stream().filter(h -> h.date().equals(date)).findFirst();
    }

    public void upsertOverride(Holiday day) {
        jdbc.sql("""
                insert into calendar_override (date, kind, name, source, updated_at) values (?, ?, ?, ?, now())
                on conflict (date) do update set kind = excluded.kind, name = excluded.name, source = excluded.source,
                    updated_at = now()""").params(day.date(), day.kind().name(), day.name(), day.source()).update();
    }

    public boolean deleteOverride(LocalDate date) {
        return jdbc.sql("delete from calendar_override where date = ?").param(date).update() == 1;
    }

    public long revision() {
        return jdbc.sql("select revision from calendar_revision where id = 1").query(Long.class).single();
    }

    public void bumpRevision() {
        jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();
    }
}
