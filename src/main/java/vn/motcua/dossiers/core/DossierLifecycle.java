package vn.motcua.dossiers.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.motcua.calendar.StoppedInterval;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.ActionRequest;
import vn.motcua.dossiers.DossierAction;
import vn.motcua.dossiers.DocumentKind;
import vn.motcua.dossiers.DocumentOrigin;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.dossiers.PublicationTarget;
import vn.motcua.dossiers.core.FigureMovement.Counted;
import vn.motcua.procedures.ProcedureStep;
import vn.motcua.procedures.ProcedureVersion;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.SeparationOfDutiesException;

/**
 * Vòng đời hồ sơ: what a dossier's history makes of it, and what one more action does to it. Given
 * the procedure version the dossier was received under, its facts and its history, it answers an
 * outcome — the actions to append, the state they derive (status, step, appointments, timeliness,
 * stopped clock, apologies, publications, payments) and the figure movements they cause. Every path
 * that creates or changes a dossier goes through here — intake at the counter and through the API,
 * every action, a document joining it, the import of past records, the online submission — so the history, the state and
 * the figures cannot disagree. It reads nothing and keeps nothing: the procedure version and the
 * calendar's arithmetic are handed in, and a store saves what it answers.
 */
public final class DossierLifecycle {

    /** What a change does: the actions it appends, the state the whole history then derives, the figures it moves. */
    public record Outcome(List<DossierAction> appended, DossierState state, List<FigureMovement> movements) {

        public Outcome {
            appended = List.copyOf(appended);
            movements = List.copyOf(movements);
        }
    }

    /**
     * An action a person asks for at a time. {@code toAgencyId} is the agency a FORWARD's
     * {@code toAgencyCode} names, found by the caller (null when it names none).
     */
    public record Act(ActionRequest request, String actor, Instant at, Long toAgencyId) {
    }

    /** A history the lifecycle cannot follow: it does not start with the receipt, or an action its state does not allow. */
    public static final class InvalidHistoryException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidHistoryException(String message) {
            super(message);
        }
    }

    private static final int MAX_REASON = 1000;
    private static final int MAX_ITEMS = 20;
    private static final int MAX_ITEM = 300;
    private static final long MAX_PAYMENT = 1_000_000_000_000L;
    /** The method of a payment the payment gateway confirmed; staff record counter and transfer payments under other methods. */
    public static final String ONLINE_PAYMENT = "ONLINE";

    private final DeadlineRules deadlines;

    public DossierLifecycle(DeadlineRules deadlines) {
        this.deadlines = Objects.requireNonNull(deadlines);
    }

    /** Tiếp nhận: a new dossier, received by {@code actor} at the facts' time of receipt. */
    public Outcome receive(ProcedureVersion version, DossierFacts facts, String actor) {
        Map<String, Object> data = new HashMap<>();
        data.put("channel", facts.channel().name());
        return replay(version, facts, List.of(new DossierAction(1, ActionKind.RECEIVE, facts.receivedAt(), actor, 0, data)));
    }

    /**
     * A whole history at once: a dossier of the past being imported, or a stored one being read. The
     * outcome appends the whole history and moves every figure it ever moved.
     *
     * @throws InvalidHistoryException when the history cannot have happened
     */
    public Outcome replay(ProcedureVersion version, DossierFacts facts, List<DossierAction> history) {
        Replay replay = new Replay(version, facts, history);
        return new Outcome(history, replay.state(), replay.movementsFrom(0));
    }

    /**
     * One more action on a dossier with this history. Refused with a {@link ConflictException} when the
     * dossier's status does not allow it, with an {@link InvalidInputException} naming the missing or
     * wrong detail otherwise.
     */
    public Outcome act(ProcedureVersion version, DossierFacts facts, List<DossierAction> history, Act act) {
        ActionRequest request = act.request();
        if (request == null || request.action() == null || !request.action().requested()) {
            throw new InvalidInputException("action", "dossiers.action.required");
        }
        Replay replay = new Replay(version, facts, history);
        DossierState before = replay.state();
        if (before.status().after(request.action()).isEmpty()) {
            // The action and the status in words of the reader's language, never as codes.
            throw new ConflictException("dossiers.action.not-allowed",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("dossiers.action." + request.action()),
                    new org.springframework.context.support.DefaultMessageSourceResolvable("dossiers.status." + before.status()));
        }
        if (request.action() == ActionKind.APPROVE && version.content().separateApproval()
                && handlers(history, before).contains(act.actor())) {
            throw new SeparationOfDutiesException("dossiers.approve.handler");
        }
        DossierAction action = new DossierAction(history.size() + 1, request.action(), act.at(), act.actor(), before.step(),
                details(version, facts, before, act));
        int mark = replay.movementCount();
        replay.apply(action);
        return new Outcome(List.of(action), replay.state(), replay.movementsFrom(mark));
    }

    /**
     * A document joining the dossier: the stored file (its id in the files module and its name), the
     * required document of the procedure version it answers (1-based, null for none), whether it is a
     * paper of the dossier or of its result, a scan or born digital, and the earlier dossier's document
     * it was taken from instead of a new copy (null when it was not).
     */
    public record Attachment(long fileId, String fileName, Integer requirement, DocumentKind kind, DocumentOrigin origin,
            Long reusedFrom) {
    }

    /**
     * Thêm giấy tờ: a document joins the dossier, in any status; a result's only once there is one
     * (approved, completed or returned). The dossier counts as digitised, its result as digitised, and
     * as reusing documents, each on the day its first such document joins.
     */
    public Outcome attach(ProcedureVersion version, DossierFacts facts, List<DossierAction> history, Attachment attachment,
            String actor, Instant at) {
        Replay replay = new Replay(version, facts, history);
        DossierState before = replay.state();
        DossierAction action = new DossierAction(history.size() + 1, ActionKind.ATTACH_DOCUMENT, at, actor, before.step(),
                attachmentDetails(version, before, attachment));
        int mark = replay.movementCount();
        replay.apply(action);
        return new Outcome(List.of(action), replay.state(), replay.movementsFrom(mark));
    }

    private static Map<String, Object> attachmentDetails(ProcedureVersion version, DossierState before, Attachment attachment) {
        if (attachment.kind() == null) {
            throw new InvalidInputException("kind", "dossiers.document.kind.required");
        }
        if (attachment.origin() == null) {
            throw new InvalidInputException("digitised", "dossiers.document.origin.required");
        }
        Integer requirement = attachment.requirement();
        if (requirement != null && attachment.kind() == DocumentKind.RESULT) {
            throw new InvalidInputException("requirement", "dossiers.document.requirement.result");
        }
        int required = version.content().documents().size();
        if (requirement != null && (requirement < 1 || requirement > required)) {
            throw new InvalidInputException("requirement", "dossiers.document.requirement.range", String.valueOf(requirement),
                    String.valueOf(required));
        }
        if (attachment.kind() == DocumentKind.RESULT && !RESULT_HELD.contains(before.status())) {
            throw new ConflictException("dossiers.document.result-early", before.status());
        }
        Map<String, Object> data = new HashMap<>();
        data.put("fileId", attachment.fileId());
        data.put("fileName", attachment.fileName());
        data.put("kind", attachment.kind().name());
        data.put("origin", attachment.origin().name());
        if (requirement != null) {
            data.put("requirement", requirement);
        }
        if (attachment.reusedFrom() != null) {
            data.put("reusedFrom", attachment.reusedFrom());
        }
        return data;
    }

    /** The statuses in which a dossier has a result to attach: approved, completed, returned. */
    private static final Set<DossierStatus> RESULT_HELD = EnumSet.of(DossierStatus.APPROVED, DossierStatus.COMPLETED,
            DossierStatus.RETURNED);

    /**
     * Who received or handled the dossier: whoever recorded its receipt, a hand-over or a supplement,
     * and every officer it was assigned to. A leader who only assigned it is not among them.
     */
    private static Set<String> handlers(List<DossierAction> history, DossierState state) {
        Set<String> handlers = new java.util.HashSet<>();
        for (DossierAction action : history) {
            switch (action.kind()) {
                case RECEIVE, FORWARD, REQUEST_SUPPLEMENT, SUPPLEMENT_RECEIVED -> handlers.add(action.actor());
                default -> {
                    // the other actions decide on the dossier rather than handle it
                }
            }
            if (action.text("assignee") != null) {
                handlers.add(action.text("assignee"));
            }
        }
        if (state.assignee() != null) {
            handlers.add(state.assignee());
        }
        return handlers;
    }

    /** The due time of a step: the receipt plus the hours of the steps up to it, the stopped time left out. */
    public Optional<Instant> stepDue(ProcedureVersion version, Instant receivedAt, List<StoppedInterval> stops, int step) {
        List<ProcedureStep> steps = version.content().steps();
        if (steps.isEmpty() || step >= steps.size()) {
            return Optional.empty();
        }
        int hours = steps.subList(0, step + 1).stream().mapToInt(ProcedureStep::hours).sum();
        return deadlines.due(receivedAt, WorkingDuration.hours(hours), stops);
    }

    /** The details an action records, checked: what each kind needs, and how late the step it closes is. */
    private Map<String, Object> details(ProcedureVersion version, DossierFacts facts, DossierState before, Act act) {
        ActionRequest request = act.request();
        Map<String, Object> data = new HashMap<>();
        if (request.reason() != null && !request.reason().isBlank()) {
            if (request.reason().length() > MAX_REASON) {
                throw new InvalidInputException("reason", "dossiers.reason.long");
            }
            data.put("reason", request.reason().trim());
        }
        switch (request.action()) {
            case ASSIGN -> {
                if (blank(request.assignee())) {
                    throw new InvalidInputException("assignee", "dossiers.assignee.required");
                }
                data.put("assignee", request.assignee().trim());
            }
            case FORWARD -> {
                if (!blank(request.assignee())) {
                    data.put("assignee", request.assignee().trim());
                }
                if (!blank(request.toAgencyCode())) {
                    if (act.toAgencyId() == null) {
                        throw new InvalidInputException("toAgencyCode", "dossiers.agency.not-found", request.toAgencyCode());
                    }
                    data.put("toAgencyCode", request.toAgencyCode().trim());
                    data.put("toAgencyId", act.toAgencyId());
                }
                lateHours(version, facts, before, act.at()).ifPresent(hours -> data.put("lateHours", hours));
            }
            case REQUEST_SUPPLEMENT -> {
                if (!data.containsKey("reason")) {
                    throw new InvalidInputException("reason", "dossiers.reason.required");
                }
                supplementDetails(request, act.at(), data);
            }
            case REJECT, STOP -> {
                if (!data.containsKey("reason")) {
                    throw new InvalidInputException("reason", "dossiers.reason.required");
                }
            }
            case APOLOGIZE -> {
                if (!data.containsKey("reason")) {
                    throw new InvalidInputException("reason", "dossiers.reason.required");
                }
                if (request.newDueAt() == null) {
                    throw new InvalidInputException("newDueAt", "dossiers.new-due.required");
                }
                Instant current = before.dueAt();
                if (current != null && !request.newDueAt().isAfter(current)) {
                    throw new InvalidInputException("newDueAt", "dossiers.new-due.after");
                }
                data.put("newDueAt", request.newDueAt().toString());
                data.put("beforeDue", current == null || !act.at().isAfter(current));
            }
            case COMPLETE -> lateHours(version, facts, before, act.at()).ifPresent(hours -> data.put("lateHours", hours));
            case RETURN_RESULT -> {
                if (request.channel() == null) {
                    throw new InvalidInputException("channel", "dossiers.return-channel.required");
                }
                data.put("channel", request.channel().name());
            }
            case PUBLISH_RESULT -> {
                if (request.on() == null) {
                    throw new InvalidInputException("on", "dossiers.publish.required");
                }
                if (before.publishedOn().contains(request.on())) {
                    throw new ConflictException("dossiers.publish.already", request.on());
                }
                data.put("on", request.on().name());
            }
            case RECORD_PAYMENT -> {
                if (request.amount() == null || request.amount() <= 0 || request.amount() > MAX_PAYMENT) {
                    throw new InvalidInputException("amount", "dossiers.payment.amount");
                }
                data.put("amount", request.amount());
                data.put("method", blank(request.method()) ? "COUNTER" : request.method().trim());
                if (!blank(request.reference())) {
                    data.put("reference", request.reference().trim());
                }
            }
            default -> {
                // WITHDRAW, APPROVE, SUPPLEMENT_RECEIVED carry only an optional reason
            }
        }
        return data;
    }

    /**
     * The papers a supplement request names (kept in order, each a line) and the day the applicant is
     * asked to bring them by, which cannot be before the request itself.
     */
    private void supplementDetails(ActionRequest request, Instant at, Map<String, Object> data) {
        if (request.items().size() > MAX_ITEMS) {
            throw new InvalidInputException("items", "dossiers.supplement.items-many", MAX_ITEMS);
        }
        for (String item : request.items()) {
            if (item.length() > MAX_ITEM) {
                throw new InvalidInputException("items", "dossiers.supplement.item-long", MAX_ITEM);
            }
        }
        if (!request.items().isEmpty()) {
            data.put("items", request.items());
        }
        if (request.deadline() != null) {
            if (request.deadline().isBefore(day(at))) {
                throw new InvalidInputException("deadline", "dossiers.supplement.deadline-past");
            }
            data.put("deadline", request.deadline().toString());
        }
    }

    private LocalDate day(Instant at) {
        return at.atZone(deadlines.zone()).toLocalDate();
    }

    /** Working hours the current step is past its own due time, if it is: where the time was lost. */
    private Optional<Long> lateHours(ProcedureVersion version, DossierFacts facts, DossierState state, Instant now) {
        return stepDue(version, facts.receivedAt(), state.stops(), state.step()).filter(now::isAfter)
                .map(due -> Math.max(1, deadlines.workingTimeBetween(due, now, state.stops()).toHours()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A history followed action by action: the state so far and the movements each action made. */
    private final class Replay {

        private final ProcedureVersion version;
        private final DossierFacts facts;
        /** An imported dossier may carry the appointment its old system gave. */
        private final Instant givenDue;
        private DossierStatus status = DossierStatus.RECEIVED;
        private int step;
        private String assignee;
        private Long holdingAgencyId;
        private final List<StoppedInterval> stops = new ArrayList<>();
        private Instant stoppedSince;
        private int apologies;
        private Instant apologizedDue;
        private Instant completedAt;
        private Timeliness timeliness;
        private Instant returnedAt;
        private Instant endedAt;
        private final Set<PublicationTarget> published = EnumSet.noneOf(PublicationTarget.class);
        private LocalDate firstPublished;
        private long paid;
        private boolean paidOnline;
        private boolean documentsDigitised;
        private boolean resultDigitised;
        private boolean documentsReused;
        private final List<FigureMovement> movements = new ArrayList<>();

        Replay(ProcedureVersion version, DossierFacts facts, List<DossierAction> history) {
            if (history.isEmpty() || history.get(0).kind() != ActionKind.RECEIVE) {
                throw new InvalidHistoryException("A dossier's history starts with its receipt");
            }
            this.version = version;
            this.facts = facts;
            DossierAction receipt = history.get(0);
            String given = receipt.text("dueAt");
            this.givenDue = given == null ? null : Instant.parse(given);
            move(Counted.RECEIVED, receipt);
            if (facts.feeDue() > 0) {
                move(Counted.WITH_FEE, receipt);
            }
            for (DossierAction action : history.subList(1, history.size())) {
                apply(action);
            }
        }

        void apply(DossierAction action) {
            status = status.after(action.kind()).orElseThrow(() -> new InvalidHistoryException(
                    "Action " + action.kind() + " is not allowed after " + status + " (at " + action.at() + ")"));
            switch (action.kind()) {
                case ASSIGN -> assignee = action.text("assignee");
                case FORWARD -> {
                    if (action.text("toAgencyCode") != null) {
                        Object to = action.data().get("toAgencyId");
                        holdingAgencyId = to instanceof Number number ? number.longValue() : null;
                        assignee = null;
                    } else {
                        step++;
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
                    move(Counted.APOLOGIES, action);
                }
                case COMPLETE -> complete(action);
                case RETURN_RESULT -> returnedAt = action.at();
                case PUBLISH_RESULT -> publish(PublicationTarget.valueOf(action.text("on")), action);
                case RECORD_PAYMENT -> paid(action);
                case REJECT, STOP, WITHDRAW -> {
                    endedAt = action.at();
                    move(Counted.ENDED, action);
                }
                case ATTACH_DOCUMENT -> attached(action);
                default -> {
                    // APPROVE changes only the status
                }
            }
        }

        /** Every payment adds to what is paid; the first one the gateway confirmed counts the dossier as paid online. */
        private void paid(DossierAction action) {
            paid += Long.parseLong(action.text("amount"));
            if (ONLINE_PAYMENT.equals(action.text("method")) && !paidOnline) {
                paidOnline = true;
                move(Counted.PAID_ONLINE, action);
            }
        }

        /** A dossier counts once as digitised, once as having its result digitised and once as reusing, on the day of the first. */
        private void attached(DossierAction action) {
            boolean scan = DocumentOrigin.DIGITISED.name().equals(action.text("origin"));
            boolean result = DocumentKind.RESULT.name().equals(action.text("kind"));
            if (scan && !result && !documentsDigitised) {
                documentsDigitised = true;
                move(Counted.DOCUMENTS_DIGITISED, action);
            }
            if (scan && result && !resultDigitised) {
                resultDigitised = true;
                move(Counted.RESULTS_DIGITISED, action);
            }
            if (action.data().get("reusedFrom") != null && !documentsReused) {
                documentsReused = true;
                move(Counted.DOCUMENTS_REUSED, action);
            }
        }

        /** Early, on time or late against the first appointment; any apology makes it late whatever the new date. */
        private void complete(DossierAction action) {
            Instant at = action.at();
            completedAt = at;
            timeliness = apologies > 0 ? Timeliness.LATE
                    : firstDue().map(due -> deadlines.classify(at, due)).orElse(Timeliness.LATE);
            move(Counted.RESOLVED, action);
            move(switch (timeliness) {
                case EARLY -> Counted.RESOLVED_EARLY;
                case ON_TIME -> Counted.RESOLVED_ON_DAY;
                case LATE -> Counted.RESOLVED_LATE;
            }, action);
        }

        /**
         * A publication counts where it is made; the dossier counts as published on the day of its
         * first publication, and again on a later day's, so that a window holding only the later one
         * still counts it.
         */
        private void publish(PublicationTarget target, DossierAction action) {
            published.add(target);
            move(target == PublicationTarget.PROVINCE_PORTAL ? Counted.PUBLISHED_PORTAL : Counted.PUBLISHED_WEBSITE, action);
            LocalDate day = day(action.at());
            if (firstPublished == null) {
                firstPublished = day;
                move(Counted.PUBLISHED, action);
            } else if (!day.equals(firstPublished)) {
                movements.add(new FigureMovement(action.seq(), Counted.REPUBLISHED, day, firstPublished, facts.agencyId(),
                        facts.channel(), facts.fieldCode()));
            }
        }

        private void move(Counted counted, DossierAction action) {
            movements.add(new FigureMovement(action.seq(), counted, day(action.at()), null, facts.agencyId(), facts.channel(),
                    facts.fieldCode()));
        }

        private LocalDate day(Instant at) {
            return at.atZone(deadlines.zone()).toLocalDate();
        }

        private List<StoppedInterval> allStops() {
            if (stoppedSince == null) {
                return stops;
            }
            List<StoppedInterval> all = new ArrayList<>(stops);
            all.add(new StoppedInterval(stoppedSince, null));
            return all;
        }

        /**
         * The first appointment: the due time the receipt gave, pushed back by the time the clock stood
         * still; empty while it stands still. A given appointment is so many working hours after the
         * receipt, and stops push it back by their length.
         */
        private Optional<Instant> firstDue() {
            List<StoppedInterval> all = allStops();
            if (givenDue != null) {
                if (all.isEmpty()) {
                    return Optional.of(givenDue);
                }
                long seconds = deadlines.workingTimeBetween(facts.receivedAt(), givenDue, List.of()).toSeconds();
                return deadlines.due(facts.receivedAt(), WorkingDuration.hours((int) Math.ceil(seconds / 3600.0)), all);
            }
            return deadlines.due(facts.receivedAt(), version.content().processingTime(), all);
        }

        DossierState state() {
            List<StoppedInterval> all = allStops();
            Instant first = firstDue().orElse(null);
            Instant due = apologizedDue != null ? apologizedDue : first;
            Instant stepDue = stepDue(version, facts.receivedAt(), all, step).orElse(null);
            return new DossierState(status, step, assignee, holdingAgencyId, all, apologies, first, due, stepDue, timeliness,
                    completedAt, returnedAt, endedAt, published, paid);
        }

        int movementCount() {
            return movements.size();
        }

        List<FigureMovement> movementsFrom(int mark) {
            return movements.subList(mark, movements.size());
        }
    }
}
