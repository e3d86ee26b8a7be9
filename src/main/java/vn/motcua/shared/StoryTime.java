package vn.motcua.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Thời điểm của câu chuyện: work that tells what happened at an earlier moment — the demo's citizen
 * filing and the desk receiving in the office hours of the last working day, whenever the demo is
 * loaded — runs on its thread as if it were that moment. The application's clock reads the moment on
 * that thread, and only there, so every service the work calls stamps it alike (receipt, due time,
 * history, audit trail) and none needs a time parameter of its own.
 */
public final class StoryTime {

    private static final ThreadLocal<Instant> MOMENT = new ThreadLocal<>();

    private StoryTime() {
    }

    /** Runs the work as if it were {@code moment} (on this thread), then returns to the present. */
    public static <T> T at(Instant moment, Supplier<T> work) {
        Instant previous = MOMENT.get();
        MOMENT.set(moment);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                MOMENT.remove();
            } else {
                MOMENT.set(previous);
            }
        }
    }

    /** The clock the application reads: the given one, except on a thread inside {@link #at}. */
    public static Clock honouredBy(Clock clock) {
        return clock instanceof Honouring ? clock : new Honouring(clock);
    }

    private static final class Honouring extends Clock {

        private final Clock clock;

        Honouring(Clock clock) {
            this.clock = clock;
        }

        @Override
        public ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Honouring(clock.withZone(zone));
        }

        @Override
        public Instant instant() {
            Instant moment = MOMENT.get();
            return moment != null ? moment : clock.instant();
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }

        @Override
        public String toString() {
            return "StoryTime(" + clock + ")";
        }
    }
}
