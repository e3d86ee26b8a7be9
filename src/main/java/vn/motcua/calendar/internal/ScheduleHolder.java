package vn.motcua.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.Holiday;
import vn.motcua.calendar.core.OfficeHours;
import vn.motcua.calendar.core.WorkingSchedule;

/**
 * Holds the current working schedule. A change made on this instance rebuilds it at once; changes
 * made on another instance are picked up by comparing the revision counter every 30 seconds.
 */
@Component
public class ScheduleHolder {

    private static final Logger log = LoggerFactory.getLogger(ScheduleHolder.class);

    private final CalendarRows rows;
    private final OfficeHours officeHours;
    private final int firstYear;
    private final int lastYear;
    private volatile Snapshot snapshot;

    record Snapshot(long revision, WorkingSchedule schedule) {
    }

    ScheduleHolder(CalendarRows rows, @Value("${motcua.time-zone:Asia/Ho_Chi_Minh}") String zone,
            @Value("${motcua.calendar.working-days:MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY}") Set<DayOfWeek> workingDays,
            @Value("${motcua.calendar.office-hours:07:00-11:30,13:30-17:00}") String periods,
            @Value("${motcua.calendar.same-day-cutoff:15:00}") String cutoff,
            @Value("${motcua.calendar.first-year:2000}") int firstYear,
            @Value("${motcua.calendar.last-year:2080}") int lastYear) {
        this.rows = rows;
        this.officeHours = new OfficeHours(ZoneId.of(zone), EnumSet.copyOf(workingDays), OfficeHours.parsePeriods(periods),
                LocalTime.parse(cutoff));
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public WorkingSchedule schedule() {
        Snapshot current = snapshot;
        if (current == null) {
            current = rebuild();
        }
        return current.schedule();
    }

    public OfficeHours officeHours() {
        return officeHours;
    }

    public synchronized Snapshot rebuild() {
        long revision = rows.revision();
        Map<LocalDate, vn.motcua.calendar.DayKind> overrides = new HashMap<>();
        for (Holiday day : rows.overrides()) {
            overrides.put(day.date(), day.kind());
        }
        Snapshot built = new Snapshot(revision, new WorkingSchedule(officeHours, rows.rules(), overrides, firstYear, lastYear));
        snapshot = built;
        return built;
    }

    @Scheduled(fixedDelayString = "${motcua.calendar.refresh-ms:30000}", initialDelayString = "${motcua.calendar.refresh-ms:30000}")
    void refreshIfChangedElsewhere() {
        Snapshot current = snapshot;
        try {
            if (current == null || rows.revision() != current.revision()) {
                rebuild();
                log.info("Working calendar reloaded after a change");
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the working calendar for changes", e);
        }
    }
}
