package vn.motcua.accounts.security;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.accounts.Role;

/**
 * Where a person lands after signing in: the page asked for before, or else the home of what they
 * are — staff at "/", a citizen at "/citizen". A citizen who had asked for a staff page (a link
 * someone sent) lands at home too, rather than on a refusal.
 */
final class SignInLanding implements AuthenticationSuccessHandler {

    static final String CITIZEN_HOME = "/citizen";

    private final RequestCache requests;
    private final SavedRequestAwareAuthenticationSuccessHandler staff = new SavedRequestAwareAuthenticationSuccessHandler();
    private final SavedRequestAwareAuthenticationSuccessHandler citizens = new SavedRequestAwareAuthenticationSuccessHandler();
    private final SimpleUrlAuthenticationSuccessHandler citizenHome = new SimpleUrlAuthenticationSuccessHandler(CITIZEN_HOME);

    SignInLanding(RequestCache requests) {
        this.requests = requests;
        staff.setRequestCache(requests);
        staff.setDefaultTargetUrl("/");
        citizens.setRequestCache(requests);
        citizens.setDefaultTargetUrl(CITIZEN_HOME);
    }

    static boolean isCitizen(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + Role.CITIZEN.name())::equals);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (!isCitizen(authentication)) {
            staff.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SavedRequest saved = requests.getRequest(request, response);
        if (saved != null && citizensMay(saved, request.getContextPath())) {
            citizens.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        requests.removeRequest(request, response);
        citizenHome.onAuthenticationSuccess(request, response, authentication);
    }

    /** The citizen's own pages and the public ones; "/citizen" itself, not a staff path that merely begins so. */
    private static boolean citizensMay(SavedRequest saved, String contextPath) {
        String path = java.net.URI.create(saved.getRedirectUrl()).getPath();
        return path != null && (path.equals(contextPath + CITIZEN_HOME) || path.startsWith(contextPath + CITIZEN_HOME + "/")
                || path.startsWith(contextPath + "/public/"));
    }
}
