package vn.motcua.portal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.procedures.OnlineKind;

/**
 * Hồ sơ nộp trực tuyến as its citizen and the receiving desk see it: what was filed, under which
 * catalogue version, where it stands, its history, and the dossier it became once received. The account
 * is null for a submission filed without one (the demo's past receipts).
 */
public record Submission(long id, Long accountId, SubmissionStatus status, String procedureCode, String procedureName,
        long procedureVersionId, OnlineKind onlineKind, String agencyCode, String agencyName, Applicant applicant,
        Map<String, String> form, ReturnChannel returnChannel, List<SubmissionDocument> documents, List<SubmissionStep> history,
        String dossierCode, Instant createdAt, Instant updatedAt, Instant submittedAt, Instant decidedAt, int version) {

    public Submission {
        form = Map.copyOf(form);
        documents = List.copyOf(documents);
        history = List.copyOf(history);
    }

    /** The desk's requests to complete it, oldest first. */
    public List<SubmissionStep> completionRequests() {
        return history.stream().filter(s -> s.status() == SubmissionStatus.COMPLETION_REQUESTED).toList();
    }

    /** The request the citizen has still to answer, while the submission waits for completion. */
    public Optional<SubmissionStep> openRequest() {
        if (status != SubmissionStatus.COMPLETION_REQUESTED) {
            return Optional.empty();
        }
        List<SubmissionStep> requests = completionRequests();
        return requests.isEmpty() ? Optional.empty() : Optional.of(requests.get(requests.size() - 1));
    }

    /** Why the desk refused it, once refused. */
    public Optional<String> refusalReason() {
        return history.stream().filter(s -> s.status() == SubmissionStatus.REFUSED).map(SubmissionStep::reason).reduce((a, b) -> b);
    }

    /** The documents answering one requirement. */
    public List<SubmissionDocument> documentsFor(int requirement) {
        return documents.stream().filter(d -> d.requirement() == requirement).toList();
    }
}
