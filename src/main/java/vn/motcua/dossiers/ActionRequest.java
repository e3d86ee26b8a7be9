package vn.motcua.dossiers;

import java.time.Instant;

/**
 * An action on a dossier with the details it needs: assignee (ASSIGN, FORWARD), toAgencyCode
 * (FORWARD to another agency), reason (REQUEST_SUPPLEMENT, REJECT, STOP, WITHDRAW, APOLOGIZE),
 * newDueAt (APOLOGIZE), channel (RETURN_RESULT), on (PUBLISH_RESULT), amount, method, reference
 * (RECORD_PAYMENT). {@code expectedVersion}, when given, must be the version the caller saw.
 */
public record ActionRequest(ActionKind action, String assignee, String toAgencyCode, String reason, Instant newDueAt,
        ReturnChannel channel, PublicationTarget on, Long amount, String method, String reference, Integer expectedVersion) {

    public static ActionRequest of(ActionKind action) {
        return new ActionRequest(action, null, null, null, null, null, null, null, null, null, null);
    }
}
