package vn.motcua.calendar;

import java.time.Instant;

/** A time the clock stood still (waiting for the applicant's supplement); an open interval has no end yet. */
public record StoppedInterval(Instant start, Instant end) {

    public StoppedInterval {
        if (start == null) {
            throw new IllegalArgumentException("A stopped interval needs its start");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("A stopped interval cannot end before it starts");
        }
    }
}
