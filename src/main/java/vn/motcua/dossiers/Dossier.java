package vn.motcua.dossiers;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.motcua.calendar.Timeliness;

/**
 * Hồ sơ as a reader sees it. The applicant is masked for readers outside the agencies handling it.
 * {@code history} is empty in lists.
 */
public record Dossier(long id, String code, String agencyCode, String agencyName, String unitCode, String procedureCode,
        String procedureName, long procedureVersionId, String fieldCode, Channel channel, Applicant applicant,
        boolean personalDataShown, List<ChecklistItem> checklist, long feeDue, long paid, Instant receivedAt,
        Instant firstDueAt, Instant dueAt, DossierStatus status, int currentStep, String currentStepName,
        Instant currentStepDueAt, String assignee, String holdingAgencyCode, Instant completedAt, Instant returnedAt,
        Timeliness timeliness, int apologies, Set<String> publishedOn, int version, Instant dueWarningAt,
        List<DossierAction> history) {

    public boolean overdueAt(Instant now) {
        return status.open() && dueAt != null && dueAt.isBefore(now);
    }

    public Dossier withoutHistory() {
        return new Dossier(id, code, agencyCode, agencyName, unitCode, procedureCode, procedureName, procedureVersionId, fieldCode,
                channel, applicant, personalDataShown, checklist, feeDue, paid, receivedAt, firstDueAt, dueAt, status, currentStep,
                currentStepName, currentStepDueAt, assignee, holdingAgencyCode, completedAt, returnedAt, timeliness, apologies,
                publishedOn, version, dueWarningAt, List.of());
    }
}
