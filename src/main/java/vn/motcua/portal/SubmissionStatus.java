package vn.motcua.portal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Trạng thái hồ sơ nộp trực tuyến, and which step may follow which. The citizen edits a draft, or a
 * submission the desk asked to complete, and submits it; the desk receives it (it becomes a dossier),
 * asks for completion or refuses it; the citizen may withdraw it until the desk has decided.
 */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, COMPLETION_REQUESTED, RECEIVED, REFUSED, WITHDRAWN;

    private static final Set<SubmissionStatus> EDITABLE = EnumSet.of(DRAFT, COMPLETION_REQUESTED);

    /** What a step does to a submission. */
    public enum Step {
        SUBMIT, REQUEST_COMPLETION, RECEIVE, REFUSE, WITHDRAW
    }

    /** The citizen may change the answers and the documents: a draft, or one the desk sent back for completion. */
    public boolean editable() {
        return EDITABLE.contains(this);
    }

    /** Waiting at the desk: the agency's list shows it. */
    public boolean waiting() {
        return this == SUBMITTED;
    }

    /** The status after the step, or empty when this status does not allow it. */
    public Optional<SubmissionStatus> after(Step step) {
        SubmissionStatus next = switch (step) {
            case SUBMIT -> editable() ? SUBMITTED : null;
            case REQUEST_COMPLETION -> this == SUBMITTED ? COMPLETION_REQUESTED : null;
            case RECEIVE -> this == SUBMITTED ? RECEIVED : null;
            case REFUSE -> this == SUBMITTED || this == COMPLETION_REQUESTED ? REFUSED : null;
            case WITHDRAW -> this == DRAFT || this == SUBMITTED || this == COMPLETION_REQUESTED ? WITHDRAWN : null;
        };
        return Optional.ofNullable(next);
    }
}
