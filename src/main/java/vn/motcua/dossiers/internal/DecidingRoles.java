package vn.motcua.dossiers.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Component;

import vn.motcua.shared.DeniedAsNo;

/**
 * The roles that decide a dossier's result (Phê duyệt): the same rule as the approval itself in
 * {@code DossierProcessing.act}, asked beforehand so the dossier page offers the approval only to
 * those who may give it. A refused role answers no.
 */
@Component
public class DecidingRoles {

    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    @HandleAuthorizationDenied(handlerClass = DeniedAsNo.class)
    public boolean mayApprove() {
        return true;
    }
}
