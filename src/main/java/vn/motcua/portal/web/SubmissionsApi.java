package vn.motcua.portal.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.core.io.Resource;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.Channel;
import vn.motcua.dossiers.Dossier;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.files.FileDownloads;
import vn.motcua.portal.SubmissionDesk;
import vn.motcua.portal.SubmissionStatus;

/** The desk's side of online submissions (CLERK of the agency): the waiting list, receiving, asking for completion, refusing. */
@RestController
@Tag(name = "Submissions", description = "Tiếp nhận hồ sơ nộp trực tuyến")
class SubmissionsApi {

    private final SubmissionDesk desk;
    private final FileDownloads downloads;
    private final ZoneId zone;

    SubmissionsApi(SubmissionDesk desk, FileDownloads downloads, WorkingCalendar calendar) {
        this.desk = desk;
        this.downloads = downloads;
        this.zone = calendar.zone();
    }

    record CompletionRequest(@Size(max = 1000) String reason, @Size(max = 20) List<@Size(max = 300) String> items) {
    }

    record RefusalRequest(@Size(max = 1000) String reason) {
    }

    /** The dossier a received submission became. */
    record ReceivedView(String code, DossierStatus status, Channel channel, OffsetDateTime receivedAt, OffsetDateTime dueAt,
            String procedureCode, String agencyCode, long procedureVersionId) {

        static ReceivedView of(Dossier d, ZoneId zone) {
            return new ReceivedView(d.code(), d.status(), d.channel(), SubmissionView.time(d.receivedAt(), zone),
                    SubmissionView.time(d.dueAt(), zone), d.procedureCode(), d.agencyCode(), d.procedureVersionId());
        }
    }

    @GetMapping("/api/v1/submissions")
    @Operation(summary = "Submissions of an agency within reach in a status (SUBMITTED by default), the longest waiting first; "
            + "late: not answered by the working day after it was submitted")
    List<SubmissionView> list(@RequestParam(required = false) String agencyCode,
            @RequestParam(required = false) SubmissionStatus status) {
        return desk.list(agencyCode, status).stream().map(item -> SubmissionView.of(item, zone)).toList();
    }

    @GetMapping("/api/v1/submissions/{id}")
    @Operation(summary = "A submission with its answers and documents")
    SubmissionView get(@PathVariable long id) {
        return SubmissionView.of(desk.get(id), zone);
    }

    @GetMapping("/api/v1/submissions/{id}/documents/{documentId}")
    @Operation(summary = "Download a submission's document")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long documentId) {
        return downloads.download(desk.document(id, documentId).fileId());
    }

    @PostMapping("/api/v1/submissions/{id}/receive")
    @Operation(summary = "Receive it: 201 the dossier it becomes (channel ONLINE_PARTIAL or ONLINE_FULL as the procedure is offered); "
            + "received before: 200 the same dossier")
    ResponseEntity<ReceivedView> receive(@PathVariable long id) {
        SubmissionDesk.Received received = desk.receive(id);
        ReceivedView view = ReceivedView.of(received.dossier(), zone);
        return received.created() ? ResponseEntity.created(URI.create("/api/v1/dossiers/" + view.code())).body(view)
                : ResponseEntity.status(HttpStatus.OK).body(view);
    }

    @PostMapping("/api/v1/submissions/{id}/request-completion")
    @Operation(summary = "Send it back to the citizen naming the missing items and the reason")
    SubmissionView requestCompletion(@PathVariable long id, @Valid @RequestBody CompletionRequest request) {
        return SubmissionView.of(desk.requestCompletion(id, request.reason(), request.items()), zone);
    }

    @PostMapping("/api/v1/submissions/{id}/refuse")
    @Operation(summary = "Refuse it with the reason the citizen is told")
    SubmissionView refuse(@PathVariable long id, @Valid @RequestBody RefusalRequest request) {
        return SubmissionView.of(desk.refuse(id, request.reason()), zone);
    }
}
