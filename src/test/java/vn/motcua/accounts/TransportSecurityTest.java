package vn.motcua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;

/**
 * Over TLS — directly, or through a trusted proxy that says so in X-Forwarded-Proto — every answer
 * carries Strict-Transport-Security and every cookie MotCua sets carries Secure; over plain HTTP
 * neither, and the header from anyone but a trusted proxy changes nothing. The API description
 * needs an account, like the API.
 */
@DemoSystemTest
class TransportSecurityTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.web.context.WebApplicationContext context;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.web.csrf.CsrfTokenRepository formTokens;

    /** What a browser gets, whatever MockMvc tests ran before in this context. */
    @org.junit.jupiter.api.BeforeEach
    void realFormTokens() {
        vn.motcua.RealFormTokens.restore(context, formTokens);
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String host, String path, boolean overTls) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path));
        if (overTls) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in on the page as a browser would, the proxy saying TLS or not; the answer that sets the session cookie. */
    private HttpResponse<String> signIn(String host, boolean overTls) throws Exception {
        HttpResponse<String> login = get(host, "/login", overTls);
        Matcher token = CSRF.matcher(login.body());
        assertThat(token.find()).isTrue();
        String cookie = login.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).reduce((a, b) -> a + "; " + b)
                .orElse("");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=clerk&password=demo&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)));
        if (overTls) {
            request.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> signedIn = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return signedIn;
    }

    private static List<String> cookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie");
    }

    private static Optional<String> hsts(HttpResponse<String> response) {
        return response.headers().firstValue("Strict-Transport-Security");
    }

    @Test
    void overTlsThroughTheTrustedProxyAnswersCarryHstsAndCookiesAreSecure() throws Exception {
        HttpResponse<String> login = get("localhost", "/login", true);
        assertThat(hsts(login)).hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(cookies(login)).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
        HttpResponse<String> signedIn = signIn("localhost", true);
        assertThat(cookies(signedIn)).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="))
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(hsts(signedIn)).isPresent();
        assertThat(hsts(get("localhost", "/api/v1/public/feedback/answers", true))).isPresent();
    }

    @Test
    void overPlainHttpThereIsNoHstsAndNoSecureCookie() throws Exception {
        HttpResponse<String> login = get("localhost", "/login", false);
        assertThat(hsts(login)).isEmpty();
        assertThat(cookies(login)).isNotEmpty().noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
        HttpResponse<String> signedIn = signIn("localhost", false);
        assertThat(cookies(signedIn)).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="))
                .noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(hsts(signedIn)).isEmpty();
    }

    /** The test reaches the server on an address of this machine that is not loopback, so not a trusted proxy's. */
    @Test
    void xForwardedProtoFromAnyoneButATrustedProxyIsIgnored() throws Exception {
        Optional<String> address = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream()).filter(a -> a instanceof Inet4Address)
                .map(InetAddress::getHostAddress).findFirst();
        Assumptions.assumeTrue(address.isPresent(), "this machine has no address besides loopback");
        HttpResponse<String> login = get(address.get(), "/login", true);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(hsts(login)).isEmpty();
        assertThat(cookies(login)).noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }

    @Test
    void theApiDescriptionNeedsAnAccount() throws Exception {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config")) {
            HttpResponse<String> anonymous = get("localhost", path, false);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            JsonNode error = JsonMapper.builder().build().readTree(anonymous.body());
            assertThat(error.get("error").asText()).isEqualTo("unauthorized");
        }
        for (String path : List.of("/swagger-ui/index.html", "/swagger-ui.html")) {
            HttpResponse<String> anonymous = get("localhost", path, false);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
        }
        ApiClient.Answer signedIn = new ApiClient(port).get("/v3/api-docs", "clerk", "demo");
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.json().get("openapi").asText()).isNotBlank();
    }
}
