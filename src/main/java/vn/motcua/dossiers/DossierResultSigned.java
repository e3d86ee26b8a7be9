package vn.motcua.dossiers;

import java.time.Instant;

/**
 * A result's PDF was signed with the agency's certificate as it joined the dossier: the applicant can
 * download it. Published in the attachment's transaction, so the notice goes out only if it is kept.
 */
public record DossierResultSigned(String code, String fileName, String agencyName, String procedureName, Applicant applicant,
        Instant signedAt) {
}
