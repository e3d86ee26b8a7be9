package vn.motcua.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;

/**
 * The daily sweep: every open dossier whose appointment falls before the end of the next working day
 * is marked as warned, so its page and the work lists tell the officers to finish it or issue an
 * apology letter with a new appointment before the time passes. Safe to run on every instance.
 */
@Service
public class DueSweep {

    private static final Logger log = LoggerFactory.getLogger(DueSweep.class);

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DueSweep(JdbcClient jdbc, WorkingCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Runs at 06:30 Vietnam time, before the desks open; returns how many dossiers it warned about. */
    @Scheduled(cron = "${motcua.dossiers.sweep-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    @Transactional
    public int sweep() {
        Instant now = clock.instant();
        // Run before opening, two working days from now reach the close of the next working day.
        Instant horizon = calendar.due(now, WorkingDuration.days(2));
        int warned = jdbc.sql("""
                update dossiers_dossier set due_warning_at = ?
                where status in ('RECEIVED', 'IN_PROGRESS', 'WAITING_SUPPLEMENT', 'APPROVED')
                  and due_at < ? and due_warning_at is null and apologies = 0""")
                .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), OffsetDateTime.ofInstant(horizon, ZoneOffset.UTC))
                .update();
        if (warned > 0) {
            log.info("Due sweep: {} dossiers will miss their appointment without an apology letter", warned);
        }
        return warned;
    }
}
