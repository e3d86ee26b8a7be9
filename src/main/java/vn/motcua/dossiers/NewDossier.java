package vn.motcua.dossiers;

import java.util.List;

/**
 * What the counter (or an online channel) gives at intake; {@code received} ticks the procedure's
 * papers in order. {@code applicantAccountId} is the citizen account an online submission came from,
 * which then follows the dossier online; null at the counter.
 */
public record NewDossier(String procedureCode, String agencyCode, Channel channel, Applicant applicant, List<Boolean> received,
        Long applicantAccountId) {

    /** A dossier brought by a person, not followed by any account. */
    public NewDossier(String procedureCode, String agencyCode, Channel channel, Applicant applicant, List<Boolean> received) {
        this(procedureCode, agencyCode, channel, applicant, received, null);
    }
}
