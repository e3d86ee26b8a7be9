package vn.motcua.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.accounts.internal.AccountRows;
import vn.motcua.accounts.internal.AccountRows.StoredAccount;
import vn.motcua.accounts.internal.PasswordRules;
import vn.motcua.accounts.internal.SignInFailures;
import vn.motcua.accounts.security.AccountSessions;
import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitAccess;
import vn.motcua.units.UnitScope;

/**
 * Administration of accounts: an administrator sees and manages the accounts of the agencies
 * within reach, never another province's or commune's.
 */
@Service
public class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    private final AccountRows rows;
    private final AgencyDirectory agencies;
    private final UnitAccess access;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;
    private final int minimumPasswordLength;
    private final SignInFailures failures;
    private final AccountSessions sessions;
    private final int alertFailures;
    private final Duration forgetAfter;
    private final PasswordRules passwordRules;
    private final PublicRegister register;
    private final MotCuaZone zone;
    private final VietnameseFormat format;

    AccountAdministration(AccountRows rows, AgencyDirectory agencies, UnitAccess access, PasswordEncoder passwords,
            AuditTrail audit, Clock clock, @Value("${motcua.password.min-length:8}") int minimumPasswordLength,
            SignInFailures failures, AccountSessions sessions, @Value("${motcua.sign-in.alert-failures:20}") int alertFailures,
            @Value("${motcua.sign-in.forget-after:PT24H}") Duration forgetAfter, PasswordRules passwordRules, PublicRegister register,
            MotCuaZone zone, VietnameseFormat format) {
        this.passwordRules = passwordRules;
        this.failures = failures;
        this.sessions = sessions;
        this.alertFailures = alertFailures;
        this.forgetAfter = forgetAfter;
        this.register = register;
        this.zone = zone;
        this.format = format;
        this.rows = rows;
        this.agencies = agencies;
        this.access = access;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.minimumPasswordLength = minimumPasswordLength;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> accounts() {
        UnitScope scope = access.currentScope();
        Map<Long, Agency> byId = new java.util.HashMap<>();
        agencies.agencies().forEach(a -> byId.put(a.id(), a));
        return rows.staff().stream()
                .filter(a -> a.agencyId() == null ? scope.all() : byId.containsKey(a.agencyId()))
                .map(a -> view(a, a.agencyId() == null ? null : byId.get(a.agencyId())))
                .toList();
    }

    /** Accounts within reach on which wrong passwords from all addresses reached the alert threshold lately. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SignInAlert> signInAlerts() {
        return failures.attacks(alertFailures, clock.instant().minus(forgetAfter)).stream()
                .filter(attack -> find(attack.username()).isPresent())
                .map(attack -> new SignInAlert(attack.username(), attack.failures(), attack.addresses(), attack.lastFailureAt()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Account get(String username) {
        return find(username).map(a -> view(a, a.agencyId() == null ? null : agencies.byId(a.agencyId()).orElse(null)))
                .orElseThrow(() -> new NotFoundException("accounts.not-found", username));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account create(NewAccount request) {
        String username = request.username() == null ? "" : request.username().trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "accounts.username.invalid");
        }
        // The audit trail and the dossiers' histories name work nobody signed in did "system": no account may take that name.
        if (username.equals(CurrentUser.SYSTEM)) {
            throw new InvalidInputException("username", "accounts.username.reserved", username);
        }
        if (request.fullName() == null || request.fullName().isBlank()) {
            throw new InvalidInputException("fullName", "accounts.full-name.required");
        }
        checkPassword("password", username, request.password());
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new InvalidInputException("roles", "accounts.roles.required");
        }
        refuseCitizen(request.roles());
        if (request.agencyCode() == null || request.agencyCode().isBlank()) {
            throw new InvalidInputException("agencyCode", "accounts.agency.required");
        }
        Agency agency = agencies.find(request.agencyCode().trim())
                .orElseThrow(() -> new InvalidInputException("agencyCode", "accounts.agency.not-found", request.agencyCode()));
        Unit unit = register.unit(agency.unitId()).orElseThrow();
        if (!unit.validOn(zone.today())) {
            throw new InvalidInputException("agencyCode", "accounts.move.ended", agency.name(), unit.name(),
                    unit.validFrom() == null ? "—" : format.date(unit.validFrom()),
                    unit.validTo() == null ? "—" : format.date(unit.validTo()));
        }
        if (rows.byUsername(username).isPresent()) {
            throw new ConflictException("accounts.username.taken", username);
        }
        rows.insert(username, passwords.encode(request.password()), request.fullName().trim(), agency.id(),
                EnumSet.copyOf(request.roles()), OffsetDateTime.now(clock));
        Account created = view(rows.byUsername(username).orElseThrow(), agency);
        audit.record("account.created", "account", username, "Tạo tài khoản " + username + " (" + agency.name() + ")", null,
                created);
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account setEnabled(String username, int version, boolean enabled) {
        StoredAccount account = reachable(username);
        Account before = get(username);
        if (!rows.setEnabled(account.id(), version, enabled)) {
            throw new ConflictException("accounts.changed");
        }
        Account after = get(username);
        if (!enabled) {
            sessions.endAllOf(account.username());
        }
        audit.record(enabled ? "account.enabled" : "account.disabled", "account", username,
                (enabled ? "Mở khóa tài khoản " : "Khóa tài khoản ") + username, before, after);
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account resetPassword(String username, int version, String newPassword) {
        StoredAccount account = reachable(username);
        checkPassword("password", account.username(), newPassword);
        if (!rows.setPassword(account.id(), version, passwords.encode(newPassword))) {
            throw new ConflictException("accounts.changed");
        }
        sessions.endAllOf(account.username());
        audit.record("account.password-reset", "account", username, "Đặt lại mật khẩu tài khoản " + username, null, null);
        return get(username);
    }

    /** Gives the account these roles instead of its own; its sessions end, so it signs in again with them. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account setRoles(String username, int version, Set<Role> roles) {
        if (roles == null || roles.isEmpty() || roles.contains(null)) {
            throw new InvalidInputException("roles", "accounts.roles.required");
        }
        refuseCitizen(roles);
        StoredAccount account = reachable(username);
        refuseCitizen(account.roles());
        Account before = get(username);
        if (!rows.setRoles(account.id(), version, EnumSet.copyOf(roles))) {
            throw new ConflictException("accounts.changed");
        }
        sessions.endAllOf(account.username());
        Account after = get(username);
        audit.record("account.roles-changed", "account", username, "Đổi vai trò tài khoản " + username + ": " + after.roles(),
                before, after);
        return after;
    }

    /**
     * Chuyển công tác: the account belongs to another agency from the day given (today when none), within
     * the administrator's reach and in force then and today; the agency it leaves is kept, so the account
     * still reaches its former unit's records once that unit has ended. Its sessions end, as when it is
     * disabled or its roles change: a session signed in for the former agency must not go on acting there.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account move(String username, int version, String agencyCode, LocalDate from) {
        StoredAccount account = reachable(username);
        if (account.agencyId() == null) {
            throw new InvalidInputException("username", "accounts.move.system", username);
        }
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new InvalidInputException("agencyCode", "accounts.agency.required");
        }
        Agency agency = agencies.find(agencyCode.trim())
                .orElseThrow(() -> new InvalidInputException("agencyCode", "accounts.agency.not-found", agencyCode));
        LocalDate today = zone.today();
        LocalDate day = from == null ? today : from;
        if (day.isAfter(today)) {
            throw new InvalidInputException("from", "accounts.move.future");
        }
        if (agency.id() == account.agencyId()) {
            throw new InvalidInputException("agencyCode", "accounts.move.same", agency.name());
        }
        Unit unit = register.unit(agency.unitId()).orElseThrow();
        if (!unit.validOn(day) || !unit.validOn(today)) {
            throw new InvalidInputException("agencyCode", "accounts.move.ended", agency.name(), unit.name(),
                    unit.validFrom() == null ? "—" : format.date(unit.validFrom()),
                    unit.validTo() == null ? "—" : format.date(unit.validTo()));
        }
        Account before = get(username);
        if (!rows.moveTo(account.id(), version, agency.id(), account.agencyId(), day)) {
            throw new ConflictException("accounts.changed");
        }
        sessions.endAllOf(account.username());
        Account after = get(username);
        audit.record("account.moved", "account", username, "Chuyển tài khoản " + username + " từ " + before.agencyName() + " sang "
                + agency.name() + " từ ngày " + format.date(day), before, after);
        return after;
    }

    /**
     * Citizens register themselves (with a confirmed e-mail or through the identity platform) and hold
     * no agency: an administrator neither creates one nor makes a staff account a citizen as well.
     */
    private static void refuseCitizen(Set<Role> roles) {
        if (roles.contains(Role.CITIZEN)) {
            throw new InvalidInputException("roles", "accounts.roles.citizen");
        }
    }

    private StoredAccount reachable(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("accounts.not-found", username));
    }

    /** The account if the caller may reach it: its agency within the caller's scope. */
    private Optional<StoredAccount> find(String username) {
        UnitScope scope = access.currentScope();
        return rows.byUsername(username).filter(a -> a.agencyId() == null ? scope.all()
                : agencies.byId(a.agencyId()).map(agency -> scope.contains(agency.unitId())).orElse(false));
    }

    /**
     * The password rules, for the account of this username: at least motcua.password.min-length
     * characters, at most 128, not one of the commonest passwords nor made of the username (PasswordRules).
     */
    void checkPassword(String field, String username, String password) {
        if (password == null || password.length() < minimumPasswordLength) {
            throw new InvalidInputException(field, "accounts.password.short", minimumPasswordLength);
        }
        if (password.length() > 128) {
            throw new InvalidInputException(field, "accounts.password.long");
        }
        PasswordRules.Weakness weakness = passwordRules.weakness(username, password);
        if (weakness != null) {
            throw new InvalidInputException(field, weakness.messageCode(), username);
        }
    }

    static Account view(StoredAccount account, Agency agency) {
        return new Account(account.id(), account.username(), account.fullName(), agency == null ? null : agency.code(),
                agency == null ? null : agency.name(), agency == null ? null : agency.unitCode(), account.roles(),
                account.enabled(), account.version());
    }
}
