package vn.motcua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.ApiClient;
import vn.motcua.ApiClient.Answer;
import vn.motcua.DemoSystemTest;

/**
 * A session lasts no longer than what the account was when it signed in: disabling the account,
 * setting or changing its password, or changing its roles ends its sessions. HTTP Basic stores no
 * session, and a stranger's visits to the public pages store none either.
 */
@DemoSystemTest
class SessionEndTest {

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

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A browser's cookie jar, kept by hand so the test sees every cookie it is given. */
    private final class Browser {

        final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String[] pair = set.split(";", 2)[0].split("=", 2);
                if (pair[1].isEmpty()) {
                    cookies.remove(pair[0]);
                } else {
                    cookies.put(pair[0], pair[1]);
                }
            }
            return response;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)));
        }

        HttpResponse<String> signIn(String username, String password) throws Exception {
            Matcher token = CSRF.matcher(get("/login").body());
            assertThat(token.find()).isTrue();
            return send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password)
                            + "&_csrf=" + enc(token.group(1)))));
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private long sessions() {
        return jdbc.sql("select count(*) from accounts_session").query(Long.class).single();
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from accounts_session where principal_name = ?").param(username).query(Long.class).single();
    }

    private String newAccount(String prefix) {
        String username = prefix + (System.nanoTime() % 1_000_000);
        Answer created = new ApiClient(port).post("/api/v1/accounts", """
                {"username":"%s","fullName":"Thử phiên","password":"Dung-mat-khau-9","agencyCode":"000.00.71.H56","roles":["REPORTER"]}"""
                .formatted(username), "admin", "demo");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    private int version(String username) {
        return new ApiClient(port).get("/api/v1/accounts/" + username, "admin", "demo").json().get("version").asInt();
    }

    /** Signs the account in on the page, proves the session works, makes the change, and proves it no longer does. */
    private void theChangeEndsTheSession(Consumer<String> change) throws Exception {
        String username = newAccount("session");
        Browser first = new Browser();
        Browser second = new Browser();
        assertThat(first.signIn(username, "Dung-mat-khau-9").headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(second.signIn(username, "Dung-mat-khau-9").headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(first.get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(second.get("/").statusCode()).isEqualTo(200);
        assertThat(sessionsOf(username)).isEqualTo(2);

        change.accept(username);

        assertThat(sessionsOf(username)).isZero();
        assertThat(first.get("/api/v1/me").statusCode()).isEqualTo(401);
        HttpResponse<String> page = second.get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        theChangeEndsTheSession(username -> assertThat(new ApiClient(port).post("/api/v1/accounts/" + username + "/enabled",
                "{\"enabled\":false,\"version\":" + version(username) + "}", "admin", "demo").status()).isEqualTo(200));
    }

    @Test
    void settingAPasswordEndsTheAccountsSessions() throws Exception {
        theChangeEndsTheSession(username -> assertThat(new ApiClient(port).post("/api/v1/accounts/" + username + "/password",
                "{\"password\":\"Mat-khau-moi-42\",\"version\":" + version(username) + "}", "admin", "demo").status()).isEqualTo(200));
    }

    @Test
    void changingTheRolesEndsTheAccountsSessions() throws Exception {
        theChangeEndsTheSession(username -> assertThat(new ApiClient(port).post("/api/v1/accounts/" + username + "/roles",
                "{\"roles\":[\"CLERK\"],\"version\":" + version(username) + "}", "admin", "demo").status()).isEqualTo(200));
    }

    @Test
    void movingTheAccountToAnotherAgencyEndsItsSessions() throws Exception {
        theChangeEndsTheSession(username -> {
            Answer moved = new ApiClient(port).post("/api/v1/accounts/" + username + "/move",
                    "{\"agencyCode\":\"000.00.72.H56\",\"version\":" + version(username) + "}", "admin", "demo");
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            assertThat(moved.json().get("agencyCode").asText()).isEqualTo("000.00.72.H56");
        });
    }

    @Test
    void changingOnesOwnPasswordEndsEverySessionOfTheAccount() throws Exception {
        theChangeEndsTheSession(username -> {
            Answer changed = new ApiClient(port).post("/api/v1/me/password",
                    "{\"currentPassword\":\"Dung-mat-khau-9\",\"newPassword\":\"Mat-khau-moi-43\"}", username, "Dung-mat-khau-9");
            assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        });
    }

    @Test
    void aRequestTheSessionCookieAuthenticatesNeedsTheFormTokenWhateverAuthorizationHeaderItCarries() throws Exception {
        String username = newAccount("csrf");
        Browser browser = new Browser();
        browser.signIn(username, "Dung-mat-khau-9");
        for (String authorization : List.of("Bearer forged", "Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":wrong").getBytes(StandardCharsets.UTF_8)))) {
            HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(uri("/api/v1/me/password"))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"x\",\"newPassword\":\"Mat-khau-khac-1\"}")));
            assertThat(forged.statusCode()).as(authorization).isEqualTo(403);
        }
        // The page's own token is accepted: the session still works, as a page's htmx call would.
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(browser.get("/").body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> own = browser.send(HttpRequest.newBuilder(uri("/api/v1/me/password")).header("X-CSRF-TOKEN", token.group(1))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"x\",\"newPassword\":\"Mat-khau-khac-1\"}")));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(422);
    }

    @Test
    void httpBasicStoresNoSessionAndSetsNoCookie() throws Exception {
        long before = sessions();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization",
                    "Basic " + java.util.Base64.getEncoder().encodeToString("clerk:demo".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void aStrangerOnThePublicPagesStoresNoSessionUntilSigningIn() throws Exception {
        long before = sessions();
        Browser stranger = new Browser();
        Map<String, List<String>> setCookies = new LinkedHashMap<>();
        for (String page : List.of("/login", "/public/procedures", "/public/dossiers", "/public/feedback", "/public/surveys",
                "/public/investment", "/nowhere", "/dossiers")) {
            setCookies.put(page, stranger.get(page).headers().allValues("Set-Cookie"));
        }
        assertThat(stranger.cookies).as(setCookies.toString()).doesNotContainKey("SESSION");
        assertThat(sessions()).isEqualTo(before);

        // The page asked for before signing in is where the sign-in leads.
        HttpResponse<String> signedIn = stranger.signIn("clerk", "demo");
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/dossiers");
        assertThat(stranger.cookies).containsKey("SESSION");
        assertThat(sessions()).isEqualTo(before + 1);
        assertThat(stranger.get("/dossiers").statusCode()).isEqualTo(200);
    }
}
