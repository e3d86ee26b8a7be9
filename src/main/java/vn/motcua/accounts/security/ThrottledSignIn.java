package vn.motcua.accounts.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Đăng nhập có giới hạn: checks a password only when the throttle lets the attempt through, and
 * tells the throttle how it went. Pages (form) and API (HTTP Basic) sign in through it alike.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String client = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        throttle.delay(name, client).ifPresent(wait -> {
            throw new SignInDelayedException(wait);
        });
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(name, client);
            return signedIn;
        } catch (AuthenticationException failure) {
            throttle.failed(name, client);
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
