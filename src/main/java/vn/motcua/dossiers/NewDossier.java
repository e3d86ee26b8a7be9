package vn.motcua.dossiers;

import java.util.List;

/** What the counter (or an online channel) gives at intake; {@code received} ticks the procedure's papers in order. */
public record NewDossier(String procedureCode, String agencyCode, Channel channel, Applicant applicant, List<Boolean> received) {
}
