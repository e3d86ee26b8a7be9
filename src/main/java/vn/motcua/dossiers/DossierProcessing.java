package vn.motcua.dossiers;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossiers.internal.DossierActs;
import vn.motcua.dossiers.internal.DossierReach;
import vn.motcua.dossiers.internal.DossierStore;
import vn.motcua.dossiers.internal.StoredDossier;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/**
 * Xử lý hồ sơ: every action after the receipt, checked by the lifecycle against the dossier's state,
 * written to its history with what it derives and the figures it moves, and to the audit trail, in
 * one transaction. Two people acting on one dossier at once queue on its row; the second is refused
 * (409) if the first made its action impossible or changed the version it saw.
 */
@Service
public class DossierProcessing {

    private final DossierStore store;
    private final DossierReach reach;
    private final DossierActs acts;
    private final CurrentUser currentUser;

    DossierProcessing(DossierStore store, DossierReach reach, DossierActs acts, CurrentUser currentUser) {
        this.store = store;
        this.reach = reach;
        this.acts = acts;
        this.currentUser = currentUser;
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
        return acts.act(dossier, request, currentUser.require().getUsername());
    }
}
