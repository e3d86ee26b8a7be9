package vn.motcua.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting in this request, for services that check access and record the audit trail. */
@Component
public class CurrentUser {

    /** The name written in the audit trail for work nobody signed in did: start-up, demo data. */
    public static final String SYSTEM = "system";

    public Optional<MotCuaUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MotCuaUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public MotCuaUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    public String username() {
        return get().map(MotCuaUser::getUsername).orElse(SYSTEM);
    }
}
