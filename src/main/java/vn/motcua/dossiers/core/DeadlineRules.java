package vn.motcua.dossiers.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import vn.motcua.calendar.StoppedInterval;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingDuration;

/**
 * The working-day arithmetic a dossier's clocks need, as the one calendar of the system computes it;
 * handed to the lifecycle so that it stays free of the services that hold the calendar.
 */
public interface DeadlineRules {

    /** The due time of a processing time counted from {@code from}, the stopped intervals left out; empty while stopped. */
    Optional<Instant> due(Instant from, WorkingDuration duration, List<StoppedInterval> stops);

    /** Working time between two instants, the stopped intervals left out. */
    Duration workingTimeBetween(Instant from, Instant to, List<StoppedInterval> stops);

    /** Early, on time or late against a due time. */
    Timeliness classify(Instant completedAt, Instant dueAt);

    /** The zone the office's days are counted in: the day a figure moves on. */
    ZoneId zone();
}
