package vn.motcua.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/**
 * The identity platform as configured: none when no issuer is given; a provider that cannot be
 * reached is only a missing button target, never a failed start, and is tried again next time.
 */
class IdentityPlatformTest {

    private static IdentityPlatform platform(String issuer, String clientId) {
        return new IdentityPlatform(issuer, clientId, "bi-mat", "openid,profile", "", "{baseUrl}/login/oauth2/code/{registrationId}");
    }

    @Test
    void nothingConfiguredIsNoPlatform() {
        IdentityPlatform none = platform("", "");
        assertThat(none.configured()).isFalse();
        assertThat(none.signInPath()).isEmpty();
        assertThat(none.findByRegistrationId("vneid")).isNull();
    }

    @Test
    void aProviderThatDoesNotAnswerLeavesNoSignInPathAndIsAskedAgainLater() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        IdentityPlatform unreachable = platform("http://127.0.0.1:" + closed, "motcua");
        assertThat(unreachable.configured()).isTrue();
        assertThat(unreachable.signInPath()).isEmpty();
        assertThat(unreachable.findByRegistrationId("vneid")).isNull();
        assertThat(unreachable.signInPath()).isEmpty();
    }

    @Test
    void anIssuerWithoutAClientIdIsAMistakeSaidAtStartUp() {
        assertThatThrownBy(() -> platform("https://vneid.example", "")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("motcua.oidc.client-id");
    }

    @Test
    void onlyTheRefusalsThePageExplainsAreNamed() {
        assertThat(IdentityPlatform.shownReason("missing_citizen_id")).isEqualTo("missing_citizen_id");
        assertThat(IdentityPlatform.shownReason("not_a_citizen")).isEqualTo("not_a_citizen");
        assertThat(IdentityPlatform.shownReason("<b>")).isEqualTo("failed");
        assertThat(IdentityPlatform.shownReason(null)).isEqualTo("failed");
    }
}
