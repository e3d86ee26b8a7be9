package vn.motcua.procedures.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.procedures.CatalogAdministration;
import vn.motcua.procedures.CatalogFigure;
import vn.motcua.procedures.Fee;
import vn.motcua.procedures.FormField;
import vn.motcua.procedures.ImportReport;
import vn.motcua.procedures.InterAgency;
import vn.motcua.procedures.LegalBasis;
import vn.motcua.procedures.OnlineKind;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.procedures.ProcedureImport;
import vn.motcua.procedures.ProcedureMeasures;
import vn.motcua.procedures.ProcedureSearch;
import vn.motcua.procedures.ProcedureStep;
import vn.motcua.procedures.ProcedureVersion;
import vn.motcua.procedures.RequiredDocument;
import vn.motcua.shared.ApiError.FieldProblem;
import vn.motcua.shared.ErrorAnswers;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.UnitLevel;

@RestController
@Tag(name = "Procedures", description = "Thủ tục hành chính")
class ProceduresApi {

    private final ProcedureCatalog catalog;
    private final CatalogAdministration administration;
    private final ProcedureImport imports;
    private final ProcedureMeasures measures;
    private final ErrorAnswers errors;

    ProceduresApi(ProcedureCatalog catalog, CatalogAdministration administration, ProcedureImport imports,
            ProcedureMeasures measures, ErrorAnswers errors) {
        this.catalog = catalog;
        this.administration = administration;
        this.imports = imports;
        this.measures = measures;
        this.errors = errors;
    }

    /** A procedure as the API shows it: the fields of API.md, then the rest of its content. */
    record ProcedureView(String code, String name, String fieldCode, String fieldName, UnitLevel level,
            Integer processingDays, Integer processingHours, Integer shortenedDays, Integer shortenedHours,
            OnlineKind onlineKind, boolean oneStop, InterAgency interAgency, boolean onlinePayment, boolean anyLocation,
            boolean byPost, boolean internalProcessApproved, boolean internalProcessDigitized, LocalDate publishedOn,
            LocalDate abolishedOn, String publishDecision, String abolishDecision, String replacedBy, AgencyKind agencyKind,
            String resultKind, List<Fee> fees, List<DocumentView> documents, List<ProcedureStep> steps,
            long versionId, LocalDate versionEffectiveFrom, int lockVersion, boolean separateApproval, List<FormField> formFields,
            List<LegalBasis> legalBases) {

        static ProcedureView of(Procedure p) {
            ProcedureContent c = p.content();
            List<DocumentView> documents = new java.util.ArrayList<>();
            for (int i = 0; i < c.documents().size(); i++) {
                documents.add(DocumentView.of(i + 1, c.documents().get(i)));
            }
            return new ProcedureView(p.code(), c.name(), c.fieldCode(), c.fieldName(), c.level(), c.processingDays(),
                    c.processingHours(), c.shortenedDays(), c.shortenedHours(), c.onlineKind(), c.oneStop(), c.interAgency(),
                    c.onlinePayment(), c.anyLocation(), c.byPost(), c.internalProcessApproved(), c.internalProcessDigitized(),
                    p.publishedOn(), p.abolishedOn(), p.publishDecision(), p.abolishDecision(), p.replacedBy(), c.agencyKind(),
                    c.resultKind(), c.fees(), documents, c.steps(), p.version().id(), p.version().effectiveFrom(),
                    p.lockVersion(), c.separateApproval(), c.formFields(), c.legalBases());
        }
    }

    /** A required document with its requirement id, the number a submission's upload names it by. */
    record DocumentView(int requirement, String name, int originals, int copies, String form, boolean officeFormats,
            boolean optional) {

        static DocumentView of(int requirement, RequiredDocument d) {
            return new DocumentView(requirement, d.name(), d.originals(), d.copies(), d.form(), d.officeFormats(), d.optional());
        }
    }

    record ProcedureRequest(@NotBlank @Size(max = 30) String code, @NotBlank @Size(max = 500) String name,
            @NotBlank @Size(max = 60) String fieldCode, @Size(max = 200) String fieldName, @NotNull UnitLevel level,
            Integer processingDays, Integer processingHours, Integer shortenedDays, Integer shortenedHours,
            OnlineKind onlineKind, Boolean oneStop, InterAgency interAgency, Boolean onlinePayment, Boolean anyLocation,
            Boolean byPost, Boolean internalProcessApproved, Boolean internalProcessDigitized, LocalDate publishedOn,
            LocalDate abolishedOn, @Size(max = 200) String publishDecision, AgencyKind agencyKind,
            @Size(max = 300) String resultKind, List<Fee> fees, List<RequiredDocument> documents, List<ProcedureStep> steps,
            Boolean separateApproval, List<FormField> formFields, List<LegalBasis> legalBases) {

        ProcedureContent content() {
            return new ProcedureContent(name, fieldCode, fieldName, level, agencyKind, processingDays, processingHours,
                    shortenedDays, shortenedHours, resultKind, onlineKind == null ? OnlineKind.NONE : onlineKind,
                    !Boolean.FALSE.equals(oneStop), interAgency == null ? InterAgency.NONE : interAgency,
                    Boolean.TRUE.equals(onlinePayment), Boolean.TRUE.equals(anyLocation), Boolean.TRUE.equals(byPost),
                    Boolean.TRUE.equals(internalProcessApproved), Boolean.TRUE.equals(internalProcessDigitized), fees,
                    documents, steps, Boolean.TRUE.equals(separateApproval), formFields, legalBases);
        }
    }

    record AmendRequest(@NotNull @Valid ProcedureRequest procedure, @NotNull LocalDate effectiveFrom,
            @Size(max = 200) String decision, @Size(max = 500) String note, int lockVersion) {
    }

    record AbolishRequest(@NotNull LocalDate on, @Size(max = 200) String decision, @Size(max = 30) String replacedBy,
            int lockVersion) {
    }

    @PostMapping("/api/v1/procedures")
    @Operation(summary = "Publish a procedure (ADMIN, REFORM_OFFICER); abolishedOn, when given, abolishes it from that day")
    ResponseEntity<ProcedureView> create(@Valid @RequestBody ProcedureRequest request) {
        Procedure created = administration.publish(request.code(), request.content(), request.publishedOn(),
                request.publishDecision());
        if (request.abolishedOn() != null) {
            created = administration.abolish(created.code(), created.lockVersion(), request.abolishedOn(), null, null);
        }
        return ResponseEntity.created(URI.create("/api/v1/procedures/" + created.code())).body(ProcedureView.of(created));
    }

    @GetMapping("/api/v1/procedures")
    @Operation(summary = "Search the catalogue as of a date (today by default)")
    List<ProcedureView> search(@RequestParam(required = false) String q, @RequestParam(required = false) String fieldCode,
            @RequestParam(required = false) UnitLevel level, @RequestParam(required = false) OnlineKind onlineKind,
            @RequestParam(required = false) Boolean oneStop, @RequestParam(required = false) InterAgency interAgency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(defaultValue = "false") boolean includeAbolished) {
        return catalog.search(new ProcedureSearch(q, fieldCode, level, onlineKind, oneStop, interAgency, on, includeAbolished))
                .stream().map(ProcedureView::of).toList();
    }

    @GetMapping("/api/v1/procedures/{code}")
    @Operation(summary = "A procedure with the version in force on a date (today by default)")
    ProcedureView get(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return ProcedureView.of(catalog.require(code, on));
    }

    @GetMapping("/api/v1/procedures/{code}/history")
    @Operation(summary = "Every version of a procedure, oldest first")
    List<ProcedureVersion> history(@PathVariable String code) {
        return catalog.history(code);
    }

    @PutMapping("/api/v1/procedures/{code}")
    @Operation(summary = "Amend a procedure from a date: a new version (ADMIN, REFORM_OFFICER)")
    ProcedureView amend(@PathVariable String code, @Valid @RequestBody AmendRequest request) {
        return ProcedureView.of(administration.amend(code, request.lockVersion(), request.procedure().content(),
                request.effectiveFrom(), request.decision(), request.note()));
    }

    @PostMapping("/api/v1/procedures/{code}/abolish")
    @Operation(summary = "Abolish or replace a procedure from a date (ADMIN, REFORM_OFFICER)")
    ProcedureView abolish(@PathVariable String code, @Valid @RequestBody AbolishRequest request) {
        return ProcedureView.of(administration.abolish(code, request.lockVersion(), request.on(), request.decision(),
                request.replacedBy()));
    }

    @GetMapping("/api/v1/procedures/measures/{measure}")
    @Operation(summary = "A catalogue measure over a window [from, to): procedures.inForce, procedures.published, procedures.abolished; other parameters filter")
    CatalogFigure measure(@PathVariable String measure,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam Map<String, String> parameters) {
        Map<String, String> filters = new LinkedHashMap<>(parameters);
        filters.remove("from");
        filters.remove("to");
        return measures.measure(measure, filters, from, to);
    }

    @PostMapping(path = "/api/v1/imports/procedures", consumes = { "text/csv", "application/octet-stream",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
    @Operation(summary = "Import the catalogue from CSV or XLSX (ADMIN, REFORM_OFFICER); dryRun=true only reports; all or nothing")
    ResponseEntity<Object> importFile(@RequestBody byte[] file, @RequestParam(defaultValue = "false") boolean dryRun) {
        ImportReport report = dryRun ? imports.dryRun(file) : imports.apply(file);
        if (!report.errors().isEmpty()) {
            List<FieldProblem> details = report.errors().stream()
                    .map(e -> new FieldProblem("line " + e.line() + ": " + e.column(),
                            errors.text(e.messageCode(), e.arguments().toArray())))
                    .toList();
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(new vn.motcua.shared.ApiError("invalid", errors.text("procedures.import.failed",
                            report.errors().size()), details));
        }
        return ResponseEntity.ok(report);
    }

    @GetMapping("/api/v1/procedures/export.csv")
    @Operation(summary = "The catalogue as CSV in the import layout")
    ResponseEntity<byte[]> exportCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return download(imports.exportCsv(on), "thu-tuc-hanh-chinh.csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/api/v1/procedures/export.xlsx")
    @Operation(summary = "The catalogue as XLSX in the import layout")
    ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return download(imports.exportXlsx(on), "thu-tuc-hanh-chinh.xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    static ResponseEntity<byte[]> download(byte[] content, String filename, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(content);
    }
}
