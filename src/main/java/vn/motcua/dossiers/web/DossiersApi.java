package vn.motcua.dossiers.web;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.ActionRequest;
import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.Channel;
import vn.motcua.dossiers.DossierFigure;
import vn.motcua.dossiers.DossierImport;
import vn.motcua.dossiers.DossierIntake;
import vn.motcua.dossiers.DossierLookup;
import vn.motcua.dossiers.DossierMeasures;
import vn.motcua.dossiers.DossierProcessing;
import vn.motcua.dossiers.DossierQueries;
import vn.motcua.dossiers.DossierSearch;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.dossiers.NewDossier;
import vn.motcua.dossiers.PublicationTarget;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.dossiers.WorkList;
import vn.motcua.shared.ApiError;
import vn.motcua.shared.ErrorAnswers;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.UnitDirectory;

@RestController
@Tag(name = "Dossiers", description = "Hồ sơ một cửa")
class DossiersApi {

    private final DossierIntake intake;
    private final DossierProcessing processing;
    private final DossierQueries queries;
    private final DossierImport imports;
    private final DossierLookup lookup;
    private final DossierMeasures measures;
    private final UnitDirectory units;
    private final ErrorAnswers errors;
    private final ZoneId officeZone;

    DossiersApi(DossierIntake intake, DossierProcessing processing, DossierQueries queries, DossierImport imports,
            DossierLookup lookup, DossierMeasures measures, UnitDirectory units, ErrorAnswers errors, WorkingCalendar calendar) {
        this.intake = intake;
        this.processing = processing;
        this.queries = queries;
        this.imports = imports;
        this.lookup = lookup;
        this.measures = measures;
        this.units = units;
        this.errors = errors;
        this.officeZone = calendar.zone();
    }

    record ApplicantRequest(@NotBlank @Size(max = 200) String name, @Size(max = 12) String idNumber,
            @Size(max = 14) String taxCode, @Size(max = 20) String phone, @Size(max = 200) String email,
            @Size(max = 500) String address) {
    }

    record IntakeRequest(@NotBlank @Size(max = 30) String procedureCode, @NotBlank @Size(max = 40) String agencyCode,
            @NotNull Channel channel, @NotNull @Valid ApplicantRequest applicant, List<Boolean> received) {
    }

    record ActionBody(@NotNull ActionKind action, @Size(max = 60) String assignee, @Size(max = 40) String toAgencyCode,
            @Size(max = 1000) String reason, OffsetDateTime newDueAt, ReturnChannel channel, PublicationTarget on, Long amount,
            @Size(max = 40) String method, @Size(max = 100) String reference, Integer expectedVersion,
            @Size(max = 20) List<@Size(max = 300) String> items, LocalDate deadline) {
    }

    @PostMapping("/api/v1/dossiers")
    @Operation(summary = "Receive a dossier (CLERK; also the online channels)")
    ResponseEntity<DossierView> receive(@Valid @RequestBody IntakeRequest request) {
        ApplicantRequest a = request.applicant();
        var dossier = intake.receive(new NewDossier(request.procedureCode(), request.agencyCode(), request.channel(),
                new Applicant(a.name(), a.idNumber(), a.taxCode(), a.phone(), a.email(), a.address()), request.received()));
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + dossier.code())).body(DossierView.of(dossier, officeZone));
    }

    @GetMapping("/api/v1/dossiers/{code}")
    @Operation(summary = "A dossier with its history")
    DossierView get(@PathVariable String code) {
        return DossierView.of(queries.get(code), officeZone);
    }

    @GetMapping("/api/v1/dossiers")
    @Operation(summary = "Dossiers within reach, newest first")
    List<DossierView> list(@RequestParam(required = false) String agencyCode, @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return queries.search(new DossierSearch(agencyCode, status, from, to, q, page, size)).stream()
                .map(d -> DossierView.of(d, officeZone)).toList();
    }

    @GetMapping("/api/v1/dossiers/work/{list}")
    @Operation(summary = "Work lists of the signed-in account: MINE, AGENCY, DUE_SOON, OVERDUE")
    List<DossierView> work(@PathVariable WorkList list) {
        return queries.workList(list).stream().map(d -> DossierView.of(d, officeZone)).toList();
    }

    @PostMapping("/api/v1/dossiers/{code}/actions")
    @Operation(summary = "Act on a dossier; an action its state does not allow is 409")
    DossierView act(@PathVariable String code, @Valid @RequestBody ActionBody body) {
        var request = new ActionRequest(body.action(), body.assignee(), body.toAgencyCode(), body.reason(),
                body.newDueAt() == null ? null : body.newDueAt().toInstant(), body.channel(), body.on(), body.amount(),
                body.method(), body.reference(), body.expectedVersion(), body.items(), body.deadline());
        return DossierView.of(processing.act(code, request), officeZone);
    }

    @PostMapping(path = "/api/v1/imports/dossiers", consumes = { "application/x-ndjson", "application/json", "text/plain" })
    @Operation(summary = "Import dossiers of the past, one JSON object a line (ADMIN); all or nothing")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = "application/x-ndjson", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    ResponseEntity<Object> importDossiers(InputStream body) {
        DossierImport.Result result = imports.importLines(new InputStreamReader(body, StandardCharsets.UTF_8));
        if (!result.errors().isEmpty()) {
            List<ApiError.FieldProblem> details = result.errors().stream().map(e -> new ApiError.FieldProblem(
                    "line " + e.line() + ": " + e.field(), errors.text(e.messageCode(), e.arguments().toArray()))).toList();
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new ApiError("invalid",
                    errors.text("dossiers.import.failed", result.errors().size()), details));
        }
        return ResponseEntity.ok(Map.of("imported", result.imported()));
    }

    @GetMapping("/api/v1/public/dossiers/{code}")
    @Operation(summary = "A dossier's status for the citizen: the code and the last 4 digits of the applicant's phone; no personal data")
    DossierLookup.PublicStatus publicStatus(@PathVariable String code, @RequestParam(required = false) String phone,
            HttpServletRequest request) {
        lookup.admit(request.getRemoteAddr());
        return lookup.find(code, phone).orElseThrow(() -> new NotFoundException("dossiers.lookup.not-found"));
    }

    @GetMapping("/api/v1/dossiers/measures/{measure}")
    @Operation(summary = "A dossier measure for a unit over days [from, to); filters channel, level, fieldCode; withDossiers lists them")
    DossierFigure measure(@PathVariable String measure, @RequestParam String unitCode,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean withDossiers, @RequestParam Map<String, String> parameters) {
        Map<String, String> filters = new LinkedHashMap<>(parameters);
        for (String known : List.of("unitCode", "from", "to", "withDossiers")) {
            filters.remove(known);
        }
        var unit = units.require(unitCode, to.minusDays(1));
        return measures.measure(measure, unit.id(), from, to, filters, withDossiers);
    }
}
