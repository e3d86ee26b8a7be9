package vn.motcua.dossiers.internal;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.stereotype.Component;

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
    @HandleAuthorizationDenied(handlerClass = No.class)
    public boolean handleDossiers() {
        return true;
    }

    /** The answer of a refused {@link #handleDossiers()}. */
    @Component
    static class No implements MethodAuthorizationDeniedHandler {

        @Override
        public Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
            return Boolean.FALSE;
        }
    }
}
