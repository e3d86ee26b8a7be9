package vn.motcua.dossiers.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.DossierImport;
import vn.motcua.dossiers.PastDossier;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.ProcedureSearch;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.SystemActor;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.UnitLevel;

/**
 * Demo dossiers: Thọ Xuân's Q1 2024 history whose figures are the seed report's, shared out over its
 * 30 communes by population, and the present — the eight new communes' dossiers from 1 July 2025 to
 * today. Built as {@link PastDossier}s and written through the import's bulk path as one batch of about
 * 57,000 (the start's heap peaks some 60 MB higher than with chunks of 20,000), in one transaction, so a
 * failed start leaves no half of it behind.
 */
@Component
@Order(40)
class DemoDossiers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);
    static final String DISTRICT = "000.00.14.H56";

    private final DemoMode demoMode;
    private final DossierImport imports;
    private final PublicRegister register;
    private final ProcedureCatalog catalog;
    private final WorkingCalendar calendar;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String officeHours;

    DemoDossiers(DemoMode demoMode, DossierImport imports, PublicRegister register, ProcedureCatalog catalog, WorkingCalendar calendar,
            TransactionTemplate transaction, Clock clock,
            @Value("${motcua.calendar.office-hours:07:00-11:30,13:30-17:00}") String officeHours) {
        this.demoMode = demoMode;
        this.imports = imports;
        this.register = register;
        this.catalog = catalog;
        this.calendar = calendar;
        this.transaction = transaction;
        this.clock = clock;
        this.officeHours = officeHours;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        long started = System.nanoTime();
        DemoCommunes communes = DemoCommunes.read(register);
        ReceiptTimes times = new ReceiptTimes(calendar, officeHours);
        List<PastDossier> dossiers = new ArrayList<>(SeedQuarter.dossiers(DISTRICT, communes.before(),
                new SeedQuarter.Procedures("1.001612", "1.009794", "1.001193", "1.004227"), times));
        int history = dossiers.size();
        Map<String, Procedure> inForce = catalog.search(new ProcedureSearch(null, null, UnitLevel.COMMUNE, null, null, null,
                PresentDossiers.FIRST_DAY, false)).stream().collect(Collectors.toMap(Procedure::code, Function.identity()));
        dossiers.addAll(new PresentDossiers(calendar, times, inForce).dossiers(communes.after(), clock.instant()));
        long built = System.nanoTime();
        // One batch, not chunks: into a fresh installation's empty tables the import builds their indexes once, after every row.
        DossierImport.Result result = transaction.execute(status -> SystemActor.call(() -> imports.importPast(dossiers)));
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("The demo dossiers do not import: " + result.errors().subList(0, Math.min(5, result.errors().size())));
        }
        long done = System.nanoTime();
        log.info("Loaded {} demo dossiers: {} of Q1 2024, {} of the eight communes since {}, in {} ms ({} ms building them, {} ms importing)",
                dossiers.size(), history, dossiers.size() - history, PresentDossiers.FIRST_DAY, (done - started) / 1_000_000,
                (built - started) / 1_000_000, (done - built) / 1_000_000);
    }
}
