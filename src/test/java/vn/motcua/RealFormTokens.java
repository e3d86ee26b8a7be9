package vn.motcua;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc's {@code csrf()} swaps the security filters' form-token store for one kept in the session,
 * for good, and the application the same test context serves over HTTP shares those filters: after
 * any such test, a stranger's visit would store a session. A test about what real browsers get puts
 * MotCua's own store (a cookie) back first, on the pages and on the API alike.
 */
public final class RealFormTokens {

    private RealFormTokens() {
    }

    public static void restore(WebApplicationContext context, CsrfTokenRepository tokens) {
        for (String path : new String[] { "/login", "/api/v1/me" }) {
            MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", path);
            request.setServletPath(path);
            WebTestUtils.setCsrfTokenRepository(request, tokens);
        }
    }
}
