package vn.motcua.investment.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.motcua.investment.CapitalEntry;
import vn.motcua.investment.ClimateFigures;
import vn.motcua.investment.Enterprise;
import vn.motcua.investment.InvestmentClimate;
import vn.motcua.investment.InvestmentProjects;
import vn.motcua.investment.MarketInspection;
import vn.motcua.investment.NewProject;
import vn.motcua.investment.Opportunity;
import vn.motcua.investment.Project;
import vn.motcua.investment.ProjectStatus;
import vn.motcua.shared.ApiError;

/** Investment projects, capital, enterprises, market inspections, opportunities and the period figures. */
@RestController
class InvestmentApi {

    private final InvestmentProjects projects;
    private final InvestmentClimate climate;

    InvestmentApi(InvestmentProjects projects, InvestmentClimate climate) {
        this.projects = projects;
        this.climate = climate;
    }

    record ProjectBody(@Size(max = 20) String unitCode, @Size(max = 300) String name, @Size(max = 300) String investor,
            @Size(max = 100) String sector, @Size(max = 300) String location, BigDecimal registeredCapital, BigDecimal landAreaHa,
            ProjectStatus status, LocalDate registeredOn, LocalDate operationDueOn) {
    }

    record ProgressBody(LocalDate reportedOn, @Size(max = 3000) String note, ProjectStatus status) {
    }

    record MilestoneBody(@Size(max = 300) String name, LocalDate dueOn) {
    }

    record MilestoneDoneBody(LocalDate doneOn) {
    }

    record RecoveryBody(@Size(max = 100) String decision, LocalDate on, Boolean revoke) {
    }

    record PlanBody(BigDecimal plannedBillion) {
    }

    record CapitalBody(@Size(max = 20) String unitCode, LocalDate from, LocalDate to, BigDecimal mobilisedBillion,
            @Size(max = 500) String note) {
    }

    record EnterpriseBody(@Size(max = 20) String unitCode, @Size(max = 300) String name, @Size(max = 14) String taxCode,
            LocalDate registeredOn, @Size(max = 100) String sector) {
    }

    record InspectionBody(@Size(max = 20) String unitCode, LocalDate inspectedOn, @Size(max = 300) String subject, Integer counterfeit,
            Integer bannedSmuggled, Integer tradeFraud, Boolean handled, BigDecimal fineMillion, @Size(max = 1000) String note) {
    }

    record OpportunityBody(@Size(max = 20) String unitCode, @Size(max = 300) String title, @Size(max = 100) String sector,
            @Size(max = 300) String location, BigDecimal areaHa, @Size(max = 3000) String description,
            @Size(max = 3000) String planningInfo, Boolean published) {
    }

    @GetMapping("/api/v1/investment/projects")
    @Operation(summary = "Projects of a unit and the units below it, those stalled or behind schedule first")
    List<Project> projects(@RequestParam(required = false) String unitCode) {
        return projects.list(unitCode);
    }

    @PostMapping("/api/v1/investment/projects")
    ResponseEntity<Project> register(@Valid @RequestBody ProjectBody b) {
        Project project = projects.register(new NewProject(b.unitCode(), b.name(), b.investor(), b.sector(), b.location(),
                b.registeredCapital(), b.landAreaHa(), b.status(), b.registeredOn(), b.operationDueOn()));
        return ResponseEntity.created(URI.create("/api/v1/investment/projects/" + project.id())).body(project);
    }

    @GetMapping("/api/v1/investment/projects/{id}")
    Project project(@PathVariable long id) {
        return projects.get(id);
    }

    @PostMapping("/api/v1/investment/projects/{id}/progress")
    @Operation(summary = "A progress report, optionally with the project's new stage")
    Project progress(@PathVariable long id, @Valid @RequestBody ProgressBody b) {
        return projects.reportProgress(id, b.reportedOn(), b.note(), b.status());
    }

    @PostMapping("/api/v1/investment/projects/{id}/milestones")
    Project milestone(@PathVariable long id, @Valid @RequestBody MilestoneBody b) {
        return projects.addMilestone(id, b.name(), b.dueOn());
    }

    @PostMapping("/api/v1/investment/projects/{id}/milestones/{milestoneId}/done")
    Project milestoneDone(@PathVariable long id, @PathVariable long milestoneId, @RequestBody MilestoneDoneBody b) {
        return projects.milestoneReached(id, milestoneId, b.doneOn());
    }

    @PostMapping("/api/v1/investment/projects/{id}/recovery")
    @Operation(summary = "Start the recovery procedure with its decision, or with revoke=true record the revocation")
    Project recovery(@PathVariable long id, @Valid @RequestBody RecoveryBody b) {
        return projects.recover(id, b.decision(), b.on(), Boolean.TRUE.equals(b.revoke()));
    }

    @GetMapping("/api/v1/investment/figures")
    @Operation(summary = "Capital against plan, new enterprises, market inspections and projects of a unit over the days [from, to]")
    ClimateFigures figures(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return climate.figures(unitCode, from, to);
    }

    @PutMapping("/api/v1/investment/capital-plans/{unitCode}/{year}")
    @Operation(summary = "The year's plan of development capital, in billions of đồng")
    ResponseEntity<Void> plan(@PathVariable String unitCode, @PathVariable int year, @RequestBody PlanBody b) {
        climate.setPlan(unitCode, year, b.plannedBillion());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/investment/capital")
    List<CapitalEntry> capital(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return climate.capital(unitCode, from, to);
    }

    @PostMapping("/api/v1/investment/capital")
    @Operation(summary = "Capital mobilised over a reporting window (the same window again replaces it)")
    ResponseEntity<CapitalEntry> recordCapital(@Valid @RequestBody CapitalBody b) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(climate.recordCapital(b.unitCode(), b.from(), b.to(), b.mobilisedBillion(), b.note()));
    }

    @GetMapping("/api/v1/investment/enterprises")
    List<Enterprise> enterprises(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return climate.enterprises(unitCode, from, to);
    }

    @PostMapping("/api/v1/investment/enterprises")
    ResponseEntity<Enterprise> addEnterprise(@Valid @RequestBody EnterpriseBody b) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(climate.addEnterprise(b.unitCode(), b.name(), b.taxCode(), b.registeredOn(), b.sector()));
    }

    @PostMapping(path = "/api/v1/investment/enterprises/import", consumes = { "text/csv", "text/plain" })
    @Operation(summary = "Import new enterprises from CSV: unitCode,name,taxCode,registeredOn,sector; all or nothing")
    ResponseEntity<Object> importEnterprises(@RequestBody String csv) {
        InvestmentClimate.ImportResult result = climate.importEnterprises(csv);
        if (!result.problems().isEmpty()) {
            return ResponseEntity.unprocessableContent().body(new ApiError("invalid", "CSV: " + result.problems().size(),
                    result.problems().stream().map(p -> new ApiError.FieldProblem("line " + p.line() + ": " + p.field(), p.message()))
                            .toList()));
        }
        return ResponseEntity.ok(Map.of("imported", result.imported()));
    }

    @GetMapping("/api/v1/investment/market-inspections")
    List<MarketInspection> inspections(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return climate.inspections(unitCode, from, to);
    }

    @PostMapping("/api/v1/investment/market-inspections")
    ResponseEntity<MarketInspection> recordInspection(@Valid @RequestBody InspectionBody b) {
        return ResponseEntity.status(HttpStatus.CREATED).body(climate.recordInspection(b.unitCode(), b.inspectedOn(), b.subject(),
                b.counterfeit(), b.bannedSmuggled(), b.tradeFraud(), Boolean.TRUE.equals(b.handled()), b.fineMillion(), b.note()));
    }

    @PostMapping("/api/v1/investment/opportunities")
    ResponseEntity<Opportunity> addOpportunity(@Valid @RequestBody OpportunityBody b) {
        return ResponseEntity.status(HttpStatus.CREATED).body(climate.addOpportunity(b.unitCode(), b.title(), b.sector(), b.location(),
                b.areaHa(), b.description(), b.planningInfo(), !Boolean.FALSE.equals(b.published())));
    }

    @GetMapping("/api/v1/public/investment/opportunities")
    @Operation(summary = "Investment opportunities and planning information, for everyone")
    List<Opportunity> opportunities() {
        return climate.publishedOpportunities();
    }
}
