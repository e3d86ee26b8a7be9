package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.RealFormTokens;
import vn.motcua.TestBrowser;

/**
 * Signing in through the identity platform, against a real OpenID Connect provider (Spring
 * Authorization Server) running beside MotCua: the browser is sent to the provider, signs in there,
 * comes back with a code MotCua exchanges for an ID token, and ends signed in as the citizen whose ID
 * the token names — with the same session as a password sign-in gives.
 */
@CitizenSystemTest
class IdentityPlatformSignInTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    CsrfTokenRepository formTokens;

    @BeforeEach
    void realFormTokens() {
        RealFormTokens.restore(context, formTokens);
    }

    /** The browser reaches MotCua at 127.0.0.1 (the provider accepts loopback redirect addresses on any port) and the provider at localhost. */
    private TestBrowser browser() {
        return new TestBrowser(port, "127.0.0.1");
    }

    /** From MotCua's sign-in page through the provider's, as the person, and back to wherever MotCua sends them. */
    private TestBrowser.Page signInAtTheProvider(TestBrowser browser, String person) {
        TestBrowser.Page login = browser.open("/login");
        assertThat(login.body()).contains("Đăng nhập bằng tài khoản định danh (VNeID)", "href=\"/login/identity-platform\"");
        TestBrowser.Page providerLogin = browser.open("/login/identity-platform");
        assertThat(providerLogin.uri().toString()).startsWith(CitizenServers.issuer() + "/login");
        return browser.submit(providerLogin, "/login", Map.of("username", person, "password", IdentityProviderForTests.PASSWORD));
    }

    private static String sessionOf(TestBrowser browser) {
        return browser.cookiesOf("127.0.0.1:" + browser.uri("/").getPort()).get("SESSION");
    }

    @Test
    void theIdClaimSignsInTheCitizenWhoHoldsThatIdWithAPasswordSignInsSession() {
        IdentityProviderForTests.CLAIMS.put("mai", Map.of("citizen_id", "038190012345", "name", "Lê Thị Mai"));
        TestBrowser browser = browser();
        TestBrowser.Page home = signInAtTheProvider(browser, "mai");
        assertThat(home.path()).anySatisfy(step -> assertThat(step.getPath()).isEqualTo("/login/oauth2/code/vneid"));
        assertThat(home.uri()).isEqualTo(URI.create("http://127.0.0.1:" + port + "/citizen"));
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Xin chào, Lê Thị Mai", "038190012345");

        TestBrowser.Page me = browser.open("/api/v1/citizen/me");
        assertThat(me.status()).isEqualTo(200);
        JsonNode profile = JSON.readTree(me.body());
        assertThat(profile.get("username").asText()).isEqualTo("congdan");
        assertThat(profile.get("idNumber").asText()).isEqualTo("038190012345");
        assertThat(profile.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(browser.open("/dossiers").status()).as("still only a citizen").isEqualTo(403);

        // The session is the shared store's, named by the account as after a password sign-in.
        String session = sessionOf(browser);
        assertThat(jdbc.sql("select principal_name from accounts_session where session_id = ?")
                .param(new String(java.util.Base64.getDecoder().decode(session))).query(String.class).single()).isEqualTo("congdan");
        // The form token still guards changes: with it the profile changes, without it nothing does.
        TestBrowser.Page profilePage = browser.open("/citizen/profile");
        TestBrowser.Page saved = browser.submit(profilePage, "/citizen/profile/enterprise",
                Map.of("taxCode", "2800123456", "enterpriseName", "Hợp tác xã Xuân Phố"));
        assertThat(saved.body()).contains("Hợp tác xã Xuân Phố (mã số thuế 2800123456)");
        TestBrowser.Page cleared = browser.submit(saved, "/citizen/profile/enterprise", Map.of("clear", "true"));
        assertThat(cleared.body()).contains("Bạn không còn đại diện doanh nghiệp nào.");
        assertThat(browser.follow(browser.send(java.net.http.HttpRequest.newBuilder().header("Content-Type",
                "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString("clear=true")),
                browser.uri("/citizen/profile/enterprise"))).status()).as("no form token").isEqualTo(403);

        assertThat(jdbc.sql("select count(*) from portal_identity_link l join accounts_account a on a.id = l.account_id"
                + " where a.username = 'congdan' and l.issuer = ?").param(CitizenServers.issuer()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSessionIdChangesWhenThePlatformSignsThePersonIn() {
        IdentityProviderForTests.CLAIMS.put("mai", Map.of("citizen_id", "038190012345", "name", "Lê Thị Mai"));
        TestBrowser browser = browser();
        browser.open("/login");
        TestBrowser.Page providerLogin = browser.open("/login/identity-platform");
        String before = sessionOf(browser);
        assertThat(before).as("the sign-in in progress keeps its state in a session").isNotNull();
        TestBrowser.Page home = browser.submit(providerLogin, "/login", Map.of("username", "mai", "password", IdentityProviderForTests.PASSWORD));
        assertThat(home.uri().getPath()).isEqualTo("/citizen");
        assertThat(sessionOf(browser)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void anIdNobodyRegisteredMakesAConfirmedCitizenFromTheClaimsOnce() {
        String idNumber = "0382%08d".formatted(System.nanoTime() % 100_000_000L);
        String email = "lan" + idNumber + "@thoxuan.example";
        IdentityProviderForTests.CLAIMS.put("moi", Map.of("citizen_id", idNumber, "name", "Hoàng Thị Lan", "email", email,
                "phone_number", "+84977123456"));
        TestBrowser browser = browser();
        TestBrowser.Page home = signInAtTheProvider(browser, "moi");
        assertThat(home.uri().getPath()).isEqualTo("/citizen");
        assertThat(home.body()).contains("Xin chào, Hoàng Thị Lan", idNumber, "Đã xác nhận ngày");
        JsonNode profile = JSON.readTree(browser.open("/api/v1/citizen/me").body());
        assertThat(profile.get("username").asText()).isEqualTo(email);
        assertThat(profile.get("email").asText()).isEqualTo(email);
        assertThat(profile.get("phone").asText()).isEqualTo("0977123456");
        assertThat(profile.get("status").asText()).isEqualTo("CONFIRMED");

        assertThat(signInAtTheProvider(browser(), "moi").uri().getPath()).isEqualTo("/citizen");
        assertThat(jdbc.sql("select count(*) from accounts_citizen where id_number = ?").param(idNumber).query(Long.class).single())
                .as("the second sign-in finds the account the first made").isEqualTo(1);
        assertThat(jdbc.sql("select action from audit_entry where entity_id = ? order by id").param(email).query(String.class).list())
                .containsExactly("citizen.registered", "citizen.linked");
    }

    @Test
    void aTokenWithoutTheIdClaimIsRefusedWithAClearMessage() {
        IdentityProviderForTests.CLAIMS.put("khongso", Map.of("name", "Người Không Số"));
        TestBrowser browser = browser();
        TestBrowser.Page refused = signInAtTheProvider(browser, "khongso");
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.uri().getQuery()).isEqualTo("oidc=missing_citizen_id");
        assertThat(refused.body()).contains("Nền tảng định danh không cho biết số định danh cá nhân của bạn");
        assertThat(browser.open("/citizen").uri().getPath()).as("not signed in").isEqualTo("/login");
        assertThat(jdbc.sql("select count(*) from accounts_account where full_name = 'Người Không Số'").query(Long.class).single()).isZero();
    }

    @Test
    void aStaffAccountIsNeverSignedInThroughThePlatform() {
        // Even were a staff account to carry a citizen's profile, the platform's door would not open it.
        long clerk = jdbc.sql("select id from accounts_account where username = 'clerk'").query(Long.class).single();
        jdbc.sql("insert into accounts_citizen (account_id, id_number, confirmed_at) values (?, '038099000001', now())").param(clerk).update();
        try {
            IdentityProviderForTests.CLAIMS.put("canbo", Map.of("citizen_id", "038099000001", "name", "Trần Văn Minh"));
            TestBrowser browser = browser();
            TestBrowser.Page refused = signInAtTheProvider(browser, "canbo");
            assertThat(refused.uri().getQuery()).isEqualTo("oidc=not_a_citizen");
            assertThat(refused.body()).contains("Tài khoản cán bộ không đăng nhập qua nền tảng định danh");
            assertThat(browser.open("/dossiers").uri().getPath()).isEqualTo("/login");
        } finally {
            jdbc.sql("delete from accounts_citizen where account_id = ?").param(clerk).update();
        }
    }

    @Test
    void whatIsTypedIntoTheAddressNeverBecomesTheMessage() {
        TestBrowser.Page page = browser().open("/login?oidc=%3Cscript%3E");
        assertThat(page.body()).contains("Đăng nhập qua nền tảng định danh không thành công; hãy thử lại.").doesNotContain("<script>");
    }
}
