package vn.motcua.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An action on a dossier with the details it needs: assignee (ASSIGN, FORWARD), toAgencyCode
 * (FORWARD to another agency), reason (REQUEST_SUPPLEMENT, REJECT, STOP, WITHDRAW, APOLOGIZE),
 * newDueAt (APOLOGIZE), channel (RETURN_RESULT), on (PUBLISH_RESULT), amount, method, reference
 * (RECORD_PAYMENT), items and deadline (REQUEST_SUPPLEMENT: the papers to bring and the day to bring
 * them by, both optional). {@code expectedVersion}, when given, must be the version the caller saw.
 */
public record ActionRequest(ActionKind action, String assignee, String toAgencyCode, String reason, Instant newDueAt,
        ReturnChannel channel, PublicationTarget on, Long amount, String method, String reference, Integer expectedVersion,
        List<String> items, LocalDate deadline) {

    public ActionRequest {
        items = items == null ? List.of() : items.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
    }

    /** An action without supplement items or deadline. */
    public ActionRequest(ActionKind action, String assignee, String toAgencyCode, String reason, Instant newDueAt,
            ReturnChannel channel, PublicationTarget on, Long amount, String method, String reference, Integer expectedVersion) {
        this(action, assignee, toAgencyCode, reason, newDueAt, channel, on, amount, method, reference, expectedVersion, null, null);
    }

    public static ActionRequest of(ActionKind action) {
        return new ActionRequest(action, null, null, null, null, null, null, null, null, null, null);
    }

    /** Yêu cầu bổ sung: what is missing, why, and by when (the deadline may be left out). */
    public static ActionRequest supplement(String reason, List<String> items, LocalDate deadline) {
        return new ActionRequest(ActionKind.REQUEST_SUPPLEMENT, null, null, reason, null, null, null, null, null, null, null, items,
                deadline);
    }
}
