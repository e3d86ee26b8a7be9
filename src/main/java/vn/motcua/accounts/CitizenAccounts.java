package vn.motcua.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.accounts.internal.AccountRows;
import vn.motcua.accounts.internal.CitizenRows;
import vn.motcua.accounts.internal.CitizenRows.StoredCitizen;
import vn.motcua.accounts.security.AccountSessions;
import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/**
 * Citizens' accounts: a person registers one (unconfirmed until the portal has checked the one-time
 * code sent to the e-mail), or the identity platform vouches for one (confirmed at once); the citizen
 * sets the enterprise it acts for. Registering is the public door: anyone may knock, and the portal
 * throttles who knocks how often; nothing here acts for a signed-in person except the enterprise.
 */
@Service
public class CitizenAccounts {

    private final AccountRows accounts;
    private final CitizenRows citizens;
    private final CitizenProfiles profiles;
    private final AccountAdministration administration;
    private final AccountSessions sessions;
    private final PasswordEncoder passwords;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration unconfirmedKept;
    private final SecureRandom random = new SecureRandom();

    CitizenAccounts(AccountRows accounts, CitizenRows citizens, CitizenProfiles profiles, AccountAdministration administration,
            AccountSessions sessions, PasswordEncoder passwords, CurrentUser currentUser, AuditTrail audit, Clock clock,
            @Value("${motcua.citizens.unconfirmed-kept:PT24H}") Duration unconfirmedKept) {
        this.accounts = accounts;
        this.citizens = citizens;
        this.profiles = profiles;
        this.administration = administration;
        this.sessions = sessions;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.unconfirmedKept = unconfirmedKept;
    }

    /**
     * What is wrong with a registration, one problem per field at fault, in the form's order; empty
     * when it can be registered. A citizen ID or e-mail already taken counts, unless only by a
     * registration never confirmed and older than motcua.citizens.unconfirmed-kept (someone's typo, or
     * someone holding another's ID), which registering replaces.
     */
    @Transactional(readOnly = true)
    public List<InvalidInputException> problems(NewCitizen citizen) {
        List<InvalidInputException> problems = new ArrayList<>();
        String fullName = citizen.fullName() == null ? "" : citizen.fullName().strip();
        if (fullName.isEmpty()) {
            problems.add(new InvalidInputException("fullName", "citizens.full-name.required"));
        } else if (fullName.length() > 200) {
            problems.add(new InvalidInputException("fullName", "citizens.full-name.long"));
        }
        String idNumber = CitizenRules.idNumber(citizen.idNumber());
        if (idNumber == null) {
            problems.add(new InvalidInputException("idNumber", "citizens.id-number.invalid"));
        } else if (citizens.byIdNumber(idNumber).filter(this::standing).isPresent()) {
            problems.add(new InvalidInputException("idNumber", "citizens.id-number.taken"));
        }
        if (CitizenRules.mobile(citizen.phone()) == null) {
            problems.add(new InvalidInputException("phone", "citizens.phone.invalid"));
        }
        String email = CitizenRules.email(citizen.email());
        if (email == null) {
            problems.add(new InvalidInputException("email", "citizens.email.invalid"));
        } else if (email.length() > CitizenRules.EMAIL_MAX) {
            problems.add(new InvalidInputException("email", "citizens.email.long", CitizenRules.EMAIL_MAX));
        } else if (citizens.byEmail(email).filter(this::standing).isPresent() || accounts.byUsername(email)
                .filter(account -> citizens.byAccount(account.id()).isEmpty()).isPresent()) {
            problems.add(new InvalidInputException("email", "citizens.email.taken"));
        }
        try {
            administration.checkPassword("password", email == null ? null : email.substring(0, email.indexOf('@')), citizen.password());
        } catch (InvalidInputException weak) {
            problems.add(weak);
        }
        return problems;
    }

    /** Registers an unconfirmed citizen account named by its e-mail; fails on the first problem {@link #problems} finds. */
    @Transactional
    public CitizenProfile register(NewCitizen citizen) {
        List<InvalidInputException> problems = problems(citizen);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        String idNumber = CitizenRules.idNumber(citizen.idNumber());
        String email = CitizenRules.email(citizen.email());
        removeStale(citizens.byIdNumber(idNumber));
        removeStale(citizens.byEmail(email));
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = accounts.insert(email, passwords.encode(citizen.password()), citizen.fullName().strip(), null,
                EnumSet.of(Role.CITIZEN), now);
        citizens.insert(id, idNumber, CitizenRules.mobile(citizen.phone()), email, null, null, null);
        CitizenProfile registered = profile(id);
        audit.record("citizen.registered", "account", email, "Công dân " + registered.fullName() + " đăng ký tài khoản " + email,
                null, registered);
        return registered;
    }

    /** The citizen account under this e-mail (as typed), confirmed or not. */
    @Transactional(readOnly = true)
    public Optional<CitizenProfile> byEmail(String email) {
        String stored = CitizenRules.email(email);
        return stored == null ? Optional.empty() : citizens.byEmail(stored).map(profiles::view);
    }

    /** The citizen account holding this citizen ID. */
    @Transactional(readOnly = true)
    public Optional<CitizenProfile> byIdNumber(String idNumber) {
        String stored = CitizenRules.idNumber(idNumber);
        return stored == null ? Optional.empty() : citizens.byIdNumber(stored).map(profiles::view);
    }

    /** Confirms the account, once the portal has checked the code the citizen received; confirming twice changes nothing. */
    @Transactional
    public CitizenProfile confirm(long accountId, String how) {
        CitizenProfile before = profile(accountId);
        if (citizens.confirm(accountId, clock.instant())) {
            CitizenProfile after = profile(accountId);
            audit.record("citizen.confirmed", "account", after.username(), "Xác nhận tài khoản công dân " + after.username() + " ("
                    + how + ")", before, after);
            return after;
        }
        return before;
    }

    /**
     * A confirmed account for a person the identity platform vouches for and no account holds yet:
     * named by the e-mail when it is free and short enough, else by the citizen ID. An unconfirmed
     * registration holding the ID (or the e-mail) goes: it never proved anything, and whoever made it
     * must not sign in as the person the platform has just vouched for. It has no password anyone
     * knows; the person signs in through the platform.
     */
    @Transactional
    public CitizenProfile createVerified(VerifiedCitizen person, String how) {
        String idNumber = CitizenRules.idNumber(person.idNumber());
        if (idNumber == null) {
            throw new InvalidInputException("idNumber", "citizens.id-number.invalid");
        }
        citizens.byIdNumber(idNumber).filter(c -> c.confirmedAt() == null).ifPresent(this::remove);
        String email = CitizenRules.email(person.email());
        if (email != null) {
            citizens.byEmail(email).filter(c -> c.confirmedAt() == null).ifPresent(this::remove);
            if (citizens.byEmail(email).isPresent()) {
                email = null;
            }
        }
        String username = email != null && email.length() <= CitizenRules.EMAIL_MAX && accounts.byUsername(email).isEmpty() ? email
                : idNumber;
        if (accounts.byUsername(username).isPresent()) {
            throw new InvalidInputException("idNumber", "citizens.id-number.taken");
        }
        // The platform's words are stored as given, but no control character (PostgreSQL refuses NUL) gets through.
        String named = person.fullName() == null ? "" : person.fullName().replaceAll("\\p{Cntrl}", "").strip();
        String fullName = named.isEmpty() ? idNumber : named;
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = accounts.insert(username, passwords.encode(Base64.getEncoder().encodeToString(secret)),
                fullName.length() > 200 ? fullName.substring(0, 200) : fullName, null, EnumSet.of(Role.CITIZEN), now);
        citizens.insert(id, idNumber, CitizenRules.mobile(person.phone()), email, null, null, now.toInstant());
        CitizenProfile created = profile(id);
        audit.record("citizen.registered", "account", username, "Tạo tài khoản công dân " + username + " (" + created.fullName()
                + ") khi đăng nhập qua " + how, null, created);
        return created;
    }

    /** Sets the enterprise the signed-in citizen acts for (tax code of 10 or 13 digits, and its name); both blank clears it. */
    @PreAuthorize("hasRole('CITIZEN')")
    @Transactional
    public CitizenProfile setEnterprise(String taxCode, String name) {
        CitizenProfile before = profiles.current();
        boolean clear = (taxCode == null || taxCode.isBlank()) && (name == null || name.isBlank());
        String stored = clear ? null : CitizenRules.taxCode(taxCode);
        String enterprise = clear ? null : name == null ? "" : name.strip();
        if (!clear && stored == null) {
            throw new InvalidInputException("taxCode", "citizens.tax-code.invalid");
        }
        if (!clear && enterprise.isEmpty()) {
            throw new InvalidInputException("enterpriseName", "citizens.enterprise-name.required");
        }
        if (!clear && enterprise.length() > 300) {
            throw new InvalidInputException("enterpriseName", "citizens.enterprise-name.long");
        }
        citizens.setEnterprise(before.accountId(), stored, enterprise);
        CitizenProfile after = profiles.current();
        audit.record("citizen.enterprise", "account", after.username(), clear ? "Công dân " + after.username()
                + " thôi đại diện doanh nghiệp" : "Công dân " + after.username() + " đại diện doanh nghiệp " + enterprise
                + " (mã số thuế " + CitizenRules.taxCodeShown(stored) + ")", before, after);
        return after;
    }

    private CitizenProfile profile(long accountId) {
        return citizens.byAccount(accountId).map(profiles::view)
                .orElseThrow(() -> new NotFoundException("citizens.not-found", currentUser.username()));
    }

    /** Holds its ID and e-mail: confirmed, or registered lately enough that its code may still arrive. */
    private boolean standing(StoredCitizen citizen) {
        return citizen.confirmedAt() != null || !registeredAt(citizen).isBefore(clock.instant().minus(unconfirmedKept));
    }

    private Instant registeredAt(StoredCitizen citizen) {
        return accounts.createdAt(citizen.accountId());
    }

    private void removeStale(Optional<StoredCitizen> holder) {
        holder.filter(citizen -> !standing(citizen)).ifPresent(this::remove);
    }

    private void remove(StoredCitizen citizen) {
        accounts.delete(citizen.accountId());
        sessions.endAllOf(citizen.username());
        audit.record("citizen.removed", "account", citizen.username(), "Xóa đăng ký chưa xác nhận " + citizen.username()
                + " (số định danh, thư điện tử được dùng lại)", null, null);
    }
}
