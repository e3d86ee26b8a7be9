package vn.motcua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.ApiClient;
import vn.motcua.MotCuaApplication;
import vn.motcua.TestDatabase;

/**
 * On an external database nothing of the demo is loaded and no default password exists: the first
 * administrator comes from MOTCUA_ADMIN_PASSWORD or from the first-run page, which works only once.
 */
class FirstAdministratorTest {

    private static ConfigurableApplicationContext start(String databaseUrl, String... extra) {
        TestDatabase database = TestDatabase.get();
        String[] args = new String[4 + extra.length];
        args[0] = "--server.port=0";
        args[1] = "--motcua.db.url=" + databaseUrl;
        args[2] = "--motcua.db.user=" + database.user();
        args[3] = "--motcua.db.password=" + database.password();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return new SpringApplicationBuilder(MotCuaApplication.class).run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void theAdministratorPasswordComesFromTheEnvironmentAndNoDemoIsLoaded() {
        try (ConfigurableApplicationContext app = start(TestDatabase.get().createDatabase(),
                "--motcua.admin-password=Mat-khau-quan-tri-1")) {
            ApiClient api = new ApiClient(port(app));
            assertThat(api.get("/api/v1/me", "admin", "demo").status()).isEqualTo(401);
            assertThat(api.get("/api/v1/me", "admin", "Mat-khau-quan-tri-1").json().get("roles").toString()).contains("ADMIN");
            assertThat(api.get("/api/v1/units", "admin", "Mat-khau-quan-tri-1").json()).isEmpty();
            assertThat(api.get("/api/v1/me", "reporter", "demo").status()).isEqualTo(401);
        }
    }

    @Test
    void theFirstRunPageCreatesOneAdministratorAndThenCloses() throws Exception {
        try (ConfigurableApplicationContext app = start(TestDatabase.get().createDatabase())) {
            String base = "http://localhost:" + port(app);
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/setup");

            assertThat(postSetup(browser, base, "Mat-khau-1", "Mat-khau-khac").body()).contains("Hai lần nhập mật khẩu không giống nhau.");
            assertThat(postSetup(browser, base, "ngan", "ngan").body()).contains("Mật khẩu phải có ít nhất 8 ký tự.");
            HttpResponse<String> created = postSetup(browser, base, "Mat-khau-1", "Mat-khau-1");
            assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/login?created");

            ApiClient api = new ApiClient(port(app));
            assertThat(api.get("/api/v1/me", "admin", "Mat-khau-1").status()).isEqualTo(200);

            // The page is closed now: a second attempt changes nothing.
            HttpResponse<String> again = postSetup(browser, base, "Mat-khau-2", "Mat-khau-2");
            assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/login");
            assertThat(api.get("/api/v1/me", "admin", "Mat-khau-2").status()).isEqualTo(401);
            assertThat(api.get("/api/v1/me", "admin", "Mat-khau-1").status()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> postSetup(HttpClient browser, String base, String password, String again)
            throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/setup")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() == 302) {
            // Set-up is closed: take the form token from the sign-in page, as a browser holding an old tab would have one.
            page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        }
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        String csrf = token.find() ? token.group(1) : "";
        String form = "_csrf=" + enc(csrf) + "&username=admin&fullName=" + enc("Quản trị") + "&password=" + enc(password)
                + "&passwordAgain=" + enc(again);
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/setup"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
