package vn.motcua.signatures;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Chứng thư số của một cơ quan: whose it is, where its key is (a PKCS#12 keystore kept encrypted, or a
 * configured PKCS#11 token), whom it names (its subject's common name and organisation), who issued it,
 * its serial number and SHA-256 fingerprint, its validity, whether it is a demo certificate (chứng thư
 * thử nghiệm), whether it is the agency's current one, and its revocation.
 */
public record AgencyCertificate(long id, String agencyCode, String agencyName, KeyKind kind, String subject, String organisation,
        String issuer, String serialNumber, String sha256, Instant notBefore, Instant notAfter, String tokenName, boolean demo,
        boolean active, Instant revokedAt, String revokedBy, String revocationReason, Instant addedAt, String addedBy) {

    /** How many days ahead of its expiry a certificate is announced on the administrators' pages. */
    public static final int WARNING_DAYS = 30;

    /** Where the key lives. */
    public enum KeyKind {
        PKCS12, PKCS11
    }

    /** What the certificate is good for now. */
    public enum State {
        VALID, EXPIRING, EXPIRED, NOT_YET_VALID, REVOKED, REPLACED
    }

    public State state(Instant now) {
        // Revoked "from now": once marked it signs nothing more, whatever the clock says.
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (!active) {
            return State.REPLACED;
        }
        if (now.isBefore(notBefore)) {
            return State.NOT_YET_VALID;
        }
        if (!now.isBefore(notAfter)) {
            return State.EXPIRED;
        }
        return now.plus(WARNING_DAYS, ChronoUnit.DAYS).isBefore(notAfter) ? State.VALID : State.EXPIRING;
    }

    /** Whole days left before it expires (0 on its last day, negative once expired). */
    public long daysLeft(Instant now) {
        return ChronoUnit.DAYS.between(now, notAfter);
    }
}
