package vn.motcua.portal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the tests, standing in for the identity platform: Spring
 * Authorization Server in an application of its own on its own port, with a sign-in form, consent
 * skipped, and ID tokens carrying the claims each test gives its person. MotCua registers as the
 * client "motcua" and reaches it over HTTP like any provider; nothing in MotCua is mocked.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
        OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class })
class IdentityProviderForTests {

    static final String CLIENT_ID = "motcua";
    static final String CLIENT_SECRET = "motcua-bi-mat";
    static final String PASSWORD = "vneid-mat-khau";

    /** The people who can sign in at the provider. */
    static final String[] PEOPLE = { "mai", "moi", "khongso", "canbo" };

    /** The claims each person's ID token carries besides the standard ones; tests set them before signing in. */
    static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();

    @Bean
    UserDetailsService people() {
        InMemoryUserDetailsManager people = new InMemoryUserDetailsManager();
        for (String person : PEOPLE) {
            people.createUser(User.withUsername(person).password("{noop}" + PASSWORD).roles("USER").build());
        }
        return people;
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims().claims(claims -> claims.putAll(CLAIMS.getOrDefault(context.getPrincipal().getName(), Map.of())));
            }
        };
    }

    /** Starts the provider at http://localhost:port (its issuer); MotCua's redirect address is a loopback one on any port. */
    static ConfigurableApplicationContext start(int port) {
        String issuer = "http://localhost:" + port;
        String client = "spring.security.oauth2.authorizationserver.client.motcua.registration.";
        return new SpringApplicationBuilder(IdentityProviderForTests.class).properties(Map.of(
                "spring.config.name", "identity-provider-for-tests",
                "spring.main.banner-mode", "off",
                "server.port", port,
                "spring.security.oauth2.authorizationserver.issuer", issuer,
                client + "client-id", CLIENT_ID,
                client + "client-secret", "{noop}" + CLIENT_SECRET,
                client + "client-authentication-methods", "client_secret_basic",
                client + "authorization-grant-types", "authorization_code",
                client + "redirect-uris", "http://127.0.0.1/login/oauth2/code/vneid",
                client + "scopes", "openid,profile,email,phone")).run();
    }
}
