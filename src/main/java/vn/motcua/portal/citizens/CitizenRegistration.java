package vn.motcua.portal.citizens;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.accounts.CitizenAccounts;
import vn.motcua.accounts.CitizenProfile;
import vn.motcua.accounts.NewCitizen;
import vn.motcua.portal.ConfirmationCodeIssued;
import vn.motcua.portal.citizens.ConfirmationCodes.StoredCode;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.LocalizedException;
import vn.motcua.shared.PublicAllowance;
import vn.motcua.shared.TooManyRequestsException;

/**
 * Đăng ký tài khoản công dân: a person registers, receives a six-digit code by e-mail (and SMS where
 * it is configured) and types it in to confirm the account. A code is good for
 * motcua.citizens.code-validity and code-attempts wrong tries; another is sent at most every
 * resend-after and codes-per-day times a day. Each client address may register
 * registrations-per-minute times and try confirmations-per-minute codes a minute, counted in the
 * database like the sign-in throttle, so every instance counts alike.
 */
@Service
public class CitizenRegistration {

    private static final Duration WINDOW = Duration.ofHours(24);

    private final CitizenAccounts accounts;
    private final ConfirmationCodes codes;
    private final PasswordEncoder hashes;
    private final ApplicationEventPublisher events;
    private final PublicAllowance allowance;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration validity;
    private final int attempts;
    private final Duration resendAfter;
    private final int perDay;
    private final int registrationsPerMinute;
    private final int confirmationsPerMinute;
    private final SecureRandom random = new SecureRandom();

    CitizenRegistration(CitizenAccounts accounts, ConfirmationCodes codes, PasswordEncoder hashes, ApplicationEventPublisher events,
            PublicAllowance allowance, PlatformTransactionManager transactions, Clock clock,
            @Value("${motcua.citizens.code-validity:PT15M}") Duration validity,
            @Value("${motcua.citizens.code-attempts:5}") int attempts,
            @Value("${motcua.citizens.resend-after:PT1M}") Duration resendAfter,
            @Value("${motcua.citizens.codes-per-day:5}") int perDay,
            @Value("${motcua.citizens.registrations-per-minute:5}") int registrationsPerMinute,
            @Value("${motcua.citizens.confirmations-per-minute:10}") int confirmationsPerMinute) {
        this.accounts = accounts;
        this.codes = codes;
        this.hashes = hashes;
        this.events = events;
        this.allowance = allowance;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.validity = validity;
        this.attempts = attempts;
        this.resendAfter = resendAfter;
        this.perDay = perDay;
        this.registrationsPerMinute = registrationsPerMinute;
        this.confirmationsPerMinute = confirmationsPerMinute;
    }

    /** What is wrong with the registration, one problem per field; the page shows them all at once. */
    public List<InvalidInputException> problems(NewCitizen citizen) {
        return accounts.problems(citizen);
    }

    /**
     * Registers the citizen, unconfirmed, and sends a code. The client's attempt is counted before
     * anything is checked, and stays counted when the registration is refused.
     */
    public CitizenProfile register(NewCitizen citizen, String client) {
        allowance.admit("citizen-register", client, registrationsPerMinute, "citizens.register.too-many");
        return transaction.execute(status -> {
            CitizenProfile registered = accounts.register(citizen);
            issue(registered, Optional.empty());
            return registered;
        });
    }

    /** Another code for an unconfirmed registration, once the last is older than resend-after. */
    public CitizenProfile resend(String email, String client) {
        allowance.admit("citizen-confirm", client, confirmationsPerMinute, "citizens.confirm.too-many");
        return transaction.execute(status -> {
            CitizenProfile citizen = unconfirmed(email);
            Optional<StoredCode> last = codes.lock(citizen.accountId());
            Instant now = clock.instant();
            if (last.isPresent() && last.get().issuedAt().plus(resendAfter).isAfter(now)) {
                throw new TooManyRequestsException("citizens.code.wait",
                        Math.max(1, Duration.between(now, last.get().issuedAt().plus(resendAfter)).toSeconds()));
            }
            if (last.isPresent() && last.get().windowStart().plus(WINDOW).isAfter(now) && last.get().sent() >= perDay) {
                throw new TooManyRequestsException("citizens.code.today", perDay);
            }
            issue(citizen, last);
            return citizen;
        });
    }

    /**
     * Confirms the registration under the e-mail with the code sent to it. A wrong code counts against
     * the code even though the answer is a refusal; the last allowed wrong try spends the code.
     */
    public CitizenProfile confirm(String email, String code, String client) {
        allowance.admit("citizen-confirm", client, confirmationsPerMinute, "citizens.confirm.too-many");
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("[0-9]{6}")) {
            throw new InvalidInputException("code", "citizens.code.format");
        }
        Object outcome = transaction.execute(status -> {
            Optional<CitizenProfile> found = accounts.byEmail(email);
            if (found.isEmpty()) {
                return new InvalidInputException("email", "citizens.confirm.no-account", email == null ? "" : email.strip());
            }
            if (found.get().confirmed()) {
                return found.get();
            }
            long accountId = found.get().accountId();
            Optional<StoredCode> stored = codes.lock(accountId);
            if (stored.isEmpty()) {
                return new InvalidInputException("code", "citizens.code.none");
            }
            if (stored.get().attempts() >= attempts) {
                return new TooManyRequestsException("citizens.code.exhausted", attempts);
            }
            if (!stored.get().expiresAt().isAfter(clock.instant())) {
                return new InvalidInputException("code", "citizens.code.expired", validity.toMinutes());
            }
            if (!hashes.matches(typed, stored.get().codeHash())) {
                int failed = codes.failed(accountId);
                return failed >= attempts ? new TooManyRequestsException("citizens.code.exhausted", attempts)
                        : new InvalidInputException("code", "citizens.code.wrong", attempts - failed);
            }
            codes.remove(accountId);
            return accounts.confirm(accountId, "mã xác nhận gửi tới " + found.get().email());
        });
        if (outcome instanceof LocalizedException refused) {
            throw refused;
        }
        return (CitizenProfile) outcome;
    }

    private CitizenProfile unconfirmed(String email) {
        CitizenProfile citizen = accounts.byEmail(email).orElseThrow(
                () -> new InvalidInputException("email", "citizens.confirm.no-account", email == null ? "" : email.strip()));
        if (citizen.confirmed()) {
            throw new ConflictException("citizens.confirm.already");
        }
        return citizen;
    }

    /** A new code, hashed in the table and in clear only in the event that sends it. */
    private void issue(CitizenProfile citizen, Optional<StoredCode> last) {
        Instant now = clock.instant();
        boolean sameWindow = last.isPresent() && last.get().windowStart().plus(WINDOW).isAfter(now);
        String code = "%06d".formatted(random.nextInt(1_000_000));
        codes.issue(citizen.accountId(), hashes.encode(code), now, now.plus(validity), sameWindow ? last.get().windowStart() : now,
                sameWindow ? last.get().sent() + 1 : 1);
        events.publishEvent(new ConfirmationCodeIssued(citizen.accountId(), citizen.fullName(), citizen.email(), citizen.phone(), code,
                validity));
    }
}
