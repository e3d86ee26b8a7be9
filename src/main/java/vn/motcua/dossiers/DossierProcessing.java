package vn.motcua.dossiers;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.accounts.Role;
import vn.motcua.accounts.StaffDirectory;
import vn.motcua.accounts.StaffMember;
import vn.motcua.dossiers.core.DossierLifecycle;
import vn.motcua.dossiers.internal.DecidingRoles;
import vn.motcua.dossiers.internal.DossierActs;
import vn.motcua.dossiers.internal.DossierReach;
import vn.motcua.dossiers.internal.DossierStore;
import vn.motcua.dossiers.internal.PersonalDataRoles;
import vn.motcua.dossiers.internal.StoredDossier;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;

/**
 * Xử lý hồ sơ: every action after the receipt, checked by the lifecycle against the dossier's state,
 * written to its history with what it derives and the figures it moves, and to the audit trail, in
 * one transaction. Two people acting on one dossier at once queue on its row; the second is refused
 * (409) if the first made its action impossible or changed the version it saw. A dossier held by an
 * agency whose unit has ended (a commune dissolved or merged on 01/07/2025) is kept for reference only:
 * it is offered no action and any action on it is refused (409), naming the day and the successor.
 */
@Service
public class DossierProcessing {

    private static final Set<Role> HANDLERS = EnumSet.of(Role.SPECIALIST, Role.LEADER);

    private final DossierStore store;
    private final DossierReach reach;
    private final DossierActs acts;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final PersonalDataRoles handlingRoles;
    private final DecidingRoles decidingRoles;
    private final PublicRegister register;
    private final MotCuaZone zone;

    DossierProcessing(DossierStore store, DossierReach reach, DossierActs acts, CurrentUser currentUser, StaffDirectory staff,
            PersonalDataRoles handlingRoles, DecidingRoles decidingRoles, PublicRegister register, MotCuaZone zone) {
        this.zone = zone;
        this.store = store;
        this.reach = reach;
        this.acts = acts;
        this.currentUser = currentUser;
        this.staff = staff;
        this.handlingRoles = handlingRoles;
        this.decidingRoles = decidingRoles;
        this.register = register;
    }

    /** Counter, specialists and leaders act on dossiers; only a leader approves a result. */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'ADMIN') and "
            + "(#request == null || #request.action() != T(vn.motcua.dossiers.ActionKind).APPROVE || hasAnyRole('LEADER', 'ADMIN'))")
    @Transactional
    public Dossier act(String code, ActionRequest request) {
        if (request == null || request.action() == null || !request.action().requested()) {
            throw new InvalidInputException("action", "dossiers.action.required");
        }
        if (request.action() == ActionKind.RECORD_PAYMENT && request.method() != null
                && DossierLifecycle.ONLINE_PAYMENT.equalsIgnoreCase(request.method().trim())) {
            // Only the payment gateway's verified notification records an online payment (payments module).
            throw new InvalidInputException("method", "dossiers.payment.online-by-gateway");
        }
        StoredDossier dossier = store.lock(code).orElseThrow(() -> new NotFoundException("dossiers.not-found", code));
        reach.check(dossier);
        if (request.expectedVersion() != null && request.expectedVersion() != dossier.version()) {
            throw new ConflictException("dossiers.changed");
        }
        Optional<EndedAgency> ended = endedAgency(dossier.summary().holdingAgencyId() != null ? dossier.summary().holdingAgencyId()
                : dossier.facts().agencyId());
        if (ended.isPresent()) {
            throw ended.get().refusal();
        }
        checkAssignee(request, dossier.summary().holdingAgencyId() != null ? dossier.summary().holdingAgencyId()
                : dossier.facts().agencyId());
        return acts.act(dossier, request, currentUser.require().getUsername());
    }

    /**
     * The actions the signed-in user may take on the dossier now: those its status allows, for a role
     * that handles dossiers, the approval only for a role that decides. What the page offers; the
     * action itself checks the same rules again.
     */
    public List<ActionKind> available(Dossier dossier) {
        if (!handlingRoles.handleDossiers() || endedAgency(dossier).isPresent()) {
            return List.of();
        }
        boolean approves = decidingRoles.mayApprove();
        return java.util.Arrays.stream(ActionKind.values())
                .filter(a -> a.requested() && dossier.status().after(a).isPresent())
                .filter(a -> a != ActionKind.APPROVE || approves).toList();
    }

    /**
     * Cơ quan đã kết thúc: the agency holding the dossier (the one that received it, unless it was forwarded) when its
     * unit ended before today, with the first day it no longer existed and the unit that carries its records now.
     */
    public record EndedAgency(String agencyName, LocalDate endedOn, String successorName) {

        /** The refusal of any new action on such a dossier. */
        public ConflictException refusal() {
            return successorName == null ? new ConflictException("dossiers.unit-ended.alone", agencyName, endedOn)
                    : new ConflictException("dossiers.unit-ended", agencyName, endedOn, successorName);
        }
    }

    /** Why the dossier takes no new work, if its agency's unit has ended: what its page says instead of the actions. */
    public Optional<EndedAgency> endedAgency(Dossier dossier) {
        String code = dossier.holdingAgencyCode() != null ? dossier.holdingAgencyCode() : dossier.agencyCode();
        return register.agency(code).flatMap(a -> endedAgency(a.id()));
    }

    /** Why an agency takes no new work, if its unit ended before today: what a refusal of work on its dossiers names. */
    public Optional<EndedAgency> endedAgency(long agencyId) {
        LocalDate today = zone.today();
        return register.agency(agencyId).filter(a -> a.endedBefore(today)).map(a -> new EndedAgency(a.name(), a.validTo().plusDays(1),
                register.carriedOnBy(a.unitId(), today).map(Unit::name).orElse(null)));
    }

    /** Who a dossier held by this agency may be given to (Giao xử lý): its specialists and leaders. */
    public List<StaffMember> assignable(long agencyId) {
        return staff.inAgency(agencyId, HANDLERS);
    }

    /** An assignee must be an account that may handle the dossier where it goes, never a typed name. */
    private void checkAssignee(ActionRequest request, long holdingAgencyId) {
        if (request.assignee() == null || request.assignee().isBlank()
                || (request.action() != ActionKind.ASSIGN && request.action() != ActionKind.FORWARD)) {
            return;
        }
        Long target = request.action() == ActionKind.FORWARD && request.toAgencyCode() != null && !request.toAgencyCode().isBlank()
                ? register.agency(request.toAgencyCode().trim()).map(Agency::id).orElse(null) : null;
        long agency = target == null ? holdingAgencyId : target;
        String name = request.assignee().trim();
        if (assignable(agency).stream().noneMatch(m -> m.username().equals(name))) {
            throw new InvalidInputException("assignee", "dossiers.assignee.unknown", name);
        }
    }
}
