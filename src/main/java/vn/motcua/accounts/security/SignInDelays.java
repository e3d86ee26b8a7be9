package vn.motcua.accounts.security;

import java.time.Duration;

/**
 * Thời gian chờ sau khi đăng nhập sai: a number of failures is free, then each further failure makes
 * the next attempt wait twice as long as the one before, up to a ceiling. Pure arithmetic, so the
 * schedule is tested without waiting for it.
 */
record SignInDelays(int freeFailures, Duration firstDelay, Duration longestDelay) {

    SignInDelays {
        if (freeFailures < 1 || firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("free failures must be at least 1 and the longest delay at least the first");
        }
    }

    /** How long the next attempt waits after this many failures in a row; zero while they are free. */
    Duration after(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
