package vn.motcua.portal.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.ApplicantDossier;
import vn.motcua.dossiers.ApplicantDossiers;
import vn.motcua.dossiers.Channel;
import vn.motcua.dossiers.DocumentKind;
import vn.motcua.dossiers.DossierDocument;
import vn.motcua.dossiers.DossierDocuments;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.files.FileDownloads;

/** The dossiers a citizen filed online (CITIZEN): where each stands, what is asked of the citizen, withdrawal. Another's: 404. */
@RestController
@Tag(name = "Citizen dossiers", description = "Hồ sơ của tôi")
class CitizenDossiersApi {

    private final ApplicantDossiers dossiers;
    private final DossierDocuments documents;
    private final FileDownloads downloads;
    private final ZoneId zone;

    CitizenDossiersApi(ApplicantDossiers dossiers, DossierDocuments documents, FileDownloads downloads, WorkingCalendar calendar) {
        this.dossiers = dossiers;
        this.documents = documents;
        this.downloads = downloads;
        this.zone = calendar.zone();
    }

    record WithdrawRequest(@Size(max = 1000) String reason) {
    }

    /** A dossier as its citizen follows it; {@code supplementRequest} while the desk waits for papers from the citizen. */
    record ApplicantDossierView(String code, String procedureCode, String procedureName, String agencyName, Channel channel,
            DossierStatus status, OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime completedAt,
            OffsetDateTime returnedAt, ReturnChannel returnedBy, SupplementView supplementRequest, List<EventView> timeline) {

        record SupplementView(OffsetDateTime at, String reason, List<String> items, LocalDate deadline) {
        }

        record EventView(ActionKind action, OffsetDateTime at) {
        }

        static ApplicantDossierView of(ApplicantDossier d, ZoneId zone) {
            ApplicantDossier.SupplementRequest r = d.supplementRequest();
            return new ApplicantDossierView(d.code(), d.procedureCode(), d.procedureName(), d.agencyName(), d.channel(), d.status(),
                    SubmissionView.time(d.receivedAt(), zone), SubmissionView.time(d.dueAt(), zone),
                    SubmissionView.time(d.completedAt(), zone), SubmissionView.time(d.returnedAt(), zone), d.returnedBy(),
                    r == null ? null : new SupplementView(SubmissionView.time(r.at(), zone), r.reason(), r.items(), r.deadline()),
                    d.timeline().stream().map(e -> new EventView(e.action(), SubmissionView.time(e.at(), zone))).toList());
        }
    }

    @GetMapping("/api/v1/citizen/dossiers")
    @Operation(summary = "The citizen's online dossiers, newest first (CITIZEN)")
    List<ApplicantDossierView> list() {
        return dossiers.mine().stream().map(d -> ApplicantDossierView.of(d, zone)).toList();
    }

    @GetMapping("/api/v1/citizen/dossiers/{code}")
    @Operation(summary = "One of the citizen's dossiers with its timeline and any supplement request (reason, items, deadline)")
    ApplicantDossierView get(@PathVariable String code) {
        return ApplicantDossierView.of(dossiers.get(code), zone);
    }

    /** A document of the dossier or of its result, as the citizen sees it. */
    record DocumentView(long id, String fileName, String contentType, long size, DocumentKind kind, Integer requirement,
            String requirementName, OffsetDateTime attachedAt) {

        static DocumentView of(DossierDocument d, ZoneId zone) {
            return new DocumentView(d.id(), d.fileName(), d.contentType(), d.size(), d.kind(), d.requirement(), d.requirementName(),
                    SubmissionView.time(d.attachedAt(), zone));
        }
    }

    @GetMapping("/api/v1/citizen/dossiers/{code}/documents")
    @Operation(summary = "The documents of the citizen's dossier, the result's among them (kind RESULT)")
    List<DocumentView> documents(@PathVariable String code) {
        return documents.ofApplicant(code).stream().map(d -> DocumentView.of(d, zone)).toList();
    }

    @GetMapping("/api/v1/citizen/dossiers/{code}/documents/{id}")
    @Operation(summary = "Download one of them")
    ResponseEntity<Resource> download(@PathVariable String code, @PathVariable long id) {
        return downloads.download(documents.applicantFile(code, id));
    }

    @PostMapping(path = "/api/v1/citizen/dossiers/{code}/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Answer the supplement request online: the files (part file, one or more) are attached as born digital "
            + "and SUPPLEMENT_RECEIVED is recorded, the clock running again; 409 when no supplement is awaited; 422/413 for a bad file")
    ApplicantDossierView supplement(@PathVariable String code, @RequestPart("file") List<MultipartFile> files) throws IOException {
        try (Uploads uploads = new Uploads(files)) {
            documents.supplement(code, uploads.list());
        }
        return ApplicantDossierView.of(dossiers.get(code), zone);
    }

    @PostMapping("/api/v1/citizen/dossiers/{code}/withdraw")
    @Operation(summary = "Withdraw the dossier while it is being processed (WITHDRAW through the dossier's lifecycle)")
    ApplicantDossierView withdraw(@PathVariable String code, @Valid @RequestBody(required = false) WithdrawRequest request) {
        return ApplicantDossierView.of(dossiers.withdraw(code, request == null ? null : request.reason()), zone);
    }
}
