package vn.motcua.accounts.security;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.accounts.CitizenIdentityLinks;
import vn.motcua.accounts.CitizenIdentityRefused;
import vn.motcua.accounts.ExternalIdentity;
import vn.motcua.accounts.Role;
import vn.motcua.shared.MotCuaUser;

/**
 * Đăng nhập bằng tài khoản định danh: the OpenID Connect authorisation-code flow with the identity
 * platform. When the platform has signed the person in, the citizen ID among its claims finds (or
 * makes) the citizen account, and the session then holds that account's {@link MotCuaUser}, exactly as
 * after a password sign-in: nothing else in MotCua knows or cares which door the citizen came through,
 * and the platform's tokens are not kept. Only a citizen's account signs in here; the session id
 * changes on sign-in as it does for a password, and the session lives in the shared store.
 */
@Component
class IdentityPlatformSignIn {

    private static final Logger log = LoggerFactory.getLogger(IdentityPlatformSignIn.class);

    private final IdentityPlatform platform;
    private final ObjectProvider<CitizenIdentityLinks> links;
    private final UserDetailsService accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    IdentityPlatformSignIn(IdentityPlatform platform, ObjectProvider<CitizenIdentityLinks> links, UserDetailsService accounts) {
        this.platform = platform;
        this.links = links;
        this.accounts = accounts;
    }

    /** The person the platform signed in, with the citizen account they sign in as. */
    static final class LinkedCitizen extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;

        private final MotCuaUser account;

        LinkedCitizen(OidcUser person, MotCuaUser account) {
            super(person.getAuthorities(), person.getIdToken(), person.getUserInfo());
            this.account = account;
        }

        MotCuaUser account() {
            return account;
        }
    }

    void apply(HttpSecurity http, SignInLanding landing) throws Exception {
        http.oauth2Login(login -> login.loginPage("/login").clientRegistrationRepository(platform)
                .authorizedClientRepository(new NoTokensKept())
                .userInfoEndpoint(info -> info.oidcUserService(users()))
                .successHandler(signedIn(landing))
                .failureHandler(refused()));
    }

    /** The platform's person, checked and linked to a citizen account; a refusal fails the sign-in with its reason. */
    private OAuth2UserService<OidcUserRequest, OidcUser> users() {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser person = provider.loadUser(request);
            try {
                String issuer = person.getIssuer() == null ? platform.issuer() : person.getIssuer().toString();
                String username = links.getObject().accountFor(new ExternalIdentity(issuer, person.getSubject(), person.getClaims()));
                MotCuaUser account = (MotCuaUser) accounts.loadUserByUsername(username);
                if (!account.getAuthorities().stream().allMatch(a -> a.getAuthority().equals("ROLE_" + Role.CITIZEN.name()))
                        || account.getAuthorities().isEmpty()) {
                    throw new CitizenIdentityRefused(CitizenIdentityRefused.NOT_A_CITIZEN);
                }
                if (!account.isEnabled()) {
                    throw new CitizenIdentityRefused(CitizenIdentityRefused.DISABLED);
                }
                account.eraseCredentials();
                return new LinkedCitizen(person, account);
            } catch (CitizenIdentityRefused refused) {
                log.info("Sign-in through the identity platform refused for subject {}: {}", person.getSubject(), refused.reason());
                throw new OAuth2AuthenticationException(new OAuth2Error(refused.reason()), refused.reason());
            } catch (UsernameNotFoundException missing) {
                throw new OAuth2AuthenticationException(new OAuth2Error("failed"), "the linked account is gone");
            }
        };
    }

    /** The session gets the citizen's own account, as a password sign-in gives it, in place of the platform's token. */
    private AuthenticationSuccessHandler signedIn(SignInLanding landing) {
        return new AuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws IOException, ServletException {
                MotCuaUser account = ((LinkedCitizen) authentication.getPrincipal()).account();
                UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(account, null,
                        account.getAuthorities());
                signedIn.setDetails(authentication.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(signedIn);
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
                landing.onAuthenticationSuccess(request, response, signedIn);
            }
        };
    }

    private static AuthenticationFailureHandler refused() {
        return (request, response, failure) -> {
            String reason = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "failed";
            response.sendRedirect(request.getContextPath() + "/login?oidc=" + IdentityPlatform.shownReason(reason));
        };
    }

    /** The platform's access token serves the sign-in only; MotCua calls nothing with it, so it is not kept anywhere. */
    private static final class NoTokensKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
                HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal, HttpServletRequest request,
                HttpServletResponse response) {
            // nothing kept: see the class comment
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
                HttpServletResponse response) {
            // nothing was kept
        }
    }
}
