package vn.motcua.shared;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person asked for (demo data, start-up, scheduled sweeps, the lock that repeated
 * wrong passwords trigger) as the "system" administrator, so the services' access checks apply to it
 * too and the audit trail names it. Never inside a person's request to read past their scope: the
 * names of units and agencies are public and come from {@code units.PublicRegister}; AccessRulesTest
 * holds every other use to this rule.
 */
public final class SystemActor {

    private static final MotCuaUser SYSTEM = new MotCuaUser(0, CurrentUser.SYSTEM, "", "MotCua", null, null,
            Set.of("ADMIN"), true, true);

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, SYSTEM.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
