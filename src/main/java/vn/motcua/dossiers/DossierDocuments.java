package vn.motcua.dossiers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.accounts.StaffDirectory;
import vn.motcua.audit.AuditTrail;
import vn.motcua.dossiers.core.DossierLifecycle;
import vn.motcua.dossiers.core.DossierLifecycle.Attachment;
import vn.motcua.dossiers.core.DossierLifecycle.Outcome;
import vn.motcua.dossiers.internal.ApplicantReach;
import vn.motcua.dossiers.internal.DailyFigures;
import vn.motcua.dossiers.internal.DossierActs;
import vn.motcua.dossiers.internal.DocumentRows;
import vn.motcua.dossiers.internal.DocumentRows.DocumentRow;
import vn.motcua.dossiers.internal.DossierReach;
import vn.motcua.dossiers.internal.DossierStore;
import vn.motcua.dossiers.internal.ProcedureVersions;
import vn.motcua.dossiers.internal.StoredDossier;
import vn.motcua.files.FileStore;
import vn.motcua.files.StoredFile;
import vn.motcua.procedures.RequiredDocument;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.DocumentSigning;
import vn.motcua.shared.FileContent;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;

/**
 * Thành phần hồ sơ, số hóa: the documents of a dossier and of its result. A clerk scans the papers
 * brought to the counter or by post and attaches them; a received online submission brings its files
 * along. Each attachment goes through the dossier's lifecycle (an ATTACH_DOCUMENT action in its
 * history, the digitisation figures it moves) and the audit trail, in one transaction with the file
 * itself, so a refused attachment leaves no file behind.
 * <p>
 * Who may read or add documents is the dossier's handling staff: an account whose scope reaches the
 * dossier (404 otherwise, as for the dossier itself) and who sees its applicant's personal data —
 * the papers are the applicant's (403 for an account that sees the dossier masked) — and, for a
 * dossier filed online, the citizen who filed it: it reads its documents and its result, picks them
 * for a new submission, and answers a supplement request with its papers online.
 */
@Service
public class DossierDocuments {

    /** The kinds of file a dossier's document may be: scans (PDF, JPEG, PNG) and office files. */
    public static final Set<FileContent.Kind> KINDS = Set.copyOf(EnumSet.of(FileContent.Kind.PDF, FileContent.Kind.JPEG,
            FileContent.Kind.PNG, FileContent.Kind.DOCX, FileContent.Kind.XLSX));

    private final DossierStore store;
    private final DocumentRows documents;
    private final DossierReach reach;
    private final DossierLifecycle lifecycle;
    private final ProcedureVersions versions;
    private final DailyFigures figures;
    private final FileStore files;
    private final ApplicantReach applicants;
    private final DossierActs acts;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<DocumentSigning> signing;
    private final PublicRegister register;
    private final StaffDirectory staff;
    private final ApplicationEventPublisher events;

    DossierDocuments(DossierStore store, DocumentRows documents, DossierReach reach, DossierLifecycle lifecycle,
            ProcedureVersions versions, DailyFigures figures, FileStore files, ApplicantReach applicants, DossierActs acts,
            CurrentUser currentUser, AuditTrail audit, Clock clock, ObjectProvider<DocumentSigning> signing, PublicRegister register,
            StaffDirectory staff, ApplicationEventPublisher events) {
        this.signing = signing;
        this.register = register;
        this.staff = staff;
        this.events = events;
        this.store = store;
        this.documents = documents;
        this.reach = reach;
        this.lifecycle = lifecycle;
        this.versions = versions;
        this.figures = figures;
        this.files = files;
        this.applicants = applicants;
        this.acts = acts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores an upload (checked by its whole content, {@link #KINDS}) and attaches it to the dossier, in
     * one transaction: the clerk's scan at the counter, a result's file.
     *
     * @param requirement the procedure version's required document it answers, 1-based; null for none (always for a result)
     */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'ADMIN')")
    @Transactional
    public DossierDocument upload(String code, String fileName, InputStream content, Integer requirement, DocumentKind kind,
            DocumentOrigin origin) {
        StoredDossier dossier = handled(code, true);
        StoredFile file = files.store(fileName, content, KINDS);
        return attach(dossier, signedResult(dossier, file, kind, true), requirement, kind, origin, null);
    }

    /**
     * Attaches a file already stored in the files module (an online submission's document when it is
     * received, a document reused from an earlier dossier of the same applicant).
     *
     * @param storedFileId the file's id in the files module
     * @param requirement the procedure version's required document it answers, 1-based; null for none (always for a result)
     * @param reusedFrom the id of the earlier dossier's document the file is taken from, or null; that
     *        dossier's applicant must have the same citizen ID number or tax code, and the file must be that document's
     */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'ADMIN')")
    @Transactional
    public DossierDocument attach(String code, long storedFileId, Integer requirement, DocumentKind kind, DocumentOrigin origin,
            Long reusedFrom) {
        StoredDossier dossier = handled(code, true);
        StoredFile file = files.find(storedFileId)
                .orElseThrow(() -> new InvalidInputException("fileId", "dossiers.document.file.not-found", String.valueOf(storedFileId)));
        if (documents.holdsFile(dossier.id(), storedFileId)) {
            throw new ConflictException("dossiers.document.already", file.fileName());
        }
        if (reusedFrom != null) {
            checkReuse(dossier, reusedFrom, storedFileId);
        }
        return attach(dossier, signedResult(dossier, file, kind, false), requirement, kind, origin, reusedFrom);
    }

    /** The dossier's documents in the order they joined it. */
    @Transactional(readOnly = true)
    public List<DossierDocument> list(String code) {
        return views(handled(code, false));
    }

    /**
     * The stored file of one of the dossier's documents, for its download (files' {@code FileDownloads}).
     *
     * @throws NotFoundException the dossier has no such document
     */
    @Transactional(readOnly = true)
    public StoredFile file(String code, long documentId) {
        StoredDossier dossier = handled(code, false);
        DocumentRow row = documents.find(dossier.id(), documentId)
                .orElseThrow(() -> new NotFoundException("dossiers.document.not-found", String.valueOf(documentId), code));
        return named(row, files.find(row.fileId())
                .orElseThrow(() -> new NotFoundException("dossiers.document.not-found", String.valueOf(documentId), code)));
    }

    /**
     * The file as the document's download gives it: under the document's own name when it has one (an
     * imported document, whose file stands in for one left in the old system), with the extension of
     * what the file is, so that the name the browser saves it under says what it opens as.
     */
    private static StoredFile named(DocumentRow row, StoredFile file) {
        if (row.fileName() == null || row.fileName().equals(file.fileName())) {
            return file;
        }
        String extension = file.fileName().substring(file.fileName().lastIndexOf('.'));
        String name = row.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? row.fileName()
                : row.fileName() + extension;
        return new StoredFile(file.id(), name, file.contentType(), file.size(), file.sha256(), file.storedAt());
    }

    /** One file the citizen sends: its name and its content, read once. */
    public record Upload(String fileName, InputStream content) {
    }

    /** The documents of one of the signed-in citizen's online dossiers, its result's among them. */
    @PreAuthorize("hasRole('CITIZEN')")
    @Transactional(readOnly = true)
    public List<DossierDocument> ofApplicant(String code) {
        return views(applicants.owned(store.find(code), code));
    }

    /** The file of one of them, for its download. */
    @PreAuthorize("hasRole('CITIZEN')")
    @Transactional(readOnly = true)
    public StoredFile applicantFile(String code, long documentId) {
        StoredDossier dossier = applicants.owned(store.find(code), code);
        DocumentRow row = documents.find(dossier.id(), documentId)
                .orElseThrow(() -> new NotFoundException("dossiers.document.not-found", String.valueOf(documentId), code));
        return named(row, files.find(row.fileId())
                .orElseThrow(() -> new NotFoundException("dossiers.document.not-found", String.valueOf(documentId), code)));
    }

    /**
     * Every document of the signed-in citizen's online dossiers, the latest first: the papers and
     * results a new submission may take again instead of asking for them once more.
     */
    @PreAuthorize("hasRole('CITIZEN')")
    @Transactional(readOnly = true)
    public List<DossierDocument> reusableByApplicant() {
        List<DossierDocument> all = new java.util.ArrayList<>();
        for (StoredDossier dossier : store.ofApplicantAccount(currentUser.require().accountId(), 200)) {
            all.addAll(views(dossier));
        }
        all.sort(java.util.Comparator.comparing(DossierDocument::attachedAt).reversed());
        return all;
    }

    /**
     * Bổ sung trực tuyến: the citizen's papers answering the dossier's supplement request, each stored
     * (checked by its whole content) and attached as born digital, then SUPPLEMENT_RECEIVED through the
     * lifecycle — the clock runs again from now, as when the papers are brought to the desk. All in one
     * transaction: a refused file leaves nothing behind. Refused (409) when the dossier waits for no supplement.
     */
    @PreAuthorize("hasRole('CITIZEN')")
    @Transactional
    public List<DossierDocument> supplement(String code, List<Upload> uploads) {
        StoredDossier dossier = applicants.owned(store.lock(code), code);
        if (dossier.summary().status().after(ActionKind.SUPPLEMENT_RECEIVED).isEmpty()) {
            throw new ConflictException("dossiers.supplement.not-waiting");
        }
        if (uploads.isEmpty()) {
            throw new InvalidInputException(FileStore.FIELD, "dossiers.supplement.files-required");
        }
        List<DossierDocument> attached = new java.util.ArrayList<>();
        for (Upload upload : uploads) {
            StoredFile file = files.store(upload.fileName(), upload.content(), KINDS);
            attached.add(attach(store.find(code).orElseThrow(), file, null, DocumentKind.DOSSIER, DocumentOrigin.BORN_DIGITAL, null));
        }
        acts.act(store.find(code).orElseThrow(), ActionRequest.of(ActionKind.SUPPLEMENT_RECEIVED), currentUser.require().getUsername());
        return attached;
    }

    private List<DossierDocument> views(StoredDossier dossier) {
        List<DocumentRow> rows = documents.of(dossier.id());
        Map<Long, StoredFile> stored = files.find(rows.stream().map(DocumentRow::fileId).toList()).stream()
                .collect(Collectors.toMap(StoredFile::id, Function.identity()));
        List<RequiredDocument> required = versions.get(dossier.facts().procedureVersionId()).content().documents();
        return rows.stream().filter(row -> stored.containsKey(row.fileId()))
                .map(row -> view(dossier, row, stored.get(row.fileId()), required)).toList();
    }

    /** The dossier, locked for a change when asked, if the caller handles it: 404 beyond the caller's reach, 403 when masked. */
    private StoredDossier handled(String code, boolean forChange) {
        String trimmed = code == null ? "" : code.trim();
        StoredDossier dossier = (forChange ? store.lock(trimmed) : store.find(trimmed))
                .orElseThrow(() -> new NotFoundException("dossiers.not-found", trimmed));
        reach.check(dossier);
        if (!reach.showsPersonalData(dossier)) {
            throw new AccessDeniedException("the documents of " + trimmed + " are its applicant's; this account sees it masked");
        }
        return dossier;
    }

    /**
     * Ký số kết quả: a result's PDF joining an approved dossier is signed with the agency's certificate,
     * carrying the approving leader's name — the approval is what the signature stands for — and the signed
     * file is what the dossier keeps and serves from then on. An upload's unsigned file goes; a file kept
     * elsewhere (a submission's) stays. No approval yet, no certificate, or not a PDF: attached as it is.
     * An expired or revoked certificate refuses the attachment (ConflictException), nothing kept.
     */
    private StoredFile signedResult(StoredDossier dossier, StoredFile file, DocumentKind kind, boolean ownsFile) {
        DocumentSigning signer = signing.getIfAvailable();
        if (kind != DocumentKind.RESULT || signer == null || !FileContent.Kind.PDF.contentType().equals(file.contentType())) {
            return file;
        }
        Optional<DossierAction> approval = store.history(dossier.id()).stream().filter(a -> a.kind() == ActionKind.APPROVE)
                .reduce((first, second) -> second);
        if (approval.isEmpty()) {
            return file;
        }
        Agency agency = register.agency(dossier.facts().agencyId()).orElseThrow();
        String approver = staff.fullNames(Set.of(approval.get().actor())).getOrDefault(approval.get().actor(), approval.get().actor());
        byte[] pdf;
        try (InputStream in = files.open(file.id())) {
            pdf = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<byte[]> signed = signer.sign(agency.code(), pdf, new DocumentSigning.Mark(null, false,
                "Phê duyệt kết quả giải quyết hồ sơ " + dossier.facts().code(), approver));
        if (signed.isEmpty()) {
            return file;
        }
        StoredFile signedFile = files.store(file.fileName(), new ByteArrayInputStream(signed.get()), Set.of(FileContent.Kind.PDF));
        if (ownsFile) {
            files.delete(file.id());
        }
        events.publishEvent(new DossierResultSigned(dossier.facts().code(), signedFile.fileName(), agency.name(),
                versions.get(dossier.facts().procedureVersionId()).content().name(), dossier.facts().applicant(), signedFile.storedAt()));
        return signedFile;
    }

    private void checkReuse(StoredDossier dossier, long reusedFrom, long storedFileId) {
        DocumentRows.Earlier earlier = documents.earlier(reusedFrom).filter(e -> e.dossierId() != dossier.id())
                .orElseThrow(() -> new InvalidInputException("reusedFrom", "dossiers.document.reuse.not-found", String.valueOf(reusedFrom)));
        Applicant applicant = dossier.facts().applicant();
        boolean samePerson = applicant.idNumber() != null && applicant.idNumber().equals(earlier.applicantIdNumber())
                || applicant.taxCode() != null && applicant.taxCode().equals(earlier.applicantTaxCode());
        if (!samePerson) {
            throw new InvalidInputException("reusedFrom", "dossiers.document.reuse.other-applicant", String.valueOf(reusedFrom));
        }
        if (earlier.fileId() != storedFileId) {
            throw new InvalidInputException("reusedFrom", "dossiers.document.reuse.other-file", String.valueOf(reusedFrom));
        }
    }

    private DossierDocument attach(StoredDossier dossier, StoredFile file, Integer requirement, DocumentKind kind,
            DocumentOrigin origin, Long reusedFrom) {
        String actor = currentUser.require().getUsername();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var version = versions.get(dossier.facts().procedureVersionId());
        Outcome outcome = lifecycle.attach(version, dossier.facts(), store.history(dossier.id()),
                new Attachment(file.id(), file.fileName(), requirement, kind, origin, reusedFrom), actor, now);
        store.apply(dossier, outcome);
        DossierAction action = outcome.appended().get(0);
        long id = documents.insert(dossier.id(), action.seq(), file.id(), requirement, kind, origin, reusedFrom, actor, now);
        DossierDocument attached = view(dossier, new DocumentRow(id, dossier.id(), action.seq(), file.id(), requirement, kind, origin,
                reusedFrom, actor, now, null), file, version.content().documents());
        audit.record("dossier.attach_document", "dossier", dossier.facts().code(), summary(attached), null, action.data());
        figures.count(outcome.movements());
        return attached;
    }

    /** The audit trail's line: which file joined which dossier as what. */
    private static String summary(DossierDocument document) {
        return "ATTACH_DOCUMENT " + document.dossierCode() + ": " + document.fileName() + " (" + document.kind() + ", "
                + document.origin() + (document.requirement() == null ? "" : ", " + document.requirement() + ". "
                        + document.requirementName()) + (document.reusedFrom() == null ? "" : ", reused from document "
                                + document.reusedFrom()) + ")";
    }

    private static DossierDocument view(StoredDossier dossier, DocumentRow row, StoredFile file, List<RequiredDocument> required) {
        Integer requirement = row.requirement();
        String requirementName = requirement == null || requirement > required.size() ? null
                : required.get(requirement - 1).name();
        return new DossierDocument(row.id(), dossier.facts().code(), file.id(), row.fileName() == null ? file.fileName() : row.fileName(),
                file.contentType(), file.size(),
                requirement, requirementName, row.kind(), row.origin(), row.reusedFrom(), row.attachedBy(), row.attachedAt());
    }
}
