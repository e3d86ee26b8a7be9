package vn.motcua.dossiers;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossiers.internal.ApplicantReach;
import vn.motcua.dossiers.internal.DossierActs;
import vn.motcua.dossiers.internal.DossierStore;
import vn.motcua.dossiers.internal.ProcedureVersions;
import vn.motcua.dossiers.internal.StoredDossier;
import vn.motcua.shared.CurrentUser;
import vn.motcua.units.PublicRegister;

/**
 * The dossiers a citizen filed online, as that citizen reaches them: read, withdraw, answer a
 * supplement request. Every action goes through the same lifecycle as at the desk, by the citizen's
 * own account; a dossier of anyone else is as unknown as one that does not exist (404).
 */
@Service
@PreAuthorize("hasRole('CITIZEN')")
public class ApplicantDossiers {

    /** More than a person files in years: the page lists the latest. */
    private static final int LIST_LIMIT = 200;

    private final DossierStore store;
    private final DossierActs acts;
    private final ProcedureVersions versions;
    private final PublicRegister register;
    private final ApplicantReach reach;
    private final CurrentUser currentUser;

    ApplicantDossiers(DossierStore store, DossierActs acts, ProcedureVersions versions, PublicRegister register,
            ApplicantReach reach, CurrentUser currentUser) {
        this.store = store;
        this.acts = acts;
        this.versions = versions;
        this.register = register;
        this.reach = reach;
        this.currentUser = currentUser;
    }

    /** The signed-in citizen's online dossiers, newest first. */
    @Transactional(readOnly = true)
    public List<ApplicantDossier> mine() {
        return store.ofApplicantAccount(currentUser.require().accountId(), LIST_LIMIT).stream()
                .map(d -> view(d, store.history(d.id()))).toList();
    }

    @Transactional(readOnly = true)
    public ApplicantDossier get(String code) {
        StoredDossier dossier = owned(store.find(code), code);
        return view(dossier, store.history(dossier.id()));
    }

    /** Rút hồ sơ: the citizen takes the dossier back while it is being processed. */
    @Transactional
    public ApplicantDossier withdraw(String code, String reason) {
        StoredDossier dossier = owned(store.lock(code), code);
        acts.act(dossier, new ActionRequest(ActionKind.WITHDRAW, null, null, reason, null, null, null, null, null, null, null),
                currentUser.require().getUsername());
        return get(code);
    }

    private StoredDossier owned(java.util.Optional<StoredDossier> found, String code) {
        return reach.owned(found, code);
    }

    private ApplicantDossier view(StoredDossier dossier, List<DossierAction> history) {
        var summary = dossier.summary();
        ApplicantDossier.SupplementRequest request = null;
        ReturnChannel returnedBy = null;
        for (DossierAction action : history) {
            switch (action.kind()) {
                case REQUEST_SUPPLEMENT -> request = new ApplicantDossier.SupplementRequest(action.at(), action.text("reason"),
                        action.list("items"), action.day("deadline"));
                case SUPPLEMENT_RECEIVED -> request = null;
                case RETURN_RESULT -> returnedBy = action.text("channel") == null ? null : ReturnChannel.valueOf(action.text("channel"));
                default -> {
                    // the other actions change only what the summary already says
                }
            }
        }
        String agencyName = register.agency(dossier.facts().agencyId()).map(a -> a.name()).orElse("");
        return new ApplicantDossier(dossier.facts().code(), dossier.facts().procedureCode(),
                versions.get(dossier.facts().procedureVersionId()).content().name(), agencyName, dossier.facts().channel(),
                summary.status(), dossier.facts().receivedAt(), summary.dueAt(), summary.completedAt(), summary.returnedAt(),
                returnedBy, summary.status() == DossierStatus.WAITING_SUPPLEMENT ? request : null,
                history.stream().map(a -> new DossierLookup.Event(a.kind(), a.at())).toList(), dossier.facts().feeDue(), summary.paid());
    }
}
