package vn.motcua.accounts.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

import vn.motcua.accounts.CitizenIdentityRefused;

/**
 * Nền tảng định danh: the external OpenID Connect provider citizens may sign in through (VNeID, the
 * national portal's single sign-on), configured by motcua.oidc.*; with no issuer configured there is
 * none, and the sign-in page offers only the password. The provider's endpoints are discovered from
 * its issuer the first time someone signs in through it, not at start-up: MotCua starts, and staff
 * sign in, while the provider is unreachable, and a failed discovery is tried again next time.
 */
@Component
public class IdentityPlatform implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(IdentityPlatform.class);

    /** The registration's name in MotCua's addresses: /oauth2/authorization/vneid, /login/oauth2/code/vneid. */
    static final String REGISTRATION = "vneid";

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final Set<String> scopes;
    private final String label;
    private final String redirectUri;
    private volatile ClientRegistration discovered;

    IdentityPlatform(@Value("${motcua.oidc.issuer-url:}") String issuer, @Value("${motcua.oidc.client-id:}") String clientId,
            @Value("${motcua.oidc.client-secret:}") String clientSecret,
            @Value("${motcua.oidc.scopes:openid,profile,email,phone}") String scopes, @Value("${motcua.oidc.label:}") String label,
            @Value("${motcua.oidc.redirect-uri:{baseUrl}/login/oauth2/code/{registrationId}}") String redirectUri) {
        this.issuer = issuer.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret;
        this.scopes = new LinkedHashSet<>(Arrays.stream(scopes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        this.scopes.add("openid");
        this.label = label.strip();
        this.redirectUri = redirectUri;
        if (!this.issuer.isEmpty() && this.clientId.isEmpty()) {
            throw new IllegalStateException("motcua.oidc.issuer-url is set but motcua.oidc.client-id is not");
        }
    }

    /** The refusals the sign-in page explains; any other failure (the person cancelled, the provider erred) reads "failed". */
    private static final Set<String> EXPLAINED = Set.of(CitizenIdentityRefused.MISSING_CITIZEN_ID, CitizenIdentityRefused.INVALID_CITIZEN_ID,
            CitizenIdentityRefused.NOT_A_CITIZEN, CitizenIdentityRefused.DISABLED, "unavailable");

    /** The reason as the sign-in page names it (sign-in.oidc.&lt;reason&gt;), whatever was put in the address. */
    public static String shownReason(String reason) {
        return reason != null && EXPLAINED.contains(reason) ? reason : "failed";
    }

    /** Whether an identity platform is configured at all. */
    public boolean configured() {
        return !issuer.isEmpty();
    }

    /** The sign-in button's words when configured ones were given; otherwise the page's own. */
    public Optional<String> label() {
        return label.isEmpty() ? Optional.empty() : Optional.of(label);
    }

    /**
     * Where a browser starts signing in through the platform, once the platform answers; empty when it
     * is not configured or cannot be reached now.
     */
    public Optional<String> signInPath() {
        return registration().map(r -> "/oauth2/authorization/" + r.getRegistrationId());
    }

    String issuer() {
        return issuer;
    }

    /** The provider's registration, discovering it from the issuer when not yet known; empty when the provider cannot be reached. */
    Optional<ClientRegistration> registration() {
        ClientRegistration known = discovered;
        if (known != null || !configured()) {
            return Optional.ofNullable(known);
        }
        synchronized (this) {
            if (discovered == null) {
                try {
                    discovered = ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION).clientId(clientId)
                            .clientSecret(clientSecret).scope(scopes).redirectUri(redirectUri).clientName(label.isEmpty() ? "VNeID" : label)
                            .build();
                } catch (RuntimeException unreachable) {
                    log.warn("The identity platform {} cannot be reached: {}", issuer, unreachable.getMessage());
                }
            }
            return Optional.ofNullable(discovered);
        }
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return REGISTRATION.equals(registrationId) ? registration().orElse(null) : null;
    }
}
