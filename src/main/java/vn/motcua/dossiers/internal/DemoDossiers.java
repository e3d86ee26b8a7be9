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
import vn.motcua.units.Agency;
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
        int ofCommunes = dossiers.size() - history;
        dossiers.addAll(departments(times, communes));
        long built = System.nanoTime();
        // One batch, not chunks: into a fresh installation's empty tables the import builds their indexes once, after every row.
        DossierImport.Result result = transaction.execute(status -> SystemActor.call(() -> imports.importPast(dossiers)));
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("The demo dossiers do not import: " + result.errors().subList(0, Math.min(5, result.errors().size())));
        }
        long done = System.nanoTime();
        log.info("Loaded {} demo dossiers: {} of Q1 2024, {} of the eight communes and {} of {} province departments since {},"
                + " in {} ms ({} ms building them, {} ms importing)", dossiers.size(), history, ofCommunes,
                dossiers.size() - history - ofCommunes, DEPARTMENTS.size(), PresentDossiers.FIRST_DAY, (done - started) / 1_000_000,
                (built - started) / 1_000_000, (done - built) / 1_000_000);
    }

    /**
     * Một sở của tỉnh: a department of the province by name, its procedures (of the demo catalogue, at province
     * level) with their weights, how many dossiers it receives a calendar day, its on-time rate and online propensity.
     */
    private record Department(String name, List<String[]> weights, double perDay, double onTimePercent, double onlineFactor) {
    }

    /**
     * A few of the province's departments, from the first day of the two-tier government: modest volumes,
     * as a department receives a few dossiers a day from the whole province, their applicants from the
     * demo's communes. Today's names (Sở Tài chính took over Sở Kế hoạch và Đầu tư's investment registration).
     */
    private static final List<Department> DEPARTMENTS = List.of(
            new Department("Sở Tư pháp tỉnh Thanh Hóa", List.of(new String[] { "1.002153", "2" }, new String[] { "1.003915", "1" }),
                    0.35, 96.5, 1.0),
            new Department("Sở Xây dựng tỉnh Thanh Hóa", List.<String[]>of(new String[] { "1.000703", "1" }), 0.5, 90.5, 1.2),
            new Department("Sở Tài chính tỉnh Thanh Hóa", List.<String[]>of(new String[] { "1.009664", "1" }), 0.2, 93.0, 0.9));

    private List<PastDossier> departments(ReceiptTimes times, DemoCommunes communes) {
        Map<String, Procedure> inForce = catalog.search(new ProcedureSearch(null, null, UnitLevel.PROVINCE, null, null, null,
                PresentDossiers.FIRST_DAY, false)).stream().collect(Collectors.toMap(Procedure::code, Function.identity()));
        List<String> places = PresentDossiers.places(communes.after());
        List<PastDossier> dossiers = new ArrayList<>();
        for (int i = 0; i < DEPARTMENTS.size(); i++) {
            Department department = DEPARTMENTS.get(i);
            Agency agency = register.agencies().stream().filter(a -> a.name().equals(department.name())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The demo has no agency named " + department.name()));
            DemoCommunes.Commune desk = new DemoCommunes.Commune(agency.code(), agency.unitCode(), department.name(), 1,
                    department.onTimePercent(), department.onlineFactor());
            dossiers.addAll(new PresentDossiers(calendar, times, inForce, department.weights(), department.perDay(), 20250710L + 10 * i,
                    places).dossiers(List.of(desk), clock.instant()));
        }
        return dossiers;
    }
}
