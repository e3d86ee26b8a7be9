package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;
import vn.motcua.RealFormTokens;
import vn.motcua.TestBrowser;
import vn.motcua.accounts.AccountAdministration;
import vn.motcua.accounts.CitizenProfile;
import vn.motcua.accounts.CitizenProfiles;
import vn.motcua.notifications.Notifications;
import vn.motcua.shared.MotCuaUser;

/**
 * A citizen (the demo's "congdan") reaches the public pages and its own, and is refused wherever
 * staff work: every staff page and staff API the application maps answers it 403, the services
 * refuse it whatever door the call came through, and signing in takes it to its own home with its
 * own menu.
 */
@DemoSystemTest
class CitizenAccessTest {

    private static final String CITIZEN = "congdan";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    CitizenProfiles profiles;

    @Autowired
    AccountAdministration administration;

    @Autowired
    Notifications notifications;

    @Autowired
    WebApplicationContext context;

    @Autowired
    CsrfTokenRepository formTokens;

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void realFormTokens() {
        RealFormTokens.restore(context, formTokens);
    }

    /** Every path the application maps, with the methods it answers, a path variable filled with "1". */
    private List<Map.Entry<HttpMethod, String>> mapped() {
        List<Map.Entry<HttpMethod, String>> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1").replace("/**", "/1");
                if (methods.isEmpty()) {
                    endpoints.add(Map.entry(HttpMethod.GET, path));
                }
                for (RequestMethod method : methods) {
                    endpoints.add(Map.entry(HttpMethod.valueOf(method.name()), path));
                }
            }
        });
        return endpoints;
    }

    private static boolean citizensMay(String path) {
        return path.equals("/public") || path.startsWith("/public/") || path.startsWith("/api/v1/public/") || path.equals("/citizen")
                || path.startsWith("/citizen/") || path.startsWith("/api/v1/citizen/") || path.equals("/login") || path.startsWith("/login/")
                || path.equals("/setup") || path.equals("/error") || path.equals("/");
    }

    private MockHttpServletResponse asCitizen(HttpMethod method, String path) throws Exception {
        return mvc.perform(request(method, path).with(csrf()).with(user(accounts.loadUserByUsername(CITIZEN)))).andReturn().getResponse();
    }

    @Test
    void everyStaffPageAndStaffApiRefusesACitizen() throws Exception {
        List<Map.Entry<HttpMethod, String>> staff = mapped().stream().filter(e -> !citizensMay(e.getValue())).toList();
        assertThat(staff).as("the application's staff endpoints").hasSizeGreaterThan(100)
                .contains(Map.entry(HttpMethod.GET, "/dossiers"), Map.entry(HttpMethod.GET, "/api/v1/me"),
                        Map.entry(HttpMethod.GET, "/admin/accounts"), Map.entry(HttpMethod.POST, "/api/v1/dossiers"));
        TreeSet<String> notRefused = new TreeSet<>();
        for (Map.Entry<HttpMethod, String> endpoint : staff) {
            MockHttpServletResponse answer = asCitizen(endpoint.getKey(), endpoint.getValue());
            if (answer.getStatus() != 403) {
                notRefused.add(endpoint.getKey() + " " + endpoint.getValue() + " → " + answer.getStatus());
            } else if (endpoint.getValue().startsWith("/api/")) {
                assertThat(answer.getContentAsString()).as(endpoint.toString()).contains("\"error\":\"forbidden\"");
            }
        }
        assertThat(notRefused).isEmpty();
        for (String extra : List.of("/v3/api-docs", "/swagger-ui.html", "/actuator/prometheus", "/statistics/procedures")) {
            assertThat(asCitizen(HttpMethod.GET, extra).getStatus()).as(extra).isEqualTo(403);
        }
    }

    @Test
    void withNoIdentityPlatformConfiguredTheSignInPageOffersOnlyThePassword() {
        TestBrowser.Page login = new TestBrowser(port).open("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("href=\"/public/register\"").doesNotContain("identity-platform", "VNeID");
        assertThat(new TestBrowser(port).open("/login/identity-platform").uri().getQuery()).isEqualTo("oidc=unavailable");
        assertThat(new TestBrowser(port).open("/oauth2/authorization/vneid").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void aVisitorOpeningTheSiteLandsOnThePublicHomeAndStaffKeepTheirs() throws Exception {
        TestBrowser visitor = new TestBrowser(port);
        TestBrowser.Page home = visitor.open("/");
        assertThat(home.uri().getPath()).isEqualTo("/public");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"vi\"", "Cổng dịch vụ công trực tuyến", "Tìm thủ tục hành chính",
                "Tra cứu tình trạng hồ sơ", "action=\"/public/procedures\"", "action=\"/public/dossiers\"", "name=\"phone\"",
                "href=\"/login\"", "href=\"/public/register\"", "href=\"/public/feedback\"", "href=\"/public/surveys\"",
                "href=\"/public/investment\"", "href=\"/public/signatures\"", "width=device-width")
                .doesNotContain("Đăng nhập</h1>", "href=\"/service-index\"");
        // Its search leads to the answer, a procedure found without diacritics.
        assertThat(visitor.open("/public/procedures?q=dang+ky+khai+sinh").body()).contains("Đăng ký khai sinh");
        // Every other page still asks a stranger to sign in, and brings them back afterwards.
        assertThat(new TestBrowser(port).open("/dossiers").uri().getPath()).isEqualTo("/login");
        TestBrowser clerk = new TestBrowser(port);
        TestBrowser.Page staffHome = clerk.signIn("clerk", "demo");
        assertThat(staffHome.uri().getPath()).isEqualTo("/");
        assertThat(clerk.open("/").uri().getPath()).isEqualTo("/");
        assertThat(clerk.open("/public").body()).contains("Trang làm việc của cán bộ").doesNotContain("href=\"/public/register\"");
        TestBrowser citizen = new TestBrowser(port);
        citizen.signIn(CITIZEN, "demo");
        assertThat(citizen.open("/").uri().getPath()).isEqualTo("/citizen");
    }

    @Test
    void theDemoCitizensResultReadsInFullVietnamese() throws Exception {
        String code = jdbc.sql("select dd.code from dossiers_document d join files_file f on f.id = d.file_id"
                + " join dossiers_dossier dd on dd.id = d.dossier_id where d.kind = 'RESULT' and f.file_name = 'giay-khai-sinh.pdf'"
                + " and f.stored_by = 'clerk' order by d.id limit 1").query(String.class).single();
        String page = asCitizen(HttpMethod.GET, "/citizen/dossiers/" + code).getContentAsString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/citizen/dossiers/[^\"]+/documents/\\d+)\">giay-khai-sinh.pdf<")
                .matcher(page);
        assertThat(link.find()).as("the result offered on the citizen's dossier page").isTrue();
        MockHttpServletResponse pdf = asCitizen(HttpMethod.GET, link.group(1));
        assertThat(pdf.getStatus()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Giấy khai sinh", "Bản chụp minh họa – dữ liệu demo MotCua").doesNotContain("Giay khai sinh", "Ban chup");
            assertThat(document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next())
                    .getName()).contains("LiberationSerif");
        }
    }

    /** The public lookup of the demo citizen's finished birth registration dates every step it went through, not the first only. */
    @Test
    void thePublicLookupDatesEveryFinishedStep() {
        String code = jdbc.sql("select dd.code from dossiers_document d join files_file f on f.id = d.file_id"
                + " join dossiers_dossier dd on dd.id = d.dossier_id where d.kind = 'RESULT' and f.file_name = 'giay-khai-sinh.pdf'"
                + " and f.stored_by = 'clerk' order by d.id limit 1").query(String.class).single();
        String phone = jdbc.sql("select applicant_phone from dossiers_dossier where code = ?").param(code).query(String.class).single();
        String page = new TestBrowser(port).open("/public/dossiers?code=" + code + "&phone=" + phone.substring(phone.length() - 4)).body();
        String steps = page.substring(page.indexOf("<ol class=\"small mb-0\" id=\"steps\">"), page.indexOf("</ol>", page.indexOf("id=\"steps\"")));
        assertThat(steps.split("<li", -1)).as("the birth registration's four steps").hasSize(5);
        assertThat(steps.split("xong ngày \\d{2}/\\d{2}/\\d{4}", -1)).as("each step dated").hasSize(5);
        assertThat(steps).contains("Tiếp nhận, kiểm tra hồ sơ", "Trả kết quả").doesNotContain("đã xong");
    }

    @Test
    void theStaffHomeSendsACitizenToItsOwn() throws Exception {
        MockHttpServletResponse home = asCitizen(HttpMethod.GET, "/");
        assertThat(home.getStatus()).isEqualTo(302);
        assertThat(home.getRedirectedUrl()).endsWith("/citizen");
        assertThat(asCitizen(HttpMethod.GET, "/public/procedures").getStatus()).isEqualTo(200);
    }

    @Test
    void staffNeverReachTheCitizensPages() throws Exception {
        for (String staff : List.of("clerk", "admin")) {
            MockHttpServletResponse answer = mvc.perform(request(HttpMethod.GET, "/citizen").with(user(accounts.loadUserByUsername(staff))))
                    .andReturn().getResponse();
            assertThat(answer.getStatus()).as(staff).isEqualTo(403);
        }
    }

    @Test
    void aCitizenSigningInLandsOnItsOwnHomeWithItsOwnMenu() {
        TestBrowser browser = new TestBrowser(port);
        TestBrowser.Page home = browser.signIn(CITIZEN, "demo");
        assertThat(home.uri().getPath()).isEqualTo("/citizen");
        assertThat(home.status()).isEqualTo(200);
        // The demo citizen's own applications (portal's DemoSubmissions) are on its home.
        assertThat(home.body()).contains("Xin chào, Lê Thị Mai", "038190012345", "Thôn Xuân Phố, Xã Thọ Xuân", "Hồ sơ của tôi",
                "Đăng ký khai sinh", "Hồ sơ đã tiếp nhận", "Đã xác nhận ngày");
        assertThat(home.body()).doesNotContain("href=\"/dossiers\"", "href=\"/reports\"", "href=\"/procedures\"", "href=\"/admin/",
                "href=\"/tasks\"", "href=\"/swagger-ui.html\"", "id=\"unconfirmed\"");
        assertThat(browser.open("/dossiers").status()).isEqualTo(403);
        assertThat(browser.open("/api/v1/dossiers").status()).isEqualTo(403);

        // A link to a staff page followed before signing in: the citizen lands at home, not on a refusal.
        TestBrowser other = new TestBrowser(port);
        assertThat(other.open("/reports").uri().getPath()).isEqualTo("/login");
        assertThat(other.signIn(CITIZEN, "demo").uri().getPath()).isEqualTo("/citizen");
    }

    @Test
    void theServicesRefuseACitizenWhateverTheDoor() {
        UserDetails citizen = accounts.loadUserByUsername(CITIZEN);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(citizen, null, citizen.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> administration.accounts()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notifications.templates()).isInstanceOf(AccessDeniedException.class);
            CitizenProfile own = profiles.current();
            assertThat(own.username()).isEqualTo(CITIZEN);
            assertThat(own.idNumber()).isEqualTo("038190012345");
            assertThat(own.communeCode()).isEqualTo("15499");
            assertThat(own.communeName()).isEqualTo("Xã Thọ Xuân");
            assertThat(own.confirmed()).isTrue();
            assertThat(profiles.of(((MotCuaUser) citizen).accountId())).contains(own);
            long someoneElse = ((MotCuaUser) accounts.loadUserByUsername("clerk")).accountId();
            assertThatThrownBy(() -> profiles.of(someoneElse)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void administratorsNeitherCreateCitizensNorListThemAmongStaff() {
        ApiClient api = new ApiClient(port);
        ApiClient.Answer refused = api.post("/api/v1/accounts", """
                {"username":"congdan2","fullName":"Nguyễn Văn Bình","password":"Dung-mat-khau-9","agencyCode":"000.00.71.H56",
                 "roles":["CITIZEN"]}""", "admin", "demo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("tự đăng ký");
        ApiClient.Answer list = api.get("/api/v1/accounts", "admin", "demo");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"clerk\"").doesNotContain("\"congdan\"");
    }
}
