package vn.motcua.shared;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The answer of a refused yes-or-no role rule ({@code @PreAuthorize} on a method returning boolean,
 * with {@code @HandleAuthorizationDenied(handlerClass = DeniedAsNo.class)}): no, instead of a failed
 * request, so the caller can name the reason or show less.
 */
@Component
public class DeniedAsNo implements MethodAuthorizationDeniedHandler {

    @Override
    public Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
        return Boolean.FALSE;
    }
}
