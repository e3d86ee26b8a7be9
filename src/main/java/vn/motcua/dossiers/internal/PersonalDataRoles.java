package vn.motcua.dossiers.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Component;

import vn.motcua.shared.DeniedAsNo;

/**
 * The roles whose work is the dossiers themselves — receiving, handling, deciding — and which may
 * therefore see an applicant's personal data (of the dossiers their agency handles). Reporters and
 * reform officers work on figures: they see dossiers, masked. Written as a {@code @PreAuthorize} rule
 * like every other role check; a refused role answers no rather than failing the request.
 */
@Component
public class PersonalDataRoles {

    /** True for a role that handles dossiers; false for any other. */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'ADMIN')")
    @HandleAuthorizationDenied(handlerClass = DeniedAsNo.class)
    public boolean handleDossiers() {
        return true;
    }
}
