package vn.motcua.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.accounts.internal.AccountRows;
import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.DemoMode;

/**
 * A new installation on a real database has no default password: its first administrator comes
 * from MOTCUA_ADMIN_PASSWORD or from the first-run page, which works only while no account exists.
 * This administrator belongs to no agency and stands above every unit, so that it can create them.
 */
@Service
public class FirstAdministrator {

    public static final String USERNAME = "admin";

    private final AccountRows rows;
    private final PasswordEncoder passwords;
    private final AccountAdministration administration;
    private final AuditTrail audit;
    private final DemoMode demoMode;
    private final Clock clock;

    FirstAdministrator(AccountRows rows, PasswordEncoder passwords, AccountAdministration administration,
            AuditTrail audit, DemoMode demoMode, Clock clock) {
        this.rows = rows;
        this.passwords = passwords;
        this.administration = administration;
        this.audit = audit;
        this.demoMode = demoMode;
        this.clock = clock;
    }

    /** True while the installation has no account at all. */
    @Transactional(readOnly = true)
    public boolean needed() {
        return rows.count() == 0;
    }

    /** Creates the first administrator; refused (409) once any account exists. */
    @Transactional
    public void create(String username, String fullName, String password) {
        rows.lockFirstAdministrator();
        if (rows.count() > 0) {
            throw new ConflictException("accounts.first-admin.exists");
        }
        String name = username == null || username.isBlank() ? USERNAME : username.trim().toLowerCase(java.util.Locale.ROOT);
        administration.checkPassword("password", name, password);
        rows.insert(name, passwords.encode(password), fullName == null || fullName.isBlank() ? "Quản trị hệ thống" : fullName.trim(),
                null, EnumSet.of(Role.ADMIN), OffsetDateTime.now(clock));
        demoMode.markInstalled();
        // Nobody can be signed in before the first account exists, so the trail names the system.
        audit.record("account.first-administrator", "account", name, "Tạo quản trị viên đầu tiên " + name, null, null);
    }
}
