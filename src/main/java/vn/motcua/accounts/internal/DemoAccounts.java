package vn.motcua.accounts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.accounts.Role;
import vn.motcua.audit.AuditTrail;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.SystemActor;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;

/**
 * One demo account per role, password "demo" (shorter than the policy allows for real accounts,
 * which is why it is written here and not through the administration service), and the demo
 * marker once every module's demo data is in.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    static final String PASSWORD = "demo";

    /** A demo account, the agency it worked for and, for the district's staff, the agency it moved to on 1 July 2025. */
    record DemoAccount(String username, String fullName, String agencyCode, Set<Role> roles, String movedTo) {
    }

    /** The day the district's staff moved, as the province reassigned them when the district was dissolved. */
    static final LocalDate MOVED_ON = LocalDate.of(2025, 7, 1);

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Quản trị hệ thống", "000.00.00.H56", EnumSet.of(Role.ADMIN), null),
            new DemoAccount("reform", "Lê Thị Hương (Sở Nội vụ)", "000.01.14.H56", EnumSet.of(Role.REFORM_OFFICER), "000.00.51.H56"),
            new DemoAccount("leader", "Nguyễn Xuân Hải (Chủ tịch UBND xã Sao Vàng)", "000.00.14.H56", EnumSet.of(Role.LEADER),
                    "000.00.74.H56"),
            new DemoAccount("clerk", "Trần Văn Minh (Một cửa xã Thọ Xuân)", "000.00.71.H56", EnumSet.of(Role.CLERK), null),
            new DemoAccount("specialist", "Phạm Thu Trang (công chức Tư pháp - Hộ tịch)", "000.00.71.H56",
                    EnumSet.of(Role.SPECIALIST), null),
            new DemoAccount("chutich", "Lê Đình Sơn (Chủ tịch UBND xã Thọ Xuân)", "000.00.71.H56", EnumSet.of(Role.LEADER), null),
            new DemoAccount("reporter", "Hoàng Văn Nam (UBND xã Thọ Xuân)", "000.31.14.H56", EnumSet.of(Role.REPORTER), "000.00.71.H56"),
            new DemoAccount("reporter2", "Đỗ Thị Lan (UBND xã Thọ Long)", "000.33.14.H56", EnumSet.of(Role.REPORTER), "000.00.72.H56"),
            new DemoAccount("thoxuan", "Vũ Đức Anh (UBND xã Thọ Xuân)", "000.00.71.H56", EnumSet.of(Role.REPORTER), null));

    private final DemoMode demoMode;
    private final AccountRows rows;
    private final AgencyDirectory agencies;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAccounts(DemoMode demoMode, AccountRows rows, AgencyDirectory agencies, PasswordEncoder passwords, AuditTrail audit,
            TransactionTemplate transaction, Clock clock) {
        this.demoMode = demoMode;
        this.rows = rows;
        this.agencies = agencies;
        this.passwords = passwords;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        log.info("Loading demo accounts (password '{}')", PASSWORD);
        SystemActor.run(() -> transaction.executeWithoutResult(status -> {
            String hash = passwords.encode(PASSWORD);
            for (DemoAccount account : ACCOUNTS) {
                if (rows.byUsername(account.username()).isPresent()) {
                    continue;
                }
                Agency agency = agencies.find(account.agencyCode()).orElseThrow(
                        () -> new IllegalStateException("Demo agency " + account.agencyCode() + " is missing"));
                long id = rows.insert(account.username(), hash, account.fullName(), agency.id(), account.roles(),
                        OffsetDateTime.now(clock));
                audit.record("account.created", "account", account.username(),
                        "Tạo tài khoản demo " + account.username() + " (" + agency.name() + ")", null, null);
                if (account.movedTo() != null) {
                    Agency moved = agencies.find(account.movedTo()).orElseThrow(
                            () -> new IllegalStateException("Demo agency " + account.movedTo() + " is missing"));
                    rows.moveTo(id, rows.byUsername(account.username()).orElseThrow().version(), moved.id(), agency.id(), MOVED_ON);
                    audit.record("account.moved", "account", account.username(), "Chuyển tài khoản demo " + account.username()
                            + " từ " + agency.name() + " sang " + moved.name() + " từ ngày 01/07/2025", null, null);
                }
            }
        }));
    }
}
