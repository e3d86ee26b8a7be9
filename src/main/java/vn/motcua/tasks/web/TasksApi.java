package vn.motcua.tasks.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.shared.FileContent;
import vn.motcua.shared.ApiError;
import vn.motcua.shared.ApiError.FieldProblem;
import vn.motcua.shared.ErrorAnswers;
import vn.motcua.tasks.PlanTaskImport;
import vn.motcua.tasks.Inspection;
import vn.motcua.tasks.Task;
import vn.motcua.tasks.TaskDocument;
import vn.motcua.tasks.TaskRegister;

/** Documents, tasks and inspections over the API: list, get, create, update, with the error format of API.md. */
@RestController
@Tag(name = "Tasks", description = "Văn bản, nhiệm vụ, kiểm tra cải cách hành chính")
class TasksApi {

    private final TaskRegister register;
    private final PlanTaskImport imports;
    private final ErrorAnswers errors;

    TasksApi(TaskRegister register, PlanTaskImport imports, ErrorAnswers errors) {
        this.register = register;
        this.imports = imports;
        this.errors = errors;
    }

    /** A document as the API shows it, with the footnote the report cites. */
    record DocumentView(long id, String unitCode, String number, LocalDate issuedOn, String issuer, TaskDocument.Kind kind, String title,
            TaskDocument.ReformField reformField, Integer planYear, boolean directive, String fileName, String citation) {
        static DocumentView of(TaskDocument d) {
            return new DocumentView(d.id(), d.unitCode(), d.number(), d.issuedOn(), d.issuer(), d.kind(), d.title(), d.reformField(),
                    d.planYear(), d.directive(), d.fileName(), d.citation());
        }
    }

    record ProgressRequest(String note) {
    }

    record FindingRequest(String description) {
    }

    record ResolveRequest(LocalDate resolvedOn) {
    }

    @GetMapping("/api/v1/documents")
    @Operation(summary = "Văn bản của đơn vị và các đơn vị cấp dưới")
    List<DocumentView> documents() {
        return register.documents().stream().map(DocumentView::of).toList();
    }

    @GetMapping("/api/v1/documents/{id}")
    DocumentView document(@PathVariable long id) {
        return DocumentView.of(register.document(id));
    }

    @PostMapping("/api/v1/documents")
    @Operation(summary = "Ghi nhận văn bản (kế hoạch, quyết định, công văn, chỉ thị, báo cáo)")
    ResponseEntity<DocumentView> createDocument(@RequestBody TaskRegister.NewDocument request) {
        TaskDocument created = register.createDocument(request);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + created.id())).body(DocumentView.of(created));
    }

    @PutMapping("/api/v1/documents/{id}")
    @Operation(summary = "Sửa văn bản (gửi lại đủ các trường)")
    DocumentView updateDocument(@PathVariable long id, @RequestBody TaskRegister.NewDocument request) {
        return DocumentView.of(register.updateDocument(id, request));
    }

    @PutMapping(path = "/api/v1/documents/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Đính kèm tệp văn bản")
    DocumentView attach(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        register.attach(id, file.getOriginalFilename(), file.getBytes());
        return DocumentView.of(register.document(id));
    }

    @GetMapping("/api/v1/documents/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return download(register.file(id));
    }

    @GetMapping("/api/v1/tasks/{id}/progress/{progressId}/file")
    ResponseEntity<byte[]> progressFile(@PathVariable long id, @PathVariable long progressId) {
        return download(register.progressFile(id, progressId));
    }

    static ResponseEntity<byte[]> download(Object[] file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename((String) file[0], java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(FileContent.servedType((String) file[1]))).body((byte[]) file[2]);
    }

    @PostMapping(path = "/api/v1/documents/{id}/tasks/import", consumes = { "application/octet-stream",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
    @Operation(summary = "Nhập nhiệm vụ của kế hoạch từ XLSX (cột Nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời hạn); dryRun=true chỉ kiểm tra; "
            + "có dòng sai thì không lưu gì")
    ResponseEntity<Object> importTasks(@PathVariable long id, @RequestBody byte[] file, @RequestParam(defaultValue = "false") boolean dryRun) {
        PlanTaskImport.Outcome outcome = imports.apply(id, file, dryRun);
        if (!outcome.errors().isEmpty()) {
            List<FieldProblem> details = outcome.errors().stream()
                    .map(e -> new FieldProblem("line " + e.line() + ": " + e.column(), errors.text(e.messageCode(), e.arguments().toArray())))
                    .toList();
            return ResponseEntity.status(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
                    .body(new ApiError("invalid", errors.text("tasks.import.failed", outcome.errors().size()), details));
        }
        return ResponseEntity.ok(outcome);
    }

    @GetMapping("/api/v1/tasks")
    @Operation(summary = "Nhiệm vụ, lọc theo kế hoạch, trạng thái, cơ quan chủ trì, quá hạn")
    List<Task> tasks(@RequestParam(required = false) Long planId, @RequestParam(required = false) Task.Status status,
            @RequestParam(required = false) String agency, @RequestParam(defaultValue = "false") boolean overdue) {
        return register.tasks(planId, status, agency, overdue);
    }

    @GetMapping("/api/v1/tasks/{id}")
    Task task(@PathVariable long id) {
        return register.task(id);
    }

    @PostMapping("/api/v1/tasks")
    @Operation(summary = "Giao nhiệm vụ (của kế hoạch, do tỉnh giao, hoặc nhiệm vụ con)")
    ResponseEntity<Task> createTask(@RequestBody TaskRegister.NewTask request) {
        Task created = register.createTask(request);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/tasks/{id}")
    @Operation(summary = "Cập nhật nhiệm vụ: hạn, trạng thái, ngày hoàn thành (version là bản đã xem)")
    Task changeTask(@PathVariable long id, @RequestBody TaskRegister.TaskChange change) {
        return register.changeTask(id, change);
    }

    @PostMapping("/api/v1/tasks/{id}/progress")
    @Operation(summary = "Báo cáo tiến độ")
    Task progress(@PathVariable long id, @RequestBody ProgressRequest request) {
        return register.addProgress(id, request.note(), null, null);
    }

    @GetMapping("/api/v1/inspections")
    List<Inspection> inspections() {
        return register.inspections();
    }

    @GetMapping("/api/v1/inspections/{id}")
    Inspection inspection(@PathVariable long id) {
        return register.inspection(id);
    }

    @PutMapping("/api/v1/inspections/{id}")
    @Operation(summary = "Sửa cuộc kiểm tra: nội dung, ngày, loại, các cơ quan được kiểm tra")
    Inspection updateInspection(@PathVariable long id, @RequestBody TaskRegister.NewInspection request) {
        return register.updateInspection(id, request);
    }

    @PostMapping("/api/v1/inspections")
    @Operation(summary = "Ghi nhận cuộc kiểm tra và các cơ quan, đơn vị được kiểm tra")
    ResponseEntity<Inspection> createInspection(@RequestBody TaskRegister.NewInspection request) {
        Inspection created = register.createInspection(request);
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + created.id())).body(created);
    }

    @PostMapping("/api/v1/inspections/{id}/findings")
    Inspection finding(@PathVariable long id, @RequestBody FindingRequest request) {
        return register.addFinding(id, request.description());
    }

    @PutMapping("/api/v1/inspections/findings/{findingId}")
    @Operation(summary = "Ghi nhận đã xử lý phát hiện")
    Inspection resolve(@PathVariable long findingId, @RequestBody ResolveRequest request) {
        return register.resolveFinding(findingId, request.resolvedOn());
    }
}
