package vn.motcua.dossiers;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Trạng thái hồ sơ, and which action may follow which: the state machine of the one-stop process
 * (Decree 61/2018/NĐ-CP and 118/2025/NĐ-CP). An action the status does not allow is refused.
 */
public enum DossierStatus {
    RECEIVED, IN_PROGRESS, WAITING_SUPPLEMENT, APPROVED, COMPLETED, RETURNED, REJECTED, STOPPED, WITHDRAWN;

    private static final Set<DossierStatus> OPEN = EnumSet.of(RECEIVED, IN_PROGRESS, WAITING_SUPPLEMENT, APPROVED);

    /** Still being processed: the clock runs (or stands still while waiting for a supplement). */
    public boolean open() {
        return OPEN.contains(this);
    }

    /** The status after the action, or empty when this status does not allow it. */
    public Optional<DossierStatus> after(ActionKind action) {
        DossierStatus next = switch (action) {
            case RECEIVE -> null;
            case ASSIGN -> this == RECEIVED || this == IN_PROGRESS ? IN_PROGRESS : null;
            case FORWARD -> this == RECEIVED || this == IN_PROGRESS || this == APPROVED ? IN_PROGRESS : null;
            case REQUEST_SUPPLEMENT -> this == RECEIVED || this == IN_PROGRESS ? WAITING_SUPPLEMENT : null;
            case SUPPLEMENT_RECEIVED -> this == WAITING_SUPPLEMENT ? IN_PROGRESS : null;
            case REJECT -> this == RECEIVED || this == IN_PROGRESS || this == WAITING_SUPPLEMENT ? REJECTED : null;
            case STOP -> this == IN_PROGRESS || this == WAITING_SUPPLEMENT || this == APPROVED ? STOPPED : null;
            case WITHDRAW -> open() ? WITHDRAWN : null;
            case APOLOGIZE -> open() ? this : null;
            case APPROVE -> this == RECEIVED || this == IN_PROGRESS ? APPROVED : null;
            case COMPLETE -> this == RECEIVED || this == IN_PROGRESS || this == APPROVED ? COMPLETED : null;
            case RETURN_RESULT -> this == COMPLETED ? RETURNED : null;
            case PUBLISH_RESULT -> this == COMPLETED || this == RETURNED ? this : null;
            case RECORD_PAYMENT -> open() || this == COMPLETED || this == RETURNED ? this : null;
            case ATTACH_DOCUMENT -> this;
        };
        return Optional.ofNullable(next);
    }
}
