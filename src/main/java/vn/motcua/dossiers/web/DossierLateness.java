package vn.motcua.dossiers.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.Dossier;

/**
 * Quá hạn: how far past its due time an open dossier is, counted with the working calendar — whole working days once a
 * day is past, working hours before — so the desk reads "Quá hạn 3 ngày làm việc" rather than a tinted row.
 */
@Component("lateness")
public class DossierLateness {

    private final WorkingCalendar calendar;

    DossierLateness(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** How late the dossier is at {@code now}; null while it is in time, finished, or its clock is stopped. */
    public Late of(Dossier dossier, Instant now) {
        if (!dossier.overdueAt(now)) {
            return null;
        }
        Duration late = calendar.workingTimeBetween(dossier.dueAt(), now, List.of());
        long day = calendar.workingDay().toSeconds();
        long days = late.toSeconds() / day;
        long hours = days > 0 ? 0 : (late.toSeconds() + 3599) / 3600;
        return new Late(dossier.dueAt(), days, hours);
    }

    /** Past the due time {@code since}: whole working days, or, under one day, working hours begun (0 outside office hours). */
    public record Late(Instant since, long days, long hours) {
    }
}
