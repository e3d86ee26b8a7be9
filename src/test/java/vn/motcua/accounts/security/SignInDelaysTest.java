package vn.motcua.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The waiting time grows with each failure past the free ones, up to the ceiling. */
class SignInDelaysTest {

    private final SignInDelays delays = new SignInDelays(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    @Test
    void theFirstFailuresAreFreeThenEachDoublesTheWaitUpToTheCeiling() {
        assertThat(delays.after(4)).isZero();
        assertThat(delays.after(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(delays.after(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(delays.after(7)).isEqualTo(Duration.ofSeconds(120));
        assertThat(delays.after(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(delays.after(1_000_000)).isEqualTo(Duration.ofMinutes(15));
    }
}
