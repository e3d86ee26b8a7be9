package vn.motcua.accounts.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.accounts.internal.SignInFailures;
import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.SystemActor;

/**
 * Chặn dò mật khẩu: failed sign-ins are counted per name and client address, per address and per
 * name, in the database so every instance counts the same. A name tried from an address that keeps
 * failing, or an address that keeps failing on any names, waits longer and longer before its next
 * attempt; nothing locks the account itself, so its owner signs in from an address that has not
 * failed, whoever is guessing elsewhere. A name is counted whether or not an account carries it, and
 * the answers are the same either way. When the failures on one account from all addresses reach a
 * threshold, the administrators are alerted.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final String ANY = "";

    private final SignInFailures failures;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SignInDelays perName;
    private final SignInDelays perAddress;
    private final int alertFailures;
    private final Duration forgetAfter;

    SignInThrottle(SignInFailures failures, AuditTrail audit, PlatformTransactionManager transactions, Clock clock,
            @Value("${motcua.sign-in.free-failures:5}") int freeFailures,
            @Value("${motcua.sign-in.address-free-failures:20}") int addressFreeFailures,
            @Value("${motcua.sign-in.first-delay:PT30S}") Duration firstDelay,
            @Value("${motcua.sign-in.longest-delay:PT15M}") Duration longestDelay,
            @Value("${motcua.sign-in.alert-failures:20}") int alertFailures,
            @Value("${motcua.sign-in.forget-after:PT24H}") Duration forgetAfter) {
        this.failures = failures;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.perName = new SignInDelays(freeFailures, firstDelay, longestDelay);
        this.perAddress = new SignInDelays(addressFreeFailures, firstDelay, longestDelay);
        this.alertFailures = alertFailures;
        this.forgetAfter = forgetAfter;
    }

    /** How long an attempt of the name from the client must still wait, if it must. */
    Optional<Duration> delay(String username, String client) {
        Instant now = clock.instant();
        return failures.delayedUntil(name(username), address(client)).filter(now::isBefore).map(until -> Duration.between(now, until));
    }

    void failed(String username, String client) {
        String name = name(username);
        String address = address(client);
        Instant now = clock.instant();
        Instant forgotBefore = now.minus(forgetAfter);
        transaction.executeWithoutResult(status -> {
            SignInFailures.Count fromAddress = failures.add(ANY, address, now, forgotBefore);
            if (fromAddress.failures() == 1) {
                failures.forgetBefore(forgotBefore);
            }
            delayIfDue(ANY, address, perAddress.after(fromAddress.failures()), now);
            if (name.isEmpty()) {
                return;
            }
            delayIfDue(name, address, perName.after(failures.add(name, address, now, forgotBefore).failures()), now);
            SignInFailures.Count onAccount = failures.add(name, ANY, now, forgotBefore);
            if (onAccount.failures() >= alertFailures
                    && (onAccount.alertedAt() == null || onAccount.alertedAt().toInstant().isBefore(forgotBefore))) {
                failures.alerted(name, now);
                log.warn("Sign-in: {} failed attempts on the name '{}' from several addresses", onAccount.failures(), name);
                // The alert is the system's own reaction to unauthenticated attempts, not the act of whoever's session the request carried.
                SystemActor.run(() -> audit.record("account.under-attack", "account", name, "Tài khoản " + name + " bị thử mật khẩu sai "
                        + onAccount.failures() + " lần từ nhiều địa chỉ", null, null));
            }
        });
    }

    void succeeded(String username, String client) {
        String name = name(username);
        if (!name.isEmpty()) {
            transaction.executeWithoutResult(status -> failures.clear(name, address(client)));
        }
    }

    private void delayIfDue(String name, String address, Duration delay, Instant now) {
        if (!delay.isZero()) {
            failures.delay(name, address, now.plus(delay));
        }
    }

    /** The name as typed, as accounts are found: trimmed, lower case, cut to the column. */
    private static String name(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String address(String client) {
        String address = client == null || client.isBlank() ? "unknown" : client;
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
