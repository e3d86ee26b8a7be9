package vn.motcua.procedures.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.motcua.procedures.ImportReport;
import vn.motcua.procedures.ProcedureImport;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.SystemActor;

/**
 * The demo catalogue: procedures of commune and district level from 14 fields, loaded through the
 * same import an officer uses (demo/thu-tuc-hanh-chinh.csv, in the layout of docs/procedure-import.md).
 */
@Component
@Order(30)
class DemoProcedures implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProcedures.class);

    private final DemoMode demoMode;
    private final ProcedureImport imports;

    DemoProcedures(DemoMode demoMode, ProcedureImport imports) {
        this.demoMode = demoMode;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        long started = System.nanoTime();
        byte[] file;
        try {
            file = new ClassPathResource("demo/thu-tuc-hanh-chinh.csv").getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo catalogue", e);
        }
        ImportReport report = SystemActor.call(() -> imports.apply(file));
        if (!report.errors().isEmpty()) {
            throw new IllegalStateException("The demo catalogue does not import: " + report.errors());
        }
        // The start-up timing log: what the catalogue's bulk import costs a first start.
        log.info("Loaded the demo catalogue: {} procedures in {} ms", report.count(ImportReport.Action.CREATE),
                (System.nanoTime() - started) / 1_000_000);
    }
}
