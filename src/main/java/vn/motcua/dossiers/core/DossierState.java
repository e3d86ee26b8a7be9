package vn.motcua.dossiers.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.motcua.calendar.StoppedInterval;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.DossierAction;
import vn.motcua.dossiers.DossierStatus;

/**
 * What a dossier's history says about it now: status, step, who holds it, the stopped clock, the
 * apologies and the appointments. Computed only from the list of actions, so the audit trail, the
 * citizen's timeline and the figures cannot disagree.
 */
public record DossierState(DossierStatus status, int step, String assignee, String holdingAgencyCode,
        List<StoppedInterval> stops, int apologies, Instant apologizedDueAt, Instant completedAt, Instant returnedAt,
        Set<String> publishedOn, long paid) {

    /**
     * Replays the history. The first action must be RECEIVE.
     */
    public static DossierState replay(List<DossierAction> actions) {
        if (actions.isEmpty() || actions.get(0).kind() != ActionKind.RECEIVE) {
            throw new IllegalArgumentException("A dossier's history starts with its receipt");
        }
        DossierStatus status = DossierStatus.RECEIVED;
        int step = 0;
        String assignee = null;
        String holding = null;
        List<StoppedInterval> stops = new ArrayList<>();
        Instant stoppedSince = null;
        int apologies = 0;
        Instant apologizedDue = null;
        Instant completed = null;
        Instant returned = null;
        Set<String> published = new java.util.TreeSet<>();
        long paid = 0;
        for (DossierAction action : actions.subList(1, actions.size())) {
            status = status.after(action.kind()).orElseThrow(() -> new IllegalStateException(
                    "Action " + action.kind() + " is not allowed in the history at " + action.at()));
            switch (action.kind()) {
                case ASSIGN -> assignee = action.text("assignee");
                case FORWARD -> {
                    if (action.text("toAgencyCode") != null) {
                        holding = action.text("toAgencyCode");
                        assignee = null;
                    } else {
                        step = step + 1;
                        assignee = action.text("assignee");
                    }
                }
                case REQUEST_SUPPLEMENT -> stoppedSince = action.at();
                case SUPPLEMENT_RECEIVED -> {
                    stops.add(new StoppedInterval(stoppedSince, action.at()));
                    stoppedSince = null;
                }
                case APOLOGIZE -> {
                    apologies++;
                    apologizedDue = Instant.parse(action.text("newDueAt"));
                }
                case COMPLETE -> completed = action.at();
                case RETURN_RESULT -> returned = action.at();
                case PUBLISH_RESULT -> published.add(action.text("on"));
                case RECORD_PAYMENT -> paid += Long.parseLong(action.text("amount"));
                default -> {
                    // REJECT, STOP, WITHDRAW, APPROVE change only the status
                }
            }
        }
        if (stoppedSince != null) {
            stops.add(new StoppedInterval(stoppedSince, null));
        }
        return new DossierState(status, step, assignee, holding, List.copyOf(stops), apologies, apologizedDue, completed,
                returned, published, paid);
    }

    /** The clock is stopped now (waiting for a supplement). */
    public boolean clockStopped() {
        return !stops.isEmpty() && stops.get(stops.size() - 1).end() == null;
    }

    /**
     * The first appointment: the due time the receipt gave, pushed back by the time the clock stood
     * still. Empty while it stands still.
     */
    public Optional<Instant> firstDue(Function<List<StoppedInterval>, Optional<Instant>> dueWithStops) {
        return dueWithStops.apply(stops);
    }

    /** The appointment in force: the last apology's new date, or the first appointment. */
    public Optional<Instant> currentDue(Function<List<StoppedInterval>, Optional<Instant>> dueWithStops) {
        return apologizedDueAt != null ? Optional.of(apologizedDueAt) : firstDue(dueWithStops);
    }

    /** Early, on time or late, against the first appointment; any apology makes it late whatever the new date. */
    public Optional<Timeliness> timeliness(Function<List<StoppedInterval>, Optional<Instant>> dueWithStops,
            java.util.function.BiFunction<Instant, Instant, Timeliness> classify) {
        if (completedAt == null) {
            return Optional.empty();
        }
        if (apologies > 0) {
            return Optional.of(Timeliness.LATE);
        }
        return firstDue(dueWithStops).map(due -> classify.apply(completedAt, due));
    }
}
