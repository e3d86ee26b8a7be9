package vn.motcua.portal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.dossiers.DossierDocument;
import vn.motcua.dossiers.DossierDocuments;
import vn.motcua.files.FileStore;
import vn.motcua.files.StoredFile;
import vn.motcua.portal.internal.SubmissionRows;
import vn.motcua.portal.internal.SubmissionViews;
import vn.motcua.procedures.RequiredDocument;
import vn.motcua.shared.FileContent;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/**
 * Thành phần hồ sơ nộp trực tuyến: the citizen attaches a file to each required document of a draft
 * (PDF, JPEG or PNG; DOCX or XLSX too where the procedure allows), takes one back while the draft can
 * change, and downloads what it attached. A file is checked by its whole content and stored before
 * it counts; one that is not what it claims, or too large, is refused and nothing is kept.
 */
@Service
@PreAuthorize("hasRole('CITIZEN')")
public class SubmissionDocuments {

    /** More papers than any procedure asks for, with a few pages each. */
    static final int MAX_DOCUMENTS = 40;

    private static final Set<FileContent.Kind> PAPER = EnumSet.of(FileContent.Kind.PDF, FileContent.Kind.JPEG, FileContent.Kind.PNG);
    private static final Set<FileContent.Kind> PAPER_OR_OFFICE = EnumSet.of(FileContent.Kind.PDF, FileContent.Kind.JPEG,
            FileContent.Kind.PNG, FileContent.Kind.DOCX, FileContent.Kind.XLSX);

    private final SubmissionRows rows;
    private final SubmissionViews views;
    private final Submissions submissions;
    private final FileStore files;
    private final DossierDocuments dossierDocuments;
    private final AuditTrail audit;
    private final Clock clock;

    SubmissionDocuments(SubmissionRows rows, SubmissionViews views, Submissions submissions, FileStore files,
            DossierDocuments dossierDocuments, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.views = views;
        this.submissions = submissions;
        this.files = files;
        this.dossierDocuments = dossierDocuments;
        this.audit = audit;
        this.clock = clock;
    }

    /** The file kinds a required document accepts online. */
    public static Set<FileContent.Kind> accepted(RequiredDocument document) {
        return document.officeFormats() ? PAPER_OR_OFFICE : PAPER;
    }

    /** Stores the upload and attaches it to the requirement it answers. */
    @Transactional
    public SubmissionDocument attach(long submissionId, int requirement, String fileName, InputStream content) {
        SubmissionRows.Row row = submissions.owned(rows.lock(submissionId), submissionId);
        Submissions.editable(row);
        RequiredDocument document = requirement(row, requirement);
        if (rows.documents(submissionId).size() >= MAX_DOCUMENTS) {
            throw new InvalidInputException("file", "portal.document.too-many", MAX_DOCUMENTS);
        }
        StoredFile file = files.store(fileName, content, accepted(document));
        return added(row, requirement, file, null);
    }

    /** The documents and results of the citizen's earlier dossiers, the latest first: what may be picked instead of an upload. */
    @Transactional(readOnly = true)
    public List<DossierDocument> reusable() {
        return dossierDocuments.reusableByApplicant();
    }

    /** Attaches a document of the citizen's earlier dossiers instead of uploading it again; the reuse is recorded. */
    @Transactional
    public SubmissionDocument reuse(long submissionId, int requirement, long dossierDocumentId) {
        SubmissionRows.Row row = submissions.owned(rows.lock(submissionId), submissionId);
        Submissions.editable(row);
        RequiredDocument document = requirement(row, requirement);
        DossierDocument earlier = dossierDocuments.reusableByApplicant().stream().filter(d -> d.id() == dossierDocumentId).findFirst()
                .orElseThrow(() -> new NotFoundException("portal.document.not-found", dossierDocumentId));
        StoredFile file = files.find(earlier.fileId())
                .orElseThrow(() -> new NotFoundException("portal.document.not-found", dossierDocumentId));
        if (accepted(document).stream().noneMatch(kind -> kind.contentType().equals(file.contentType()))) {
            throw new InvalidInputException("file", "portal.document.reuse-kind", file.fileName(), document.name());
        }
        return added(row, requirement, file, dossierDocumentId);
    }

    private SubmissionDocument added(SubmissionRows.Row row, int requirement, StoredFile file, Long reusedFrom) {
        Instant now = clock.instant();
        long id = rows.addDocument(row.id(), requirement, file.id(), reusedFrom, now);
        rows.touch(row.id(), now);
        audit.record(reusedFrom == null ? "submission.document.added" : "submission.document.reused", "submission",
                String.valueOf(row.id()), "Đính kèm " + file.fileName() + " vào hồ sơ nộp trực tuyến " + row.id(), null,
                java.util.Map.of("requirement", requirement, "file", file.id()));
        return new SubmissionDocument(id, requirement, requirement(row, requirement).name(), file.id(), file.fileName(),
                file.contentType(), file.size(), reusedFrom, now);
    }

    /** Takes a document back while the submission can change; a file of its own goes with it, a reused one stays where it came from. */
    @Transactional
    public void detach(long submissionId, long documentId) {
        SubmissionRows.Row row = submissions.owned(rows.lock(submissionId), submissionId);
        Submissions.editable(row);
        SubmissionRows.DocumentRow document = rows.document(submissionId, documentId)
                .orElseThrow(() -> new NotFoundException("portal.document.not-found", documentId));
        rows.deleteDocument(documentId);
        if (document.reusedFrom() == null) {
            files.delete(document.fileId());
        }
        rows.touch(submissionId, clock.instant());
        audit.record("submission.document.removed", "submission", String.valueOf(submissionId),
                "Bỏ tài liệu " + documentId + " khỏi hồ sơ nộp trực tuyến " + submissionId, document, null);
    }

    /** The file of an attached document, for its download. */
    @Transactional(readOnly = true)
    public StoredFile file(long submissionId, long documentId) {
        submissions.owned(rows.find(submissionId), submissionId);
        SubmissionRows.DocumentRow document = rows.document(submissionId, documentId)
                .orElseThrow(() -> new NotFoundException("portal.document.not-found", documentId));
        return files.find(document.fileId()).orElseThrow(() -> new NotFoundException("portal.document.not-found", documentId));
    }

    private RequiredDocument requirement(SubmissionRows.Row row, int requirement) {
        return views.content(row.procedureVersionId()).requirement(requirement)
                .orElseThrow(() -> new InvalidInputException("requirement", "portal.document.requirement", requirement));
    }
}
