package vn.motcua.portal;

import java.time.Instant;
import java.util.List;

import vn.motcua.dossiers.Applicant;

/**
 * Published in the transaction of every step of a submission, so that a listener writing in the same
 * transaction (the notification outbox) commits or rolls back with the step. {@code applicant} is the
 * submission's, unmasked: listeners write to the citizen.
 */
public record SubmissionActed(long submissionId, SubmissionStatus status, Instant at, String procedureName, String agencyName,
        Applicant applicant, String reason, List<String> items, String dossierCode) {

    public SubmissionActed {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
