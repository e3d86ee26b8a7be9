package vn.motcua.accounts.security;

import java.io.IOException;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.accounts.Role;
import vn.motcua.shared.ErrorAnswers;

/**
 * Pages sign in with a form and a session; /api/** takes HTTP Basic (or the page session) and
 * answers 401/403 in the API's error format. An HTTP Basic call is authenticated by its header
 * alone and stores no session; nothing anonymous stores one either (the form token lives in a
 * cookie), so the session table holds only people signed in on the pages. CSRF protects every
 * request a cookie authenticates; only a Basic call that carries no session cookie is exempt.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    /**
     * BCrypt at cost 10 unless configured (about 75 ms of CPU a check on a 2-core server, which is the
     * point: a stolen table is slow to crack). A hash keeps the cost it was made with, so a change
     * applies to passwords set afterwards. The tests lower it, since every API call they make checks a password.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${motcua.security.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    /** Passwords checked against the accounts, behind the throttle that delays repeated failures. */
    @Bean
    AuthenticationProvider signIn(UserDetailsService accounts, PasswordEncoder passwords, SignInThrottle throttle) {
        DaoAuthenticationProvider checked = new DaoAuthenticationProvider(accounts);
        checked.setPasswordEncoder(passwords);
        return new ThrottledSignIn(checked, throttle);
    }

    /**
     * A request the firewall refuses (an encoded NUL or a traversal in the path) answers 400 with the
     * API's error format, not the container's error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ErrorAnswers errors) {
        return (request, response, rejected) -> {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                errors.write(response, HttpStatus.BAD_REQUEST, "malformed", "error.rejected", java.util.List.of());
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value());
            }
        };
    }

    /**
     * The form token in a cookie rather than in the session, so an anonymous page (sign-in, the public
     * forms) stores no session; the pages render it and htmx sends it back.
     */
    @Bean
    CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        // The header the session-held token used, so pages and scripts that send it keep working.
        tokens.setHeaderName("X-CSRF-TOKEN");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
        return tokens;
    }

    /**
     * Strict-Transport-Security on every answer to a request that came over TLS — to MotCua itself, or to a
     * trusted proxy that says so in X-Forwarded-Proto (server.tomcat.remoteip.internal-proxies; anyone else's
     * header is ignored, so a plain-HTTP client cannot ask for it). The cookies MotCua sets on such a request
     * (session, form token, page to return to) carry Secure for the same reason: they follow request.isSecure().
     * Never on plain HTTP, where the header would be meaningless and a mistaken one would lock browsers out.
     */
    private static void hsts(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity>
            .HstsConfig hsts) {
        hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true);
    }

    /** A Basic call with no session cookie: nothing a browser sends on its own, so there is nothing to forge. */
    private static boolean basicWithoutSession(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && request.getRequestedSessionId() == null;
    }

    private static final AccessDeniedHandlerImpl REFUSED = new AccessDeniedHandlerImpl();

    /**
     * A refused page answers 403 with the error page; only the staff's home, asked for by a citizen (the
     * logo, a bookmark, "back to the home page"), sends the citizen to its own home instead.
     */
    private static final LoginUrlAuthenticationEntryPoint SIGN_IN = new LoginUrlAuthenticationEntryPoint("/login");

    /**
     * A visitor without an account who opens the site's address lands on the public portal's home, not on a sign-in
     * form they may have no account for; any other page asked for still leads to "Đăng nhập" and back.
     */
    private static void signInOrPublicHome(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // One whose session has just ended (signed out elsewhere, password changed) is staff to be signed in again.
        boolean sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        if ((path.isEmpty() || path.equals("/")) && "GET".equals(request.getMethod()) && !sessionEnded) {
            response.sendRedirect(request.getContextPath() + "/public");
            return;
        }
        SIGN_IN.commence(request, response, failure);
    }

    private static void refusedPage(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ((path.isEmpty() || path.equals("/")) && "GET".equals(request.getMethod())
                && SignInLanding.isCitizen(SecurityContextHolder.getContext().getAuthentication())) {
            response.sendRedirect(request.getContextPath() + SignInLanding.CITIZEN_HOME);
            return;
        }
        REFUSED.handle(request, response, denied);
    }

    /** The API description (springdoc): read with an account like the API it describes, unless motcua.api-docs.public says otherwise. */
    private static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**" };
    private static final String[] API_DOCS_PAGES = { "/swagger-ui/**", "/swagger-ui.html" };

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ErrorAnswers errors, CsrfTokenRepository csrfTokens,
            @Value("${motcua.api-docs.public:false}") boolean publicApiDocs) throws Exception {
        http.securityMatcher("/api/**", API_DOCS[0], API_DOCS[1])
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/api/v1/public/**").permitAll();
                    if (publicApiDocs) {
                        requests.requestMatchers(API_DOCS).permitAll();
                    }
                    requests.requestMatchers("/api/v1/citizen/**").hasRole(Role.CITIZEN.name())
                            .anyRequest().hasAnyRole(Role.staffNames());
                })
                .httpBasic(basic -> basic.securityContextRepository(new RequestAttributeSecurityContextRepository())
                        .authenticationEntryPoint((request, response, failure) -> {
                    if (failure instanceof SignInDelayedException delayed) {
                        response.setHeader("Retry-After", String.valueOf(delayed.seconds()));
                        errors.write(response, HttpStatus.TOO_MANY_REQUESTS, "too_many_requests", "sign-in.delayed",
                                java.util.List.of(), delayed.seconds());
                    } else {
                        errors.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "error.unauthorized", java.util.List.of());
                    }
                }))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, failure) -> errors.write(response,
                                HttpStatus.UNAUTHORIZED, "unauthorized", "error.unauthorized", java.util.List.of()))
                        .accessDeniedHandler((request, response, denied) -> errors.write(response, HttpStatus.FORBIDDEN,
                                "forbidden", "error.forbidden", java.util.List.of())))
                // Public endpoints act for no one, so a forged request gains nothing; other systems post to them without a session.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(request -> basicWithoutSession(request)
                        || request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/public/")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .httpStrictTransportSecurity(SecurityConfiguration::hsts));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, CsrfTokenRepository csrfTokens, IdentityPlatform platform,
            IdentityPlatformSignIn platformSignIn, @Value("${motcua.api-docs.public:false}") boolean publicApiDocs) throws Exception {
        // The page asked for before signing in is remembered in a cookie, not in a session made for a stranger.
        CookieRequestCache savedRequests = new CookieRequestCache();
        SignInLanding landing = new SignInLanding(savedRequests);
        if (platform.configured()) {
            platformSignIn.apply(http, landing);
        }
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/login", "/login/identity-platform", "/setup", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/public/**", "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll();
                    if (publicApiDocs) {
                        requests.requestMatchers(API_DOCS_PAGES).permitAll();
                    }
                    requests.requestMatchers("/citizen", "/citizen/**").hasRole(Role.CITIZEN.name())
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                        .anyRequest().hasAnyRole(Role.staffNames());
                })
                .exceptionHandling(handling -> handling.accessDeniedHandler(SecurityConfiguration::refusedPage)
                        .authenticationEntryPoint(SecurityConfiguration::signInOrPublicHome))
                .formLogin(form -> form.loginPage("/login").successHandler(landing)
                        .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                                + (failure instanceof SignInDelayedException delayed ? "/login?delayed=" + delayed.seconds() : "/login?error"))))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.requestCache(savedRequests))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(SecurityConfiguration::hsts));
        return http.build();
    }
}
