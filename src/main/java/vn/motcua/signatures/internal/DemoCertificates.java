package vn.motcua.signatures.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.shared.DemoLoading;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.SystemActor;
import vn.motcua.signatures.AgencyCertificates;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.PublicRegister;

/**
 * Chứng thư thử nghiệm: at the demo's first start, the People's Committees of today's units — Tỉnh Thanh Hóa
 * and its eight communes of the demo; not the district and communes dissolved on 01/07/2025, which sign
 * nothing any more — get a self-issued certificate each, valid from the agency's own first day (Agency.validFrom), labelled a demo certificate in its
 * subject, so that the demo's results, receipts and approved reports come signed. The keys are made once
 * and kept sealed in the database like an uploaded keystore; later starts make none. Made after the units,
 * beside the demo's dossiers (sealing nine keystores is a second of key derivation that needs no dossier), and
 * ready before the citizen's applications, whose results come signed.
 */
@Component
@Order(15)
class DemoCertificates implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCertificates.class);
    private static final String LABEL = "Chứng thư thử nghiệm — chỉ dùng cho bản demo";

    private final DemoMode demoMode;
    private final CertificateRows rows;
    private final AgencyCertificates certificates;
    private final PublicRegister register;
    private final Clock clock;
    private final MotCuaZone zone;
    private final DemoLoading loading;

    DemoCertificates(DemoMode demoMode, CertificateRows rows, AgencyCertificates certificates, PublicRegister register, Clock clock,
            MotCuaZone zone, DemoLoading loading) {
        this.zone = zone;
        this.loading = loading;
        this.demoMode = demoMode;
        this.rows = rows;
        this.certificates = certificates;
        this.register = register;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad() || rows.anyDemo()) {
            return;
        }
        // The People's Committees of today's province and communes, each of which approves results and reports.
        LocalDate today = zone.today();
        List<Agency> agencies = register.agencies().stream()
                .filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE && a.validOn(today)).toList();
        Instant now = clock.instant().truncatedTo(ChronoUnit.DAYS);
        loading.beside("certificates", () -> issue(agencies, now));
    }

    private void issue(List<Agency> agencies, Instant now) {
        SecureRandom random = new SecureRandom();
        SystemActor.run(() -> {
            for (Agency agency : agencies) {
                byte[] secret = new byte[18];
                random.nextBytes(secret);
                String password = HexFormat.of().formatHex(secret);
                // Valid from the agency's own first day (a commune of today from 01/07/2025: a certificate older than its
                // holder names an agency that did not exist) to two years ahead; an agency in force before any data we hold
                // (the province) from five years back. The demo signs as of today's clock, never a day before this.
                Instant from = agency.validFrom() == null ? now.minus(Duration.ofDays(5 * 365))
                        : agency.validFrom().atStartOfDay(zone.id()).toInstant();
                SelfIssuedCertificates.Issued issued = SelfIssuedCertificates.issue(agency.name(), agency.name(), LABEL, from,
                        now.plus(Duration.ofDays(2 * 365)), password);
                certificates.addDemo(agency.code(), issued.certificate(), issued.pkcs12(), password);
            }
        });
        log.info("Gave {} demo agencies a self-issued demo certificate (chứng thư thử nghiệm)", agencies.size());
    }
}
