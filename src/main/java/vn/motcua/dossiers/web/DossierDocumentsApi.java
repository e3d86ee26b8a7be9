package vn.motcua.dossiers.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.DocumentKind;
import vn.motcua.dossiers.DocumentOrigin;
import vn.motcua.dossiers.DossierDocument;
import vn.motcua.dossiers.DossierDocuments;
import vn.motcua.files.FileDownloads;

/** A dossier's documents in the API: listed, attached from an upload (a scan at the counter, a result), downloaded. */
@RestController
@Tag(name = "Dossiers", description = "Hồ sơ một cửa")
class DossierDocumentsApi {

    /** A document in the API, its time in Vietnam time with its offset. */
    record DocumentView(long id, long fileId, String fileName, String contentType, long size, Integer requirement, String requirementName,
            DocumentKind kind, DocumentOrigin origin, Long reusedFrom, String attachedBy, OffsetDateTime attachedAt) {

        static DocumentView of(DossierDocument d, ZoneId zone) {
            return new DocumentView(d.id(), d.fileId(), d.fileName(), d.contentType(), d.size(), d.requirement(), d.requirementName(), d.kind(),
                    d.origin(), d.reusedFrom(), d.attachedBy(), d.attachedAt().atZone(zone).toOffsetDateTime());
        }
    }

    private final DossierDocuments documents;
    private final FileDownloads downloads;
    private final ZoneId zone;

    DossierDocumentsApi(DossierDocuments documents, FileDownloads downloads, WorkingCalendar calendar) {
        this.documents = documents;
        this.downloads = downloads;
        this.zone = calendar.zone();
    }

    @GetMapping("/api/v1/dossiers/{code}/documents")
    @Operation(summary = "The dossier's documents (thành phần hồ sơ, kết quả) in the order they were attached")
    List<DocumentView> list(@PathVariable String code) {
        return documents.list(code).stream().map(d -> DocumentView.of(d, zone)).toList();
    }

    @PostMapping(path = "/api/v1/dossiers/{code}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a document: multipart file (PDF, JPEG, PNG, DOCX, XLSX; checked by its whole content), requirement "
            + "(1-based position of the procedure's required document it answers, optional), digitised (a scan of a paper; default true), "
            + "kind DOSSIER or RESULT (default DOSSIER). 422 when the file is not what its name says, 413 when too large; nothing stored")
    ResponseEntity<DocumentView> attach(@PathVariable String code, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Integer requirement, @RequestParam(defaultValue = "true") boolean digitised,
            @RequestParam(defaultValue = "DOSSIER") DocumentKind kind) throws IOException {
        DossierDocument attached;
        try (InputStream content = file.getInputStream()) {
            attached = documents.upload(code, file.getOriginalFilename(), content, requirement, kind,
                    digitised ? DocumentOrigin.DIGITISED : DocumentOrigin.BORN_DIGITAL);
        }
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + UriUtils.encodePathSegment(attached.dossierCode(),
                java.nio.charset.StandardCharsets.UTF_8) + "/documents/" + attached.id())).body(DocumentView.of(attached, zone));
    }

    @GetMapping("/api/v1/dossiers/{code}/documents/{id}")
    @Operation(summary = "Download a document of the dossier, always as an attachment under its own name")
    ResponseEntity<Resource> download(@PathVariable String code, @PathVariable long id) {
        return downloads.download(documents.file(code, id));
    }
}
