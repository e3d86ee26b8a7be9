package vn.motcua.accounts.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** An attempt refused without checking its password, because its name or address failed too often just before. */
class SignInDelayedException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final Duration wait;

    SignInDelayedException(Duration wait) {
        super("sign-in delayed for " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** Whole seconds to wait, at least one. */
    long seconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
