package vn.motcua.portal;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.accounts.Role;
import vn.motcua.accounts.internal.AccountRows;
import vn.motcua.accounts.internal.CitizenRows;

/** Citizen accounts for the tests, each with an ID number and e-mail of its own; password "demo". */
public final class Citizens {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90_000));

    private final AccountRows accounts;
    private final CitizenRows citizens;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;

    public Citizens(ApplicationContext context) {
        this.accounts = context.getBean(AccountRows.class);
        this.citizens = context.getBean(CitizenRows.class);
        this.passwords = context.getBean(PasswordEncoder.class);
        this.transaction = context.getBean(TransactionTemplate.class);
    }

    /** A new citizen; confirmed or not yet. Returns its username. */
    public String create(String fullName, boolean confirmed) {
        int n = SEQUENCE.incrementAndGet();
        String username = "congdan.thu" + n + "@thoxuan.example";
        String idNumber = String.format("0381%08d", n);
        transaction.executeWithoutResult(status -> {
            OffsetDateTime now = OffsetDateTime.now();
            long id = accounts.insert(username, passwords.encode("demo"), fullName, null, EnumSet.of(Role.CITIZEN), now);
            citizens.insert(id, idNumber, "091" + String.format("%07d", n), username, "Thôn Đông", null,
                    confirmed ? now.toInstant() : null);
        });
        return username;
    }
}
