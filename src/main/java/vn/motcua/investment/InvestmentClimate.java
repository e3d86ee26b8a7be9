package vn.motcua.investment;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.investment.internal.Inputs;
import vn.motcua.investment.internal.InvestmentRows;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;

/**
 * Môi trường đầu tư: development capital against the year's plan, new enterprises (entered or
 * imported), market inspections, investment opportunities for the public, and the figures of
 * section II.7 of the reform report for any unit and window.
 */
@Service
public class InvestmentClimate {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** A line of an enterprise import that could not be read. */
    public record ImportProblem(int line, String field, String message) {
    }

    /** The outcome of an import: how many were added, or the problems and nothing added. */
    public record ImportResult(int imported, List<ImportProblem> problems) {
    }

    private final InvestmentRows rows;
    private final InvestmentProjects projects;
    private final UnitDirectory units;
    private final PublicRegister register;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final MotCuaZone zone;
    private final org.springframework.context.MessageSource messages;

    InvestmentClimate(InvestmentRows rows, InvestmentProjects projects, UnitDirectory units, PublicRegister register,
            CurrentUser currentUser, AuditTrail audit, MotCuaZone zone, org.springframework.context.MessageSource messages) {
        this.rows = rows;
        this.projects = projects;
        this.units = units;
        this.register = register;
        this.currentUser = currentUser;
        this.audit = audit;
        this.zone = zone;
        this.messages = messages;
    }

    /** Kế hoạch vốn đầu tư phát triển of the year, in billions of đồng. */
    @PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN', 'REPORTER')")
    @Transactional
    public void setPlan(String unitCode, int year, BigDecimal planned) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "investment.year.invalid");
        }
        BigDecimal amount = Inputs.amount("plannedBillion", planned, true);
        if (amount.signum() == 0) {
            throw new InvalidInputException("plannedBillion", "investment.amount.invalid");
        }
        Unit unit = unit(unitCode, LocalDate.of(year, 12, 31));
        rows.plan(unit.id(), year, amount);
        audit.record("investment.capital-plan", "investment-capital", unit.code() + "/" + year, "Kế hoạch vốn đầu tư năm " + year
                + " của " + unit.name(), null, Map.of("plannedBillion", amount));
    }

    /** Capital mobilised over a reporting window; entering the same window again replaces it. */
    @PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN', 'REPORTER')")
    @Transactional
    public CapitalEntry recordCapital(String unitCode, LocalDate from, LocalDate to, BigDecimal mobilised, String note) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "investment.window.invalid");
        }
        BigDecimal amount = Inputs.amount("mobilisedBillion", mobilised, true);
        String text = Inputs.text("note", note, 500, false);
        Unit unit = unit(unitCode, to);
        long id = rows.addCapital(unit.id(), from, to, amount, text, currentUser.username());
        audit.record("investment.capital", "investment-capital", String.valueOf(id), "Vốn huy động " + unit.name() + " từ " + from
                + " đến " + to, null, Map.of("mobilisedBillion", amount));
        return new CapitalEntry(id, unit.code(), from, to, amount, text);
    }

    @PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN', 'REPORTER')")
    @Transactional
    public Enterprise addEnterprise(String unitCode, String name, String taxCode, LocalDate registeredOn, String sector) {
        List<InvalidInputException> problems = new ArrayList<>();
        Enterprise enterprise = enterprise(unitCode, name, taxCode, registeredOn, sector, problems, new HashSet<>());
        if (enterprise == null) {
            throw problems.get(0);
        }
        return enterprise;
    }

    /** Checks and stores one enterprise; on a problem, records it (naming its field) and returns null. */
    private Enterprise enterprise(String unitCode, String name, String taxCode, LocalDate registeredOn, String sector,
            List<InvalidInputException> problems, Set<String> seen) {
        try {
            String code = Inputs.text("taxCode", taxCode, 14, true);
            if (!code.matches("\\d{10}(-\\d{3})?")) {
                throw new InvalidInputException("taxCode", "investment.enterprise.tax-code.invalid", code);
            }
            if (!seen.add(code) || rows.taxCodeTaken(code)) {
                throw new InvalidInputException("taxCode", "investment.enterprise.duplicate", code);
            }
            String text = Inputs.text("name", name, 300, true);
            String field = Inputs.text("sector", sector, 100, false);
            if (registeredOn == null) {
                throw new InvalidInputException("registeredOn", "investment.field.required");
            }
            if (registeredOn.isAfter(zone.today())) {
                throw new InvalidInputException("registeredOn", "investment.date.future");
            }
            String unitText = Inputs.text("unitCode", unitCode, 20, true);
            Unit unit = units.find(unitText, registeredOn)
                    .orElseThrow(() -> new InvalidInputException("unitCode", "investment.unit.not-found", unitText, registeredOn));
            long id = rows.addEnterprise(unit.id(), text, code, registeredOn, field);
            audit.record("investment.enterprise", "investment-enterprise", String.valueOf(id), "Doanh nghiệp thành lập mới " + text,
                    null, Map.of("taxCode", code, "unit", unit.code()));
            return new Enterprise(id, unit.code(), text, code, registeredOn, field);
        } catch (InvalidInputException e) {
            problems.add(e);
            return null;
        }
    }

    /**
     * Imports new enterprises from CSV (the business registry's list): columns {@code unitCode, name,
     * taxCode, registeredOn, sector}, dates as 05/01/2024 or 2024-01-05. All or nothing; each bad line named.
     */
    @PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN', 'REPORTER')")
    @Transactional
    public ImportResult importEnterprises(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidInputException("file", "investment.import.empty");
        }
        List<ImportProblem> problems = new ArrayList<>();
        int imported = 0;
        Set<String> seen = new HashSet<>();
        try {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                    .setTrim(true).get();
            var parser = format.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv));
            for (String column : List.of("unitCode", "name", "taxCode", "registeredOn")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new InvalidInputException("file", "investment.import.column", column);
                }
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                LocalDate on;
                try {
                    on = date(record.get("registeredOn"));
                } catch (DateTimeParseException e) {
                    problems.add(new ImportProblem(line, "registeredOn", text("investment.import.date", record.get("registeredOn"))));
                    continue;
                }
                List<InvalidInputException> found = new ArrayList<>();
                Enterprise enterprise = enterprise(record.get("unitCode"), record.get("name"), record.get("taxCode"), on,
                        record.isMapped("sector") ? record.get("sector") : null, found, seen);
                if (enterprise == null) {
                    InvalidInputException first = found.get(0);
                    problems.add(new ImportProblem(line, first.field(), text(first.messageCode(), first.arguments())));
                } else {
                    imported++;
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("file", "investment.import.unreadable");
        }
        if (!problems.isEmpty()) {
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new ImportResult(0, problems);
        }
        return new ImportResult(imported, List.of());
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private static LocalDate date(String text) {
        String value = text == null ? "" : text.trim();
        return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
    }

    @PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN', 'REPORTER')")
    @Transactional
    public MarketInspection recordInspection(String unitCode, LocalDate on, String subject, Integer counterfeit, Integer bannedSmuggled,
            Integer tradeFraud, boolean handled, BigDecimal fineMillion, String note) {
        if (on == null) {
            throw new InvalidInputException("inspectedOn", "investment.field.required");
        }
        if (on.isAfter(zone.today())) {
            throw new InvalidInputException("inspectedOn", "investment.date.future");
        }
        String text = Inputs.text("subject", subject, 300, true);
        int fake = Inputs.count("counterfeit", counterfeit);
        int banned = Inputs.count("bannedSmuggled", bannedSmuggled);
        int fraud = Inputs.count("tradeFraud", tradeFraud);
        if (handled && fake + banned + fraud == 0) {
            throw new InvalidInputException("handled", "investment.inspection.handled-without-violation");
        }
        BigDecimal fine = Inputs.amount("fineMillion", fineMillion, false);
        String remark = Inputs.text("note", note, 1000, false);
        Unit unit = unit(unitCode, on);
        long id = rows.addInspection(unit.id(), on, text, fake, banned, fraud, handled, fine, remark);
        audit.record("investment.market-inspection", "market-inspection", String.valueOf(id), "Kiểm tra thị trường: " + text, null,
                Map.of("violations", fake + banned + fraud, "handled", handled));
        return new MarketInspection(id, unit.code(), on, text, fake, banned, fraud, handled, fine, remark);
    }

    @Transactional(readOnly = true)
    public List<MarketInspection> inspections(String unitCode, LocalDate from, LocalDate to) {
        Window w = window(unitCode, from, to);
        Map<Long, String> codes = codes(w.unitIds());
        return rows.inspections(w.unitIds(), from, to).stream().map(r -> new MarketInspection(r.id(), codes.get(r.unitId()),
                r.inspectedOn(), r.subject(), r.counterfeit(), r.bannedSmuggled(), r.tradeFraud(), r.handled(), r.fineMillion(),
                r.note())).toList();
    }

    @Transactional(readOnly = true)
    public List<Enterprise> enterprises(String unitCode, LocalDate from, LocalDate to) {
        Window w = window(unitCode, from, to);
        Map<Long, String> codes = codes(w.unitIds());
        return rows.enterprises(w.unitIds(), from, to).stream().map(r -> new Enterprise(r.id(), codes.get(r.unitId()), r.name(),
                r.taxCode(), r.registeredOn(), r.sector())).toList();
    }

    @Transactional(readOnly = true)
    public List<CapitalEntry> capital(String unitCode, LocalDate from, LocalDate to) {
        Window w = window(unitCode, from, to);
        Map<Long, String> codes = codes(w.unitIds());
        return rows.capital(w.unitIds(), from, to).stream().map(r -> new CapitalEntry(r.id(), codes.get(r.unitId()), r.from(), r.to(),
                r.mobilised(), r.note())).toList();
    }

    @PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN', 'REPORTER')")
    @Transactional
    public Opportunity addOpportunity(String unitCode, String title, String sector, String location, BigDecimal areaHa,
            String description, String planningInfo, boolean published) {
        Unit unit = unit(unitCode, zone.today());
        long id = rows.addOpportunity(unit.id(), Inputs.text("title", title, 300, true), Inputs.text("sector", sector, 100, true),
                Inputs.text("location", location, 300, true), Inputs.amount("areaHa", areaHa, false),
                Inputs.text("description", description, 3000, true), Inputs.text("planningInfo", planningInfo, 3000, false), published);
        audit.record("investment.opportunity", "investment-opportunity", String.valueOf(id), "Cơ hội đầu tư: " + title, null, null);
        return rows.opportunities(false).stream().filter(o -> o.id() == id).findFirst().map(o -> opportunity(o, unit)).orElseThrow();
    }

    /** The published opportunities, for everyone, each under the unit that holds its site today (after any merger). */
    @Transactional(readOnly = true)
    public List<Opportunity> publishedOpportunities() {
        LocalDate today = zone.today();
        return rows.opportunities(true).stream()
                .map(o -> opportunity(o, register.carrying(o.unitId(), today))).toList();
    }

    private static Opportunity opportunity(InvestmentRows.OpportunityRow o, Unit unit) {
        return new Opportunity(o.id(), unit.code(), unit.name(), o.title(), o.sector(), o.location(), o.areaHa(), o.description(),
                o.planningInfo(), o.published());
    }

    /**
     * The figures of section II.7 for a unit and the units below it over the days [from, to]. Capital is unknown (null)
     * when nothing was entered for the year up to the window's end; new enterprises are unknown when no enterprise of the
     * unit has been recorded on or after the window's start (the registry's list has not reached the window yet) — a
     * report and the page then say "chưa có số liệu" instead of 0. The change on a year before is left out when the unit
     * did not exist through that window. The projects are those {@link InvestmentProjects#list(String, LocalDate)} lists.
     */
    @Transactional(readOnly = true)
    public ClimateFigures figures(String unitCode, LocalDate from, LocalDate to) {
        Window w = window(unitCode, from, to);
        LocalDate yearStart = to.withDayOfYear(1);
        List<InvestmentRows.CapitalRow> entered = rows.capital(w.unitIds(), yearStart, to);
        BigDecimal mobilised = entered.isEmpty() ? null
                : entered.stream().map(InvestmentRows.CapitalRow::mobilised).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal plan = rows.plan(w.unit().id(), to.getYear()).orElse(null);
        BigDecimal share = plan == null || mobilised == null ? null
                : mobilised.multiply(BigDecimal.valueOf(100)).divide(plan, 1, RoundingMode.HALF_UP);
        boolean enterprisesKnown = rows.enterpriseRecordedSince(w.unitIds(), from);
        Long enterprises = enterprisesKnown ? (long) rows.enterprises(w.unitIds(), from, to).size() : null;
        boolean existedYearBefore = w.unit().validFrom() == null || !w.unit().validFrom().isAfter(from.minusYears(1));
        long lastYear = existedYearBefore ? rows.enterprises(w.unitIds(), from.minusYears(1), to.minusYears(1)).size() : 0;
        BigDecimal change = enterprises == null || lastYear == 0 ? null
                : BigDecimal.valueOf(enterprises * 100).divide(BigDecimal.valueOf(lastYear), 1, RoundingMode.HALF_UP);
        var inspections = rows.inspections(w.unitIds(), from, to);
        long counterfeit = inspections.stream().mapToLong(InvestmentRows.InspectionRow::counterfeit).sum();
        long banned = inspections.stream().mapToLong(InvestmentRows.InspectionRow::bannedSmuggled).sum();
        long fraud = inspections.stream().mapToLong(InvestmentRows.InspectionRow::tradeFraud).sum();
        List<Project> list = projects.at(w.unitIds(), to);
        return new ClimateFigures(w.unit().code(), from, to, mobilised, plan, share, enterprises, lastYear, change, inspections.size(),
                inspections.stream().filter(InvestmentRows.InspectionRow::handled).count(), counterfeit + banned + fraud, counterfeit,
                banned, fraud, list.size(), list.stream().filter(p -> p.status().active()).count(),
                list.stream().filter(Project::behindSchedule).count(), list.stream().filter(Project::stalled).count());
    }

    private record Window(Unit unit, List<Long> unitIds) {
    }

    private Window window(String unitCode, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "investment.window.invalid");
        }
        Unit unit = unit(unitCode, to);
        return new Window(unit, units.unitsUnder(unit.id()).stream().map(Unit::id).toList());
    }

    private Map<Long, String> codes(List<Long> unitIds) {
        Map<Long, String> codes = new HashMap<>();
        units.allUnits().stream().filter(u -> unitIds.contains(u.id())).forEach(u -> codes.put(u.id(), u.code()));
        return codes;
    }

    private Unit unit(String unitCode, LocalDate on) {
        String code = Inputs.text("unitCode", unitCode, 20, true);
        return units.find(code, on).orElseThrow(() -> new InvalidInputException("unitCode", "investment.unit.not-found", code, on));
    }
}
