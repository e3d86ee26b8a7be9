package vn.motcua.signatures;

import java.time.Instant;

/**
 * Một chữ ký trong tệp PDF as the verifier found it: who signed (the certificate's common name) for which
 * organisation, who issued the certificate, when it was signed, whether the document is intact (the
 * digest matches the signed bytes, the CMS signature holds, and the signed byte range reaches the end of
 * the file, so nothing was added after signing), whether the certificate was valid at the signing time
 * (within its validity and not revoked in MotCua before it), and which agency of MotCua holds the
 * certificate, if any ({@code demo}: a chứng thư thử nghiệm). {@code problem} names what could not be read.
 */
public record VerifiedSignature(String signer, String organisation, String issuer, String serialNumber, Instant signingTime,
        boolean intact, boolean digestMatches, boolean signatureValid, boolean coversWholeDocument,
        boolean certificateValidAtSigningTime, Instant certificateNotBefore, Instant certificateNotAfter, String agencyCode,
        String agencyName, boolean demo, Instant revokedAt, String problem) {
}
