package vn.motcua.accounts;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.accounts.internal.AccountRows;
import vn.motcua.accounts.internal.AccountRows.StoredAccount;
import vn.motcua.accounts.security.AccountSessions;
import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/** Tài khoản của tôi: what the signed-in person changes about their own account. */
@Service
public class OwnAccount {

    private final AccountRows rows;
    private final AccountAdministration administration;
    private final PasswordEncoder passwords;
    private final AccountSessions sessions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    OwnAccount(AccountRows rows, AccountAdministration administration, PasswordEncoder passwords, AccountSessions sessions,
            CurrentUser currentUser, AuditTrail audit) {
        this.rows = rows;
        this.administration = administration;
        this.passwords = passwords;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * A new password, given the current one. Every session of the account ends, this one included:
     * whoever else may have signed in with the old password is out.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        String username = currentUser.require().getUsername();
        StoredAccount account = rows.byUsername(username).orElseThrow(() -> new NotFoundException("accounts.not-found", username));
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInputException("currentPassword", "accounts.password.current-wrong");
        }
        administration.checkPassword("newPassword", account.username(), newPassword);
        if (!rows.setPassword(account.id(), account.version(), passwords.encode(newPassword))) {
            throw new ConflictException("accounts.changed");
        }
        sessions.endAllOf(account.username());
        audit.record("account.password-changed", "account", username, "Tài khoản " + username + " đổi mật khẩu", null, null);
    }
}
