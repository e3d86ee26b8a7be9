package vn.motcua.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Hồ sơ của tôi: an online dossier as the citizen who filed it follows it — where it is, when the
 * result is due, what is asked of the citizen now (a supplement request), how the result came back.
 * No officer's name, no internal step.
 */
public record ApplicantDossier(String code, String procedureCode, String procedureName, String agencyName, Channel channel,
        DossierStatus status, Instant receivedAt, Instant dueAt, Instant completedAt, Instant returnedAt, ReturnChannel returnedBy,
        SupplementRequest supplementRequest, List<DossierLookup.Event> timeline, long feeDue, long paid) {

    public ApplicantDossier {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    /** Yêu cầu bổ sung the citizen must answer: why, which papers, by when (null when not given). */
    public record SupplementRequest(Instant at, String reason, List<String> items, LocalDate deadline) {

        public SupplementRequest {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** The fees still to pay (phí, lệ phí chưa nộp): what the procedure charges less what was paid at the desk or online. */
    public long feeOutstanding() {
        return Math.max(0, feeDue - paid);
    }

    /** Whether the citizen may still withdraw it (rút hồ sơ): only while it is being processed. */
    public boolean withdrawable() {
        return status.after(ActionKind.WITHDRAW).isPresent();
    }
}
