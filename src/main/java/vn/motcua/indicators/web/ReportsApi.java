package vn.motcua.indicators.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.indicators.BoardEntry;
import vn.motcua.indicators.Finding;
import vn.motcua.indicators.Report;
import vn.motcua.indicators.ReportApproval;
import vn.motcua.indicators.ReportBoard;
import vn.motcua.indicators.ReportEntry;
import vn.motcua.indicators.ReportRow;
import vn.motcua.indicators.ReportWorkbooks;
import vn.motcua.indicators.RowRecords;
import vn.motcua.indicators.UnitReports;
import vn.motcua.indicators.ValidationFailed;
import vn.motcua.shared.ApiError;
import vn.motcua.shared.ErrorAnswers;

@RestController
@RequestMapping("/api/v1/reports/{template}/{period}/{unitCode}")
@Tag(name = "Reports", description = "Báo cáo cải cách hành chính: số liệu, kiểm tra, gửi, trả lại, phê duyệt")
class ReportsApi {

    private final UnitReports reports;
    private final ReportEntry entry;
    private final ReportApproval approval;
    private final ReportBoard board;
    private final ReportWorkbooks workbooks;
    private final ErrorAnswers errors;

    ReportsApi(UnitReports reports, ReportEntry entry, ReportApproval approval, ReportBoard board, ReportWorkbooks workbooks,
            ErrorAnswers errors) {
        this.reports = reports;
        this.entry = entry;
        this.approval = approval;
        this.board = board;
        this.workbooks = workbooks;
        this.errors = errors;
    }

    /** The report as API.md gives it, with the extra fields after. */
    record ReportView(String template, String period, String unit, String status, List<RowView> rows, int version,
            int templateVersion, String unitName, String windowFrom, String windowTo, String dueOn, String returnComment) {

        static ReportView of(Report r) {
            return new ReportView(r.template(), r.period(), r.unitCode(), r.status().name(),
                    r.rows().stream().map(RowView::of).toList(), r.version(), r.templateVersion(), r.unitName(),
                    r.windowFrom().toString(), r.windowTo().toString(), r.dueOn().toString(), r.returnComment());
        }
    }

    record RowView(String key, String code, String label, String unit, String type, BigDecimal value, String source,
            boolean overridden, String note, BigDecimal previous, BigDecimal lastYear, boolean required) {

        static RowView of(ReportRow r) {
            return new RowView(r.key(), r.code(), r.label(), r.unit(), r.type(), plain(r.value()), r.source(), r.overridden(),
                    r.note(), plain(r.previous()), plain(r.lastYear()), r.required());
        }

        /** 2380, not 2.38E+3 nor 2380.0000: a JSON number as a person reads it. */
        static BigDecimal plain(BigDecimal value) {
            if (value == null) {
                return null;
            }
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }

    record ValuesRequest(@NotNull Map<String, BigDecimal> values, @Size(max = 1000) String note, Integer version) {
    }

    record ReturnRequest(@Size(max = 1000) String comment) {
    }

    @GetMapping
    @Operation(summary = "The unit's report for the period: every row of the template with its figure and source")
    ReportView get(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode,
            @RequestParam(defaultValue = "false") boolean compare) {
        return ReportView.of(reports.get(template, period, unitCode, compare));
    }

    @PutMapping("/values")
    @Operation(summary = "Enter figures; a computed figure may be overridden only with a note")
    ReportView values(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode,
            @Valid @RequestBody ValuesRequest request) {
        return ReportView.of(entry.putValues(template, period, unitCode, request.values(), request.note(), request.version()));
    }

    @GetMapping("/validation")
    @Operation(summary = "The findings of validation: ERROR blocks submission, WARNING does not")
    Map<String, List<Finding>> validation(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode) {
        return Map.of("findings", reports.validate(template, period, unitCode));
    }

    @PostMapping("/submit")
    ReportView submit(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode) {
        return ReportView.of(approval.submit(template, period, unitCode));
    }

    @PostMapping("/return")
    ReportView returnReport(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode,
            @Valid @RequestBody ReturnRequest request) {
        return ReportView.of(approval.returnReport(template, period, unitCode, request.comment()));
    }

    @PostMapping("/approve")
    ReportView approve(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode) {
        return ReportView.of(approval.approve(template, period, unitCode));
    }

    @GetMapping("/board")
    @Operation(summary = "The units below: who has submitted, been returned or approved, and who is late")
    List<BoardEntry> board(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode) {
        return board.board(template, period, unitCode);
    }

    @GetMapping("/rows/{key}/records")
    @Operation(summary = "The records behind a computed row: the dossiers or procedures it counts")
    RowRecords records(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode,
            @PathVariable String key) {
        return reports.recordsBehind(template, period, unitCode, key);
    }

    @PostMapping("/remind")
    @Operation(summary = "Send an in-app reminder to every unit below that is late (REFORM_OFFICER, LEADER)")
    Map<String, List<String>> remind(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode) {
        return Map.of("reminded", board.remindLate(template, period, unitCode));
    }

    @GetMapping("/form.xlsx")
    @Operation(summary = "The unit's form as XLSX in the printed layout, to fill in offline")
    ResponseEntity<byte[]> form(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode) {
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"bao-cao-" + template + "-" + period + "-" + unitCode + ".xlsx\"")
                .body(workbooks.form(template, period, unitCode));
    }

    @PutMapping(path = "/form.xlsx", consumes = { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/octet-stream" })
    @Operation(summary = "Upload the filled-in form: the entered figures go through the same validation")
    ReportView upload(@PathVariable String template, @PathVariable String period, @PathVariable String unitCode,
            @RequestBody byte[] file) {
        return ReportView.of(workbooks.upload(template, period, unitCode, file));
    }

    @ExceptionHandler(ValidationFailed.class)
    ResponseEntity<ApiError> refused(ValidationFailed e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new ApiError("invalid",
                errors.text("indicators.submit.errors", e.findings().size()),
                e.findings().stream().map(f -> new ApiError.FieldProblem(String.join(",", f.keys()), f.message())).toList()));
    }
}
