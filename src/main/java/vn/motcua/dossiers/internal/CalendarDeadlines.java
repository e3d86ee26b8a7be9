package vn.motcua.dossiers.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.calendar.StoppedInterval;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.dossiers.core.DeadlineRules;
import vn.motcua.dossiers.core.DossierLifecycle;

/** The dossier lifecycle counting its clocks on the system's one working calendar. */
@Configuration(proxyBeanMethods = false)
class CalendarDeadlines implements DeadlineRules {

    private final WorkingCalendar calendar;

    CalendarDeadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Bean
    DossierLifecycle dossierLifecycle() {
        return new DossierLifecycle(this);
    }

    @Override
    public Optional<Instant> due(Instant from, WorkingDuration duration, List<StoppedInterval> stops) {
        return calendar.due(from, duration, stops);
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to, List<StoppedInterval> stops) {
        return calendar.workingTimeBetween(from, to, stops);
    }

    @Override
    public Timeliness classify(Instant completedAt, Instant dueAt) {
        return calendar.classify(completedAt, dueAt);
    }

    @Override
    public ZoneId zone() {
        return calendar.zone();
    }
}
