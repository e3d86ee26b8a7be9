package vn.motcua.portal;

import java.time.Instant;
import java.util.List;

/** One entry of a submission's history: it was submitted, sent back for completion (why, what is missing), received, refused or withdrawn. */
public record SubmissionStep(SubmissionStatus status, Instant at, String actor, String reason, List<String> items) {

    public SubmissionStep {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
