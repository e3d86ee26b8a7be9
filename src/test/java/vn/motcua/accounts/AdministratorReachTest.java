package vn.motcua.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.ApiClient;
import vn.motcua.ApiClient.Answer;
import vn.motcua.DemoSystemTest;
import vn.motcua.accounts.internal.AccountRows;

/**
 * Decision 0010: an administrator reads back whatever it may bring in. A unit it creates lies within
 * its reach — a province only for an administrator of no unit, since a provincial administrator could
 * not read it; a dossier it receives, wherever it received it, it reads with the applicant it typed in
 * and prints: the receipt and the forms. Another administrator who did not receive it still sees it
 * masked, and a name no account may take ("system", the receiver of the demo's dossiers) is refused.
 */
@DemoSystemTest
class AdministratorReachTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountRows accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    private final String suffix = String.format("%05d", System.nanoTime() % 100_000);

    private long lastAuditEntry() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    private HttpResponse<byte[]> download(String path, String username, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void whateverAnAdministratorMayCreateItMayRead() {
        ApiClient api = new ApiClient(port);
        // A commune under its province: created, and read back.
        String commune = "9" + suffix;
        Answer created = api.post("/api/v1/units", """
                {"code":"%s","name":"Xã Thử Phạm Vi","level":"COMMUNE","kind":"xã","parentCode":"38"}""".formatted(commune), "admin", "demo");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/units/" + commune, "admin", "demo").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/units", "admin", "demo").json()).anySatisfy(u -> assertThat(u.get("code").asText()).isEqualTo(commune));

        // A province the provincial administrator could not read: refused, with the reason, and nothing stored.
        String province = "8" + suffix.substring(1);
        long before = lastAuditEntry();
        Answer refused = api.post("/api/v1/units", """
                {"code":"%s","name":"Tỉnh Thử","level":"PROVINCE","kind":"tỉnh"}""".formatted(province), "admin", "demo");
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).contains("quản trị hệ thống").contains(province);
        assertThat(jdbc.sql("select count(*) from units_unit where code = ?").param(province).query(Long.class).single()).isZero();
        assertThat(lastAuditEntry()).isEqualTo(before);

        // An administrator of no unit reaches everything: it creates the province and reads it back.
        String system = "hethong" + suffix;
        accounts.insert(system, passwords.encode("Quan-tri-he-thong-1"), "Quản trị hệ thống thử", null, EnumSet.of(Role.ADMIN),
                OffsetDateTime.now());
        Answer top = api.post("/api/v1/units", """
                {"code":"%s","name":"Tỉnh Thử","level":"PROVINCE","kind":"tỉnh"}""".formatted(province), system, "Quan-tri-he-thong-1");
        assertThat(top.status()).as(top.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/units/" + province, system, "Quan-tri-he-thong-1").status()).isEqualTo(200);
    }

    @Test
    void whateverAnAdministratorMayReceiveItMayPrint() throws Exception {
        ApiClient api = new ApiClient(port);
        String name = "Đinh Thị Tiếp Nhận " + suffix;
        Answer received = api.post("/api/v1/dossiers", """
                {"procedureCode":"1.004873","agencyCode":"000.00.71.H56","channel":"DIRECT",
                 "applicant":{"name":"%s","phone":"0915%s0","address":"Thôn Nhận, xã Thọ Xuân"}}""".formatted(name, suffix), "admin", "demo");
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String code = received.json().get("code").asText();

        // Its receiver reads it whole and prints it, though the commune's desk is not its agency.
        Answer read = api.get("/api/v1/dossiers/" + code, "admin", "demo");
        assertThat(read.json().get("personalDataShown").asBoolean()).isTrue();
        assertThat(read.json().get("applicant").get("name").asText()).isEqualTo(name);
        HttpResponse<byte[]> receipt = download("/api/v1/dossiers/" + code + "/forms/receipt.pdf", "admin", "demo");
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(receipt.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(name);
        }
        // The page's print button and the plain slip's old address both lead to that PDF.
        assertThat(mvc.perform(get("/dossiers/" + code + "/receipt").with(user(users.loadUserByUsername("admin")))).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/api/v1/dossiers/" + code + "/forms/receipt.pdf");
        assertThat(api.get("/api/v1/dossiers?size=50&q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), "admin", "demo").json())
                .anySatisfy(d -> assertThat(d.get("code").asText()).isEqualTo(code));
        assertThat(api.get("/api/v1/dossiers?size=50&q=" + code, "admin", "demo").json().get(0).get("applicant").get("name").asText())
                .isEqualTo(name);

        // Another provincial administrator, who did not receive it, sees it masked and cannot print it.
        String other = "quantri" + suffix;
        assertThat(api.post("/api/v1/accounts", """
                {"username":"%s","fullName":"Quản trị tỉnh thứ hai","password":"Quan-tri-tinh-2","agencyCode":"000.00.00.H56","roles":["ADMIN"]}"""
                .formatted(other), "admin", "demo").status()).isEqualTo(201);
        Answer masked = api.get("/api/v1/dossiers/" + code, other, "Quan-tri-tinh-2");
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.body()).doesNotContain(name);
        assertThat(download("/api/v1/dossiers/" + code + "/forms/receipt.pdf", other, "Quan-tri-tinh-2").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/dossiers?size=50&q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), other,
                "Quan-tri-tinh-2").json()).isEmpty();
    }

    @Test
    void noAccountMayBeNamedAsTheSystem() {
        Answer refused = new ApiClient(port).post("/api/v1/accounts", """
                {"username":"system","fullName":"Giả hệ thống","password":"Dung-mat-khau-9","agencyCode":"000.00.71.H56","roles":["CLERK"]}""",
                "admin", "demo");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("details").get(0).get("field").asText()).isEqualTo("username");
    }
}
