package vn.motcua;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock tests move by hand, so a dossier can be received on Monday and completed on Friday in one test. */
public class TravelClock extends Clock {

    private volatile Instant now = Instant.parse("2026-03-02T02:00:00Z");

    public void set(String vietnamTime) {
        now = OffsetDateTime.parse(vietnamTime).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Replaces the application's clock in the test's context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TravelClock travelClock() {
            return new TravelClock();
        }
    }
}
