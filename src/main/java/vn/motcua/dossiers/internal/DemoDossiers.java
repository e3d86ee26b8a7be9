package vn.motcua.dossiers.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.motcua.dossiers.DossierImport;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.SystemActor;

/**
 * Demo dossiers: Thọ Xuân's Q1 2024 history whose figures are the seed report's (through the
 * import's bulk path), and a few dossiers of the present at the new Xã Thọ Xuân for the work lists.
 */
@Component
@Order(40)
class DemoDossiers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);
    static final String DISTRICT = "000.00.14.H56";
    static final String NEW_COMMUNE = "000.00.71.H56";

    private final DemoMode demoMode;
    private final DossierImport imports;
    private final Clock clock;

    DemoDossiers(DemoMode demoMode, DossierImport imports, Clock clock) {
        this.demoMode = demoMode;
        this.imports = imports;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        List<String> communes = IntStream.rangeClosed(31, 60).mapToObj(n -> "000." + n + ".14.H56").toList();
        List<String> lines = new ArrayList<>(SeedQuarter.lines(DISTRICT, communes,
                new SeedQuarter.Procedures("2.000720", "1.009794", "1.001193", "1.004227")));
        lines.addAll(present());
        DossierImport.Result result = SystemActor.call(() -> imports.importLines(new java.io.StringReader(String.join("\n", lines))));
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("The demo dossiers do not import: " + result.errors().subList(0, Math.min(5, result.errors().size())));
        }
        log.info("Loaded {} demo dossiers", result.imported());
    }

    /** Open dossiers received over the last working days at Xã Thọ Xuân, so the work lists are not empty. */
    private List<String> present() {
        Instant now = clock.instant();
        String[][] applicants = { { "Lê Văn Hùng", "038090001234", "0912345678", "1.001193" },
                { "Nguyễn Thị Mai", "038185004321", "0987654321", "1.004873" },
                { "Trịnh Đình Quang", "038079009876", "0934567890", "2.000815" },
                { "Hoàng Thị Thu", "038192002468", "0978123456", "1.004859" },
                { "Phạm Văn Long", "038088001357", "0911222333", "2.001035" } };
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < applicants.length; i++) {
            String[] a = applicants[i];
            Instant received = now.minus(Duration.ofHours(4L + 26L * i));
            lines.add("{\"procedureCode\":\"" + a[3] + "\",\"agencyCode\":\"" + NEW_COMMUNE + "\",\"channel\":\""
                    + (i % 2 == 0 ? "DIRECT" : "ONLINE_FULL") + "\",\"applicant\":{\"name\":\"" + a[0] + "\",\"idNumber\":\""
                    + a[1] + "\",\"phone\":\"" + a[2] + "\",\"address\":\"Xã Thọ Xuân, tỉnh Thanh Hóa\"},\"receivedAt\":\""
                    + received.atOffset(ZoneOffset.ofHours(7)) + "\"}");
        }
        return lines;
    }
}
