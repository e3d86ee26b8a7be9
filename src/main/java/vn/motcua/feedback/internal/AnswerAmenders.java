package vn.motcua.feedback.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Component;

import vn.motcua.shared.DeniedAsNo;

/**
 * Who may change an answer the public has already read: a leader or an administrator, whose word the
 * published answer is. Written as a {@code @PreAuthorize} rule like every other role check; a refused
 * role answers no rather than failing, so the service names the reason.
 */
@Component
public class AnswerAmenders {

    /** True for a leader or an administrator; false for anyone else. */
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    @HandleAuthorizationDenied(handlerClass = DeniedAsNo.class)
    public boolean mayAmendPublished() {
        return true;
    }
}
