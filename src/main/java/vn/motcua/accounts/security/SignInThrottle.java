package vn.motcua.accounts.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.accounts.internal.AccountRows;
import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.SystemActor;

/**
 * Repeated wrong passwords lock the account for a while, on pages and API alike. The count lives
 * in the database, so every instance behind the load balancer sees the same.
 */
@Component
class SignInThrottle {

    private final AccountRows rows;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockTime;

    SignInThrottle(AccountRows rows, AuditTrail audit, TransactionTemplate transaction, Clock clock,
            @Value("${motcua.sign-in.max-failures:5}") int maxFailures, @Value("${motcua.sign-in.lock-minutes:15}") int lockMinutes) {
        this.rows = rows;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockTime = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null || username.isBlank()) {
            return;
        }
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        transaction.executeWithoutResult(status -> {
            int failures = rows.countFailure(name);
            if (failures >= maxFailures) {
                OffsetDateTime until = OffsetDateTime.now(clock).plus(lockTime);
                rows.lock(name, until);
                // The lock is the system's own reaction, not the act of whichever session the request carries.
                SystemActor.run(() -> audit.record("account.locked", "account", name,
                        "Tạm khóa đăng nhập " + name + " sau " + failures + " lần sai mật khẩu", null, null));
            }
        });
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        rows.clearFailures(event.getAuthentication().getName());
    }
}
