package vn.motcua.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.files.FileDownloads;
import vn.motcua.portal.SubmissionDocument;
import vn.motcua.portal.SubmissionDocuments;
import vn.motcua.portal.Submissions;

/** The citizen's submissions (CITIZEN): drafts, their documents, submitting and withdrawing. Another citizen's: 404. */
@RestController
@Tag(name = "Citizen submissions", description = "Hồ sơ nộp trực tuyến của công dân")
class CitizenSubmissionsApi {

    private final Submissions submissions;
    private final SubmissionDocuments documents;
    private final FileDownloads downloads;
    private final ZoneId zone;

    CitizenSubmissionsApi(Submissions submissions, SubmissionDocuments documents, FileDownloads downloads, WorkingCalendar calendar) {
        this.submissions = submissions;
        this.documents = documents;
        this.downloads = downloads;
        this.zone = calendar.zone();
    }

    record WithdrawRequest(@Size(max = 1000) String reason) {
    }

    record ReuseRequest(int requirement, long documentId) {
    }

    /** What an upload answers: the stored file as the API contract names it. */
    record UploadedView(long id, int requirement, String fileName, String contentType, long size, boolean reused) {

        static UploadedView of(SubmissionDocument d) {
            return new UploadedView(d.id(), d.requirement(), d.fileName(), d.contentType(), d.size(), d.reused());
        }
    }

    @PostMapping("/api/v1/citizen/submissions")
    @Operation(summary = "A new draft for a procedure offered online at an agency today (CITIZEN); the applicant is the citizen's profile when left out")
    ResponseEntity<SubmissionView> create(@Valid @RequestBody SubmissionRequest request) {
        SubmissionView created = SubmissionView.of(submissions.create(request.draft()), zone);
        return ResponseEntity.created(URI.create("/api/v1/citizen/submissions/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/citizen/submissions/{id}")
    @Operation(summary = "Save a draft (or a submission sent back for completion) again; the procedure stays the same")
    SubmissionView update(@PathVariable long id, @Valid @RequestBody SubmissionRequest request) {
        return SubmissionView.of(submissions.update(id, request.draft()), zone);
    }

    @GetMapping("/api/v1/citizen/submissions")
    @Operation(summary = "The citizen's submissions, newest first (without documents)")
    List<SubmissionView> list() {
        return submissions.mine().stream().map(s -> SubmissionView.of(s, zone)).toList();
    }

    @GetMapping("/api/v1/citizen/submissions/{id}")
    @Operation(summary = "A submission with its documents, history and the desk's requests to complete it")
    SubmissionView get(@PathVariable long id) {
        return SubmissionView.of(submissions.get(id), zone);
    }

    @PostMapping("/api/v1/citizen/submissions/{id}/submit")
    @Operation(summary = "Send it to the desk; 422 listing each required field and document missing; again: the same answer, nothing sent twice")
    SubmissionView submit(@PathVariable long id) {
        return SubmissionView.of(submissions.submit(id), zone);
    }

    @PostMapping("/api/v1/citizen/submissions/{id}/withdraw")
    @Operation(summary = "Withdraw it before the desk decides; once received, the dossier it became is withdrawn")
    SubmissionView withdraw(@PathVariable long id, @Valid @RequestBody(required = false) WithdrawRequest request) {
        return SubmissionView.of(submissions.withdraw(id, request == null ? null : request.reason()), zone);
    }

    @PostMapping(path = "/api/v1/citizen/submissions/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file to a required document (requirement = its number in the procedure's list); PDF, JPEG, PNG, "
            + "and DOCX or XLSX where the procedure allows; checked by its whole content; 422 when not what it claims, 413 when too large")
    ResponseEntity<UploadedView> upload(@PathVariable long id, @RequestParam int requirement, @RequestPart("file") MultipartFile file)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            UploadedView uploaded = UploadedView.of(documents.attach(id, requirement, file.getOriginalFilename(), content));
            return ResponseEntity.created(URI.create("/api/v1/citizen/submissions/" + id + "/documents/" + uploaded.id()))
                    .body(uploaded);
        }
    }

    @PostMapping("/api/v1/citizen/submissions/{id}/documents/reuse")
    @Operation(summary = "Attach a document of one of the citizen's earlier dossiers (documentId, from GET /api/v1/citizen/dossiers/{code}/documents) "
            + "to a required document instead of uploading it again; the reuse is recorded and carried into the dossier")
    ResponseEntity<UploadedView> reuse(@PathVariable long id, @RequestBody ReuseRequest request) {
        UploadedView reused = UploadedView.of(documents.reuse(id, request.requirement(), request.documentId()));
        return ResponseEntity.created(URI.create("/api/v1/citizen/submissions/" + id + "/documents/" + reused.id())).body(reused);
    }

    @GetMapping("/api/v1/citizen/submissions/{id}/documents/{documentId}")
    @Operation(summary = "Download an attached document")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long documentId) {
        return downloads.download(documents.file(id, documentId));
    }

    @DeleteMapping("/api/v1/citizen/submissions/{id}/documents/{documentId}")
    @Operation(summary = "Take a document back while the submission can change")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long documentId) {
        documents.detach(id, documentId);
        return ResponseEntity.noContent().build();
    }
}
