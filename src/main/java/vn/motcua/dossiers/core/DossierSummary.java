package vn.motcua.dossiers.core;

import java.time.Instant;

import vn.motcua.calendar.Timeliness;
import vn.motcua.dossiers.DossierStatus;

/**
 * The state a dossier's row keeps beside its history, rewritten with each action: enough for lists,
 * work queues, the overdue board and the statistics to read without the history.
 */
public record DossierSummary(DossierStatus status, int step, String assignee, Long holdingAgencyId, Instant firstDueAt,
        Instant dueAt, Instant completedAt, Instant returnedAt, Instant endedAt, Timeliness timeliness, int apologies, long paid) {
}
