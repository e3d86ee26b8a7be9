package vn.motcua.signatures.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditTrail;
import vn.motcua.files.FileStore;
import vn.motcua.files.StoredFile;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.DocumentSigning;
import vn.motcua.shared.FileContent;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.signatures.AgencyCertificate;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;

/**
 * Signs for the issuing modules with the agency's active certificate, after checking that it may still
 * sign: a revoked, expired or not yet valid certificate refuses with an error that names the agency and
 * the date, and nothing is signed. Each signature is a line of the audit trail. A kept copy is written in
 * the caller's transaction when it can write (an approval: the copy and the approval stand or fall
 * together), else in a transaction of its own (a form printed from a read-only page).
 */
@Service
class AgencySigning implements DocumentSigning {

    private final CertificateRows rows;
    private final SigningKeys keys;
    private final FileStore files;
    private final PublicRegister register;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final VietnameseFormat format;
    private final MotCuaZone zone;
    private final Clock clock;
    private final TransactionTemplate joining;
    private final TransactionTemplate separate;

    AgencySigning(CertificateRows rows, SigningKeys keys, FileStore files, PublicRegister register, AuditTrail audit,
            CurrentUser currentUser, VietnameseFormat format, MotCuaZone zone, Clock clock, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.keys = keys;
        this.files = files;
        this.register = register;
        this.audit = audit;
        this.currentUser = currentUser;
        this.format = format;
        this.zone = zone;
        this.clock = clock;
        this.joining = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Optional<byte[]> sign(String agencyCode, byte[] pdf, Mark mark) {
        return writing().execute(status -> signNow(agencyCode, pdf, mark, null).map(Signed::pdf));
    }

    @Override
    public byte[] signOnce(String subject, String fileName, String agencyCode, Supplier<byte[]> render, Mark mark) {
        Optional<byte[]> kept = signed(subject);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] rendered = render.get();
        return writing().execute(status -> {
            Optional<Signed> signed = signNow(agencyCode, rendered, mark, subject);
            if (signed.isEmpty()) {
                return rendered;
            }
            StoredFile file = files.store(fileName, new ByteArrayInputStream(signed.get().pdf()), Set.of(FileContent.Kind.PDF));
            if (!rows.keep(new CertificateRows.SignedCopy(subject, file.id(), signed.get().certificateId(), signed.get().at(),
                    currentUser.username()))) {
                // Another request kept its copy first: that one is the document, this one goes.
                files.delete(file.id());
                return signed(subject).orElseThrow();
            }
            return signed.get().pdf();
        });
    }

    @Override
    public Optional<byte[]> signed(String subject) {
        return rows.copy(subject).map(copy -> {
            try (InputStream in = files.open(copy.fileId())) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private record Signed(byte[] pdf, long certificateId, Instant at) {
    }

    private Optional<Signed> signNow(String agencyCode, byte[] pdf, Mark mark, String subject) {
        Optional<AgencyCertificate> active = rows.active(agencyCode);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        AgencyCertificate certificate = active.get();
        Agency agency = register.agency(agencyCode).orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        switch (certificate.state(now)) {
            case REVOKED -> throw new ConflictException("signatures.certificate.revoked", agency.name(), certificate.subject(),
                    format.dateTime(certificate.revokedAt()));
            case EXPIRED -> throw new ConflictException("signatures.certificate.expired", agency.name(), certificate.subject(),
                    format.dateTime(certificate.notAfter()));
            case NOT_YET_VALID -> throw new ConflictException("signatures.certificate.not-yet-valid", agency.name(),
                    certificate.subject(), format.dateTime(certificate.notBefore()));
            default -> {
                // valid, or expiring within the warning days: it still signs
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("Ký số bởi: " + certificate.subject());
        lines.add("Cơ quan: " + agency.name());
        lines.add("Thời gian ký: " + format.dateTime(now));
        if (mark.approver() != null && !mark.approver().isBlank()) {
            lines.add("Người phê duyệt: " + mark.approver());
        }
        if (certificate.demo()) {
            lines.add("Chứng thư thử nghiệm — chỉ dùng cho bản demo");
        }
        byte[] signed = PadesSigner.sign(pdf, keys.of(certificate.id()), now, zone.id(), mark.reason(), agency.unitName(),
                new PadesSigner.Appearance(mark.anchor(), mark.above(), lines));
        // A document named in words is read as such in the history; its subject (the key of the kept copy) goes with the details.
        String what = mark.title() != null && !mark.title().isBlank() ? mark.title() : subject == null ? "văn bản" : subject;
        audit.record("signatures.signed", "certificate", String.valueOf(certificate.id()), "Ký số " + what
                + (mark.title() != null && !mark.title().isBlank() ? "" : " (" + mark.reason() + ")") + " bằng chứng thư "
                + certificate.subject() + " của " + agency.name(), null, subject == null ? null : java.util.Map.of("document", subject));
        return Optional.of(new Signed(signed, certificate.id(), now));
    }

    /** The caller's transaction when it may write, else one of its own. */
    private TransactionTemplate writing() {
        boolean readOnly = TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return readOnly ? separate : joining;
    }
}
