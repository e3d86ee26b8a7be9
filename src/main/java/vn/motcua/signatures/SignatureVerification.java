package vn.motcua.signatures;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.InvalidInputException;
import vn.motcua.signatures.internal.CertificateNames;
import vn.motcua.signatures.internal.CertificateRows;
import vn.motcua.signatures.internal.PdfSignatureReader;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;

/**
 * Xác thực chữ ký số: anyone may upload a PDF and learn whether it is signed, by whom, when, and whether
 * it was altered after signing. Public: a citizen checks the result he was sent, an agency the paper it
 * receives. Only what the file itself says and which agency holds the certificate are told.
 */
@Service
public class SignatureVerification {

    /** The largest PDF checked. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final CertificateRows rows;
    private final PublicRegister register;

    SignatureVerification(CertificateRows rows, PublicRegister register) {
        this.rows = rows;
        this.register = register;
    }

    /** @throws InvalidInputException the file is empty, too large, or not a PDF */
    @Transactional(readOnly = true)
    public VerifiedDocument verify(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "tệp" : fileName.strip();
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "signatures.verify.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "signatures.verify.too-large", name);
        }
        if (!startsLikePdf(content)) {
            throw new InvalidInputException("file", "signatures.verify.not-pdf", name);
        }
        List<PdfSignatureReader.Found> found;
        try {
            found = PdfSignatureReader.read(content);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "signatures.verify.not-pdf", name);
        }
        return new VerifiedDocument(name, !found.isEmpty(), found.stream().map(this::view).toList());
    }

    private VerifiedSignature view(PdfSignatureReader.Found found) {
        X509Certificate certificate = found.certificate();
        if (certificate == null) {
            return new VerifiedSignature(found.fieldName(), null, null, null, found.signingTime(), false, false, false,
                    found.coversWholeDocument(), false, null, null, null, null, false, null, found.problem());
        }
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        Optional<AgencyCertificate> known = known(certificate);
        Instant revokedAt = known.map(AgencyCertificate::revokedAt).orElse(null);
        Instant at = found.signingTime();
        boolean validThen = at != null && !at.isBefore(notBefore) && at.isBefore(notAfter) && (revokedAt == null || at.isBefore(revokedAt));
        String agencyName = known.flatMap(c -> register.agency(c.agencyCode())).map(Agency::name).orElse(null);
        return new VerifiedSignature(CertificateNames.commonName(certificate), CertificateNames.organisation(certificate),
                CertificateNames.issuerName(certificate), certificate.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT), at,
                found.intact(), found.digestMatches(), found.signatureValid(), found.coversWholeDocument(), validThen, notBefore, notAfter,
                known.map(AgencyCertificate::agencyCode).orElse(null), agencyName, known.map(AgencyCertificate::demo).orElse(false),
                revokedAt, found.problem());
    }

    private Optional<AgencyCertificate> known(X509Certificate certificate) {
        try {
            return rows.bySha256(AgencyCertificates.sha256(certificate.getEncoded())).stream().findFirst();
        } catch (CertificateEncodingException e) {
            return Optional.empty();
        }
    }

    /** A PDF opens with %PDF- within its first kilobyte (readers allow a little before it). */
    private static boolean startsLikePdf(byte[] content) {
        int limit = Math.min(content.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F' && content[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }
}
