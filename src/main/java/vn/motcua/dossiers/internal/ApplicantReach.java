package vn.motcua.dossiers.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.NotFoundException;

/**
 * The citizen's side of who may see a dossier: the citizen account an online dossier came from
 * reaches it, and no other citizen does — another's dossier is as unknown as one that does not exist.
 */
@Component
public class ApplicantReach {

    private final DossierStore store;
    private final CurrentUser currentUser;

    ApplicantReach(DossierStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /** The dossier found, if the signed-in citizen filed it online; 404 otherwise. */
    public StoredDossier owned(Optional<StoredDossier> found, String code) {
        MotCuaUser user = currentUser.require();
        return found.filter(d -> store.applicantAccount(d.id()).filter(account -> account == user.accountId()).isPresent())
                .orElseThrow(() -> new NotFoundException("dossiers.not-found", code));
    }
}
