package vn.motcua.accounts.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;

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
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.SystemActor;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;

/**
 * The demo's citizen: "congdan", password "demo" like the staff's demo accounts, confirmed, living in
 * the commune of Thọ Xuân as the two-tier register has it since 1 July 2025 (the town and Xuân Hồng
 * merged into it), so the portal's pages have someone to show.
 */
@Component
@Order(21)
class DemoCitizen implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCitizen.class);

    static final String USERNAME = "congdan";
    static final String FULL_NAME = "Lê Thị Mai";
    static final String ID_NUMBER = "038190012345";
    static final String PHONE = "0912345678";
    static final String EMAIL = "congdan@thoxuan.example";
    static final String ADDRESS = "Thôn Xuân Phố";
    /** Xã Thọ Xuân of the two-tier register (valid from 1 July 2025). */
    static final String COMMUNE = "15499";

    private final DemoMode demoMode;
    private final AccountRows accounts;
    private final CitizenRows citizens;
    private final PublicRegister register;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final MotCuaZone zone;
    private final Clock clock;

    DemoCitizen(DemoMode demoMode, AccountRows accounts, CitizenRows citizens, PublicRegister register, PasswordEncoder passwords,
            AuditTrail audit, TransactionTemplate transaction, MotCuaZone zone, Clock clock) {
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.citizens = citizens;
        this.register = register;
        this.passwords = passwords;
        this.audit = audit;
        this.transaction = transaction;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        SystemActor.run(() -> transaction.executeWithoutResult(status -> {
            if (accounts.byUsername(USERNAME).isPresent()) {
                return;
            }
            Unit commune = register.unit(COMMUNE, zone.today())
                    .orElseThrow(() -> new IllegalStateException("Demo commune " + COMMUNE + " is not in force today"));
            log.info("Loading the demo citizen '{}' (password '{}')", USERNAME, DemoAccounts.PASSWORD);
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id = accounts.insert(USERNAME, passwords.encode(DemoAccounts.PASSWORD), FULL_NAME, null, EnumSet.of(Role.CITIZEN), now);
            citizens.insert(id, ID_NUMBER, PHONE, EMAIL, ADDRESS, commune.id(), now.toInstant());
            audit.record("citizen.registered", "account", USERNAME, "Tạo tài khoản công dân demo " + USERNAME + " (" + FULL_NAME + ", "
                    + commune.name() + ")", null, null);
        }));
    }
}
