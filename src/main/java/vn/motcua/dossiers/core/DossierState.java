package vn.motcua.dossiers.core;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.motcua.calendar.StoppedInterval;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.dossiers.PublicationTarget;

/**
 * What a dossier's history says about it now: status, step, who holds it, the stopped clock, the
 * apologies, the appointments, the result and its publications, the payments. Only the lifecycle
 * makes one, from the history, so the audit trail, the citizen's timeline and the figures cannot
 * disagree. {@code firstDueAt} and {@code dueAt} are null while the clock stands still.
 */
public record DossierState(DossierStatus status, int step, String assignee, Long holdingAgencyId, List<StoppedInterval> stops,
        int apologies, Instant firstDueAt, Instant dueAt, Instant stepDueAt, Timeliness timeliness, Instant completedAt,
        Instant returnedAt, Instant endedAt, Set<PublicationTarget> publishedOn, long paid) {

    public DossierState {
        stops = List.copyOf(stops);
        publishedOn = Set.copyOf(publishedOn);
    }

    /** The clock is stopped now (waiting for a supplement). */
    public boolean clockStopped() {
        return !stops.isEmpty() && stops.get(stops.size() - 1).end() == null;
    }

    /** The part of the state a dossier's row keeps for lists, work queues and statistics. */
    public DossierSummary summary() {
        return new DossierSummary(status, step, assignee, holdingAgencyId, firstDueAt, dueAt, completedAt, returnedAt, endedAt,
                timeliness, apologies, paid);
    }
}
