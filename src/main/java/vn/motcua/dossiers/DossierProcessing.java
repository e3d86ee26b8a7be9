package vn.motcua.dossiers;

import java.util.EnumSet;
import java.util.List;
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

    private static final Set<Role> HANDLERS = EnumSet.of(Role.SPECIALIST, Role.LEADER);

    private final DossierStore store;
    private final DossierReach reach;
    private final DossierActs acts;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final PersonalDataRoles handlingRoles;
    private final DecidingRoles decidingRoles;
    private final PublicRegister register;

    DossierProcessing(DossierStore store, DossierReach reach, DossierActs acts, CurrentUser currentUser, StaffDirectory staff,
            PersonalDataRoles handlingRoles, DecidingRoles decidingRoles, PublicRegister register) {
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
