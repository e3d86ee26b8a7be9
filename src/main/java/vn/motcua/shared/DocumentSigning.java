package vn.motcua.shared;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Ký số văn bản điện tử: what a module that issues a PDF (a dossier's result and forms, an approved
 * report) asks of the signatures module, which implements it. It sits at the bottom, like the measures,
 * so that the issuing modules need not know who signs; an agency without a certificate issues its PDFs
 * unsigned, and an installation without the signatures module too.
 */
public interface DocumentSigning {

    /**
     * What the signature says besides the certificate, and where a visible one goes: at the last place
     * the page prints {@code anchor} (the signature block's title, or the signer's name), below it or
     * above it; no anchor, no visible signature.
     *
     * @param reason   why the document is signed ("Phê duyệt kết quả giải quyết hồ sơ")
     * @param approver the person whose approval the signature carries, or null
     * @param title    what the document is in words, for the history ("báo cáo CCHC quý III năm 2026 của Xã Thọ Xuân"),
     *                 or null: the history then names it by its subject
     */
    record Mark(String anchor, boolean above, String reason, String approver, String title) {

        public Mark(String anchor, boolean above, String reason, String approver) {
            this(anchor, above, reason, approver, null);
        }
    }

    /**
     * The PDF signed now with the agency's active certificate; empty when the agency has none.
     *
     * @throws ConflictException the agency's certificate is expired, not yet valid or revoked: nothing is signed
     */
    Optional<byte[]> sign(String agencyCode, byte[] pdf, Mark mark);

    /**
     * The copy of {@code subject} signed before, else the rendering signed now and kept (so it is served
     * from then on, never rendered again); the rendering unsigned, and nothing kept, when the agency has
     * no certificate.
     *
     * @param subject  what the document is, unique for its content ("receipt/H56.01-241205-0001/1")
     * @param fileName the name the kept copy is stored under
     * @throws ConflictException the agency's certificate is expired, not yet valid or revoked
     */
    byte[] signOnce(String subject, String fileName, String agencyCode, Supplier<byte[]> render, Mark mark);

    /** The kept signed copy of the subject, if there is one. */
    Optional<byte[]> signed(String subject);
}
