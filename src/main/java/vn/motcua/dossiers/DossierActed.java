package vn.motcua.dossiers;

import java.time.Instant;

/**
 * Published in the transaction of every action on a dossier, its receipt included, so that a
 * listener that writes in the same transaction (the notification outbox) commits or rolls back
 * with the action itself. {@code applicant} is never masked: listeners act for the handling agency.
 */
public record DossierActed(String code, ActionKind action, Instant at, String agencyName, String procedureName,
        Applicant applicant, Instant dueAt, String reason) {
}
