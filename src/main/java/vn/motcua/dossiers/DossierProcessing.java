package vn.motcua.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.core.DossierState;
import vn.motcua.dossiers.internal.DailyFigures;
import vn.motcua.dossiers.internal.DossierBook;
import vn.motcua.dossiers.internal.DossierRows;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;

/**
 * Xử lý hồ sơ: every action after the receipt, checked against the dossier's state, written to its
 * history, and reflected in its derived state, the figures and the audit trail in one transaction.
 * Two people acting on one dossier at once queue on its row; the second is refused (409) if the
 * first made its action impossible or changed the version it saw.
 */
@Service
public class DossierProcessing {

    /** Who may do what: leaders and administrators everything; counter and specialists all but approval. */
    private static final Set<ActionKind> NEEDS_LEADER = EnumSet.of(ActionKind.APPROVE);
    private static final Set<String> HANDLING_ROLES = Set.of("CLERK", "SPECIALIST", "LEADER", "ADMIN");

    private final DossierRows rows;
    private final DossierBook book;
    private final DailyFigures figures;
    private final AgencyDirectory agencies;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DossierProcessing(DossierRows rows, DossierBook book, DailyFigures figures, AgencyDirectory agencies,
            WorkingCalendar calendar, CurrentUser currentUser, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.rows = rows;
        this.book = book;
        this.figures = figures;
        this.agencies = agencies;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Dossier act(String code, ActionRequest request) {
        if (request == null || request.action() == null || request.action() == ActionKind.RECEIVE) {
            throw new InvalidInputException("action", "dossiers.action.required");
        }
        MotCuaUser user = currentUser.require();
        DossierRows.Row row = rows.lockByCode(code).orElseThrow(() -> new NotFoundException("dossiers.not-found", code));
        book.checkReach(row);
        checkRole(user, request.action());
        if (request.expectedVersion() != null && request.expectedVersion() != row.version()) {
            throw new ConflictException("dossiers.changed");
        }
        List<DossierAction> history = rows.actions(row.id());
        DossierState before = DossierState.replay(history);
        if (before.status().after(request.action()).isEmpty()) {
            throw new ConflictException("dossiers.action.not-allowed", request.action(), before.status());
        }
        Instant now = clock.instant();
        Map<String, Object> data = details(row, history, before, request, now);
        Long holdingAgencyId = row.holdingAgencyId();
        if (request.action() == ActionKind.FORWARD && request.toAgencyCode() != null && !request.toAgencyCode().isBlank()) {
            Agency to = findAnyAgency(request.toAgencyCode().trim())
                    .orElseThrow(() -> new InvalidInputException("toAgencyCode", "dossiers.agency.not-found", request.toAgencyCode()));
            holdingAgencyId = to.id();
        }
        DossierAction action = new DossierAction(history.size() + 1, request.action(), now, user.getUsername(), before.step(), data);
        rows.appendAction(row.id(), action);
        List<DossierAction> after = new ArrayList<>(history);
        after.add(action);
        DossierRows.Derived derived = book.derive(row, after, holdingAgencyId);
        rows.update(row.id(), derived);
        count(row, before, action, derived);
        DossierRows.Row updated = rows.byCode(code).orElseThrow();
        Dossier dossier = book.view(updated, after);
        audit.record("dossier." + request.action().name().toLowerCase(java.util.Locale.ROOT), "dossier", code,
                request.action() + " " + code + (data.containsKey("reason") ? ": " + data.get("reason") : ""),
                Map.of("status", before.status().name(), "step", before.step()), data);
        events.publishEvent(new DossierActed(code, request.action(), now, dossier.agencyName(), dossier.procedureName(),
                updated.applicant(), dossier.dueAt(), (String) data.get("reason")));
        return dossier;
    }

    /** Forwarding may cross to an agency outside the sender's scope (another level): any agency by code. */
    private Optional<Agency> findAnyAgency(String code) {
        return vn.motcua.shared.SystemActor.call(() -> agencies.find(code));
    }

    private void checkRole(MotCuaUser user, ActionKind action) {
        boolean allowed = NEEDS_LEADER.contains(action) ? user.hasRole("LEADER") || user.hasRole("ADMIN")
                : user.roles().stream().anyMatch(HANDLING_ROLES::contains);
        if (!allowed) {
            throw new org.springframework.security.access.AccessDeniedException("role");
        }
    }

    private Map<String, Object> details(DossierRows.Row row, List<DossierAction> history, DossierState state,
            ActionRequest request, Instant now) {
        Map<String, Object> data = new HashMap<>();
        if (request.reason() != null && !request.reason().isBlank()) {
            if (request.reason().length() > 1000) {
                throw new InvalidInputException("reason", "dossiers.reason.long");
            }
            data.put("reason", request.reason().trim());
        }
        switch (request.action()) {
            case ASSIGN -> {
                if (request.assignee() == null || request.assignee().isBlank()) {
                    throw new InvalidInputException("assignee", "dossiers.assignee.required");
                }
                data.put("assignee", request.assignee().trim());
            }
            case FORWARD -> {
                if (request.assignee() != null && !request.assignee().isBlank()) {
                    data.put("assignee", request.assignee().trim());
                }
                if (request.toAgencyCode() != null && !request.toAgencyCode().isBlank()) {
                    data.put("toAgencyCode", request.toAgencyCode().trim());
                }
                lateness(row, state, now).ifPresent(hours -> data.put("lateHours", hours));
            }
            case REQUEST_SUPPLEMENT, REJECT, STOP -> {
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
                Instant current = row.dueAt();
                if (current != null && !request.newDueAt().isAfter(current)) {
                    throw new InvalidInputException("newDueAt", "dossiers.new-due.after");
                }
                data.put("newDueAt", request.newDueAt().toString());
                data.put("beforeDue", current == null || !now.isAfter(current));
            }
            case COMPLETE -> lateness(row, state, now).ifPresent(hours -> data.put("lateHours", hours));
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
                if (state.publishedOn().contains(request.on().name())) {
                    throw new ConflictException("dossiers.publish.already", request.on());
                }
                data.put("on", request.on().name());
            }
            case RECORD_PAYMENT -> {
                if (request.amount() == null || request.amount() <= 0 || request.amount() > 1_000_000_000_000L) {
                    throw new InvalidInputException("amount", "dossiers.payment.amount");
                }
                data.put("amount", request.amount());
                data.put("method", request.method() == null || request.method().isBlank() ? "COUNTER" : request.method().trim());
                if (request.reference() != null && !request.reference().isBlank()) {
                    data.put("reference", request.reference().trim());
                }
            }
            default -> {
                // WITHDRAW, APPROVE, SUPPLEMENT_RECEIVED carry only an optional reason
            }
        }
        return data;
    }

    /** Working hours the current step is past its own due time, if it is: where the time was lost. */
    private Optional<Long> lateness(DossierRows.Row row, DossierState state, Instant now) {
        return book.stepDue(row, state.stops(), state.step()).filter(due -> now.isAfter(due))
                .map(due -> Math.max(1, calendar.workingTimeBetween(due, now, state.stops()).toHours()));
    }

    private void count(DossierRows.Row row, DossierState before, DossierAction action, DossierRows.Derived derived) {
        LocalDate day = action.at().atZone(calendar.zone()).toLocalDate();
        String channel = row.channel().name();
        switch (action.kind()) {
            case COMPLETE -> {
                figures.add(new DailyFigures.Increment(row.agencyId(), day, DossierMeasures.RESOLVED, channel, row.fieldCode(), 1));
                Timeliness timeliness = derived.timeliness() == null ? Timeliness.LATE : Timeliness.valueOf(derived.timeliness());
                String measure = timeliness == Timeliness.LATE ? DossierMeasures.RESOLVED_LATE
                        : timeliness == Timeliness.EARLY ? DossierMeasures.RESOLVED_EARLY : DossierMeasures.RESOLVED_ON_DAY;
                figures.add(new DailyFigures.Increment(row.agencyId(), day, measure, channel, row.fieldCode(), 1));
            }
            case APOLOGIZE -> figures.add(new DailyFigures.Increment(row.agencyId(), day, DossierMeasures.APOLOGIES, channel,
                    row.fieldCode(), 1));
            case PUBLISH_RESULT -> {
                String target = action.text("on");
                figures.add(new DailyFigures.Increment(row.agencyId(), day, target.equals("PROVINCE_PORTAL")
                        ? DossierMeasures.PUBLISHED_PORTAL : DossierMeasures.PUBLISHED_WEBSITE, channel, row.fieldCode(), 1));
                if (before.publishedOn().isEmpty()) {
                    figures.add(new DailyFigures.Increment(row.agencyId(), day, DossierMeasures.PUBLISHED, channel,
                            row.fieldCode(), 1));
                }
            }
            default -> {
                // other actions move no figure
            }
        }
    }
}
