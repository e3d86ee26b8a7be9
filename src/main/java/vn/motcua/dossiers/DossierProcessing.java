package vn.motcua.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.accounts.Role;
import vn.motcua.accounts.StaffDirectory;
import vn.motcua.accounts.StaffMember;
import vn.motcua.audit.AuditTrail;
import vn.motcua.dossiers.core.DossierLifecycle;
import vn.motcua.dossiers.core.DossierLifecycle.Outcome;
import vn.motcua.dossiers.internal.DailyFigures;
import vn.motcua.dossiers.internal.DecidingRoles;
import vn.motcua.dossiers.internal.PersonalDataRoles;
import vn.motcua.dossiers.internal.DossierReach;
import vn.motcua.dossiers.internal.DossierStore;
import vn.motcua.dossiers.internal.DossierViews;
import vn.motcua.dossiers.internal.ProcedureVersions;
import vn.motcua.dossiers.internal.StoredDossier;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;

/**
 * Xử lý hồ sơ: every action after the receipt, checked by the lifecycle against the dossier's state,
 * written to its history with what it derives and the figures it moves, and to the audit trail, in
 * one transaction. Two people acting on one dossier at once queue on its row; the second is refused
 * (409) if the first made its action impossible or changed the version it saw.
 */
@Service
public class DossierProcessing {

    private final DossierLifecycle lifecycle;
    private final DossierStore store;
    private final DossierReach reach;
    private final DossierViews views;
    private final ProcedureVersions versions;
    private final DailyFigures figures;
    private final PublicRegister register;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final StaffDirectory staff;
    private final PersonalDataRoles handlingRoles;
    private final DecidingRoles decidingRoles;

    DossierProcessing(DossierLifecycle lifecycle, DossierStore store, DossierReach reach, DossierViews views,
            ProcedureVersions versions, DailyFigures figures, PublicRegister register, CurrentUser currentUser, AuditTrail audit,
            Clock clock, ApplicationEventPublisher events, StaffDirectory staff, PersonalDataRoles handlingRoles,
            DecidingRoles decidingRoles) {
        this.staff = staff;
        this.handlingRoles = handlingRoles;
        this.decidingRoles = decidingRoles;
        this.lifecycle = lifecycle;
        this.store = store;
        this.reach = reach;
        this.views = views;
        this.versions = versions;
        this.figures = figures;
        this.register = register;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Counter, specialists and leaders act on dossiers; only a leader approves a result. */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'ADMIN') and "
            + "(#request == null || #request.action() != T(vn.motcua.dossiers.ActionKind).APPROVE || hasAnyRole('LEADER', 'ADMIN'))")
    @Transactional
    public Dossier act(String code, ActionRequest request) {
        if (request == null || request.action() == null || !request.action().requested()) {
            throw new InvalidInputException("action", "dossiers.action.required");
        }
        StoredDossier dossier = store.lock(code).orElseThrow(() -> new NotFoundException("dossiers.not-found", code));
        reach.check(dossier);
        if (request.expectedVersion() != null && request.expectedVersion() != dossier.version()) {
            throw new ConflictException("dossiers.changed");
        }
        checkAssignee(request, dossier.summary().holdingAgencyId() != null ? dossier.summary().holdingAgencyId() : dossier.facts().agencyId());
        List<DossierAction> history = store.history(dossier.id());
        Instant now = clock.instant();
        Outcome outcome = lifecycle.act(versions.get(dossier.facts().procedureVersionId()), dossier.facts(), history,
                new DossierLifecycle.Act(request, currentUser.require().getUsername(), now, forwardTarget(request)));
        int version = store.apply(dossier, outcome);
        List<DossierAction> after = new ArrayList<>(history);
        after.addAll(outcome.appended());
        Dossier changed = views.changed(dossier, after, outcome, version);
        DossierAction action = outcome.appended().get(0);
        Map<String, Object> data = action.data();
        audit.record("dossier." + request.action().name().toLowerCase(Locale.ROOT), "dossier", code,
                request.action() + " " + code + (data.containsKey("reason") ? ": " + data.get("reason") : ""),
                Map.of("status", dossier.summary().status().name(), "step", dossier.summary().step()), data);
        events.publishEvent(new DossierActed(code, request.action(), now, changed.agencyName(), changed.procedureName(),
                dossier.facts().applicant(), changed.dueAt(), action.text("reason")));
        figures.count(outcome.movements());
        return changed;
    }

    /**
     * The actions the signed-in user may take on the dossier now: those its status allows, for a role
     * that handles dossiers, the approval only for a role that decides. What the page offers; the
     * action itself checks the same rules again.
     */
    public List<ActionKind> available(Dossier dossier) {
        if (!handlingRoles.handleDossiers()) {
            return List.of();
        }
        boolean approves = decidingRoles.mayApprove();
        return java.util.Arrays.stream(ActionKind.values())
                .filter(a -> a.requested() && dossier.status().after(a).isPresent())
                .filter(a -> a != ActionKind.APPROVE || approves).toList();
    }

    /** Who a dossier held by this agency may be given to (Giao xử lý): its specialists and leaders. */
    public List<StaffMember> assignable(long agencyId) {
        return staff.inAgency(agencyId, HANDLERS);
    }

    private static final java.util.Set<Role> HANDLERS = java.util.EnumSet.of(Role.SPECIALIST, Role.LEADER);

    /** An assignee must be an account that may handle the dossier where it goes, never a typed name. */
    private void checkAssignee(ActionRequest request, long holdingAgencyId) {
        if (request.assignee() == null || request.assignee().isBlank()
                || (request.action() != ActionKind.ASSIGN && request.action() != ActionKind.FORWARD)) {
            return;
        }
        Long target = request.action() == ActionKind.FORWARD ? forwardTarget(request) : null;
        long agency = target == null ? holdingAgencyId : target;
        String name = request.assignee().trim();
        if (assignable(agency).stream().noneMatch(m -> m.username().equals(name))) {
            throw new InvalidInputException("assignee", "dossiers.assignee.unknown", name);
        }
    }

    /** A forward may cross to an agency outside the sender's scope (another level): any agency, by its public code. */
    private Long forwardTarget(ActionRequest request) {
        if (request.action() != ActionKind.FORWARD || request.toAgencyCode() == null || request.toAgencyCode().isBlank()) {
            return null;
        }
        return register.agency(request.toAgencyCode().trim()).map(Agency::id).orElse(null);
    }
}
