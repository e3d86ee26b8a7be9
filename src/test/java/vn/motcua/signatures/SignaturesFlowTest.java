package vn.motcua.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient.Answer;
import vn.motcua.ApiClient;
import vn.motcua.DemoSystemTest;
import vn.motcua.SampleFiles;
import vn.motcua.files.FileStore;
import vn.motcua.indicators.ReportCompletion;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.DocumentSigning;
import vn.motcua.shared.SystemActor;
import vn.motcua.signatures.internal.SelfIssuedCertificates;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;

/**
 * Ký số as the one-stop desk and the reporting chain use it: the receipt printed for a dossier of Xã Thọ
 * Xuân is signed by its People's Committee (the demo's certificate) and kept; the result a clerk attaches
 * after the leader's approval is signed, and the applicant is told it is ready; a report approved by the
 * district comes signed by the commune's committee, whose certificate the administrator uploaded. pdfsig
 * finds each signature valid; the public verifier names signer, agency and time, and reports an altered
 * copy as altered. A wrong keystore password, an expired or a revoked certificate are refused, clearly.
 */
@DemoSystemTest
class SignaturesFlowTest {

    private static final String MARITAL_STATUS = "1.004873";
    private static final String THO_XUAN = "000.00.71.H56";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentSigning signing;

    @Autowired
    FileStore files;

    @Autowired
    MockMvc mvc;

    @Autowired
    AgencyCertificates certificates;

    @Autowired
    UserDetailsService accounts;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private String receive() {
        String suffix = String.format("%06d", System.nanoTime() % 1_000_000);
        Answer received = api.post("/api/v1/dossiers", """
                {"procedureCode":"%s","agencyCode":"%s","channel":"DIRECT",
                 "applicant":{"name":"Lê Thị Ký Số","idNumber":"038190%s","phone":"0912%s","email":"ky.so.%s@example.vn",
                              "address":"Thôn Đông, xã Thọ Xuân"}}"""
                .formatted(MARITAL_STATUS, THO_XUAN, suffix, suffix, suffix), "clerk", "demo");
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        return received.json().get("code").asText();
    }

    private JsonNode verify(String fileName, byte[] pdf) {
        Answer answer = api.upload("/api/v1/public/signatures/verify", Map.of(), "file", fileName, pdf, null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void theReceiptIsSignedByTheCommuneOnceAndServedAsKept() throws Exception {
        String code = receive();

        ApiClient.Download first = api.download("/api/v1/dossiers/" + code + "/forms/receipt.pdf", "clerk", "demo");
        assertThat(first.status()).isEqualTo(200);
        assertThat(Pdfsig.check(first.body())).contains("Signature is Valid.").contains("Total document signed");
        JsonNode verified = verify("giay-tiep-nhan.pdf", first.body());
        assertThat(verified.get("signed").asBoolean()).isTrue();
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.get("agency").asText()).isEqualTo("UBND xã Thọ Xuân");
        assertThat(verified.get("certificateValidAtSigningTime").asBoolean()).isTrue();
        assertThat(verified.get("signatures").get(0).get("demoCertificate").asBoolean()).isTrue();

        ApiClient.Download again = api.download("/api/v1/dossiers/" + code + "/forms/01.pdf", "clerk", "demo");
        assertThat(again.body()).as("printed again, the kept signed receipt, not a new signature").isEqualTo(first.body());
    }

    @Test
    void theResultAttachedAfterTheLeadersApprovalIsSignedAndTheApplicantIsTold() throws Exception {
        String code = receive();
        Answer approved = api.post("/api/v1/dossiers/" + code + "/actions", "{\"action\":\"APPROVE\"}", "chutich", "demo");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        Answer attached = api.upload("/api/v1/dossiers/" + code + "/documents", Map.of("kind", "RESULT"), "file", "ket-qua.pdf",
                SampleFiles.pdf(), "clerk", "demo");
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        ApiClient.Download result = api.download("/api/v1/dossiers/" + code + "/documents/" + attached.json().get("id").asLong(),
                "clerk", "demo");

        assertThat(Pdfsig.check(result.body())).contains("Signature is Valid.").contains("Total document signed");
        JsonNode verified = verify("ket-qua.pdf", result.body());
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.get("signer").asText()).isEqualTo("UBND xã Thọ Xuân");
        assertThat(verified.get("signingTime").asText()).endsWith("+07:00");
        assertThat(Duration.between(OffsetDateTime.parse(verified.get("signingTime").asText()).toInstant(), Instant.now()).abs())
                .isLessThan(Duration.ofMinutes(5));
        assertThat(jdbc.sql("select count(*) from notifications_message where event = 'dossier.result-signed' and reference = ?")
                .param(code).query(Integer.class).single()).as("the e-mail and the SMS to the applicant").isEqualTo(2);
        assertThat(jdbc.sql("select body from notifications_message where event = 'dossier.result-signed' and reference = ? and channel = 'EMAIL'")
                .param(code).query(String.class).single()).contains("đã được UBND xã Thọ Xuân ký số", "ket-qua.pdf");

        byte[] altered = result.body().clone();
        int at = new String(altered, StandardCharsets.ISO_8859_1).indexOf('\n') + 2;
        altered[at] = (byte) (altered[at] ^ 0x01);
        JsonNode tampered = verify("ket-qua-da-sua.pdf", altered);
        assertThat(tampered.get("signed").asBoolean()).isTrue();
        assertThat(tampered.get("intact").asBoolean()).as("altered after signing").isFalse();
        assertThat(Pdfsig.check(altered)).doesNotContain("Signature is Valid.");
    }

    @Test
    void aReportApprovedAboveTheCommuneComesSignedWithTheCertificateTheAdministratorUploaded() throws Exception {
        String agency = committeeOf("15493");
        SelfIssuedCertificates.Issued issued = SelfIssuedCertificates.issue("UBND xã Xuân Hồng", "UBND xã Xuân Hồng", null,
                Instant.now().minus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(400)), "Mat-khau-p12");
        Answer wrongPassword = api.upload("/api/v1/signatures/certificates", Map.of("agencyCode", agency, "password", "sai-mat-khau"),
                "keystore", "xuan-hong.p12", issued.pkcs12(), "admin", "demo");
        assertThat(wrongPassword.status()).as(wrongPassword.body()).isEqualTo(422);
        assertThat(wrongPassword.json().get("details").get(0).get("field").asText()).isEqualTo("password");
        assertThat(wrongPassword.json().get("details").get(0).get("message").asText())
                .contains("Mật khẩu không mở được tệp chứng thư “xuan-hong.p12”");
        Answer notAKeystore = api.upload("/api/v1/signatures/certificates", Map.of("agencyCode", agency, "password", "x"),
                "keystore", "xuan-hong.p12", SampleFiles.pdf(), "admin", "demo");
        assertThat(notAKeystore.status()).isEqualTo(422);
        assertThat(api.upload("/api/v1/signatures/certificates", Map.of("agencyCode", agency, "password", "Mat-khau-p12"),
                "keystore", "xuan-hong.p12", issued.pkcs12(), "clerk", "demo").status()).as("administrators only").isEqualTo(403);
        Answer uploaded = api.upload("/api/v1/signatures/certificates", Map.of("agencyCode", agency, "password", "Mat-khau-p12"),
                "keystore", "xuan-hong.p12", issued.pkcs12(), "admin", "demo");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.body()).doesNotContain("Mat-khau-p12");

        String base = "/api/v1/reports/CCHC-2024/2023-Q1/15493";
        assertThat(api.send("PUT", base + "/values", "application/json", "{\"values\":{\"2.1\":2}}", "reporter", "demo").status())
                .isEqualTo(200);
        ReportCompletion.complete(api, "CCHC-2024/2023-Q1/15493", "reporter");
        Answer submitted = api.post(base + "/submit", "", "reporter", "demo");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        Answer approved = api.post(base + "/approve", "", "reform", "demo");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        ApiClient.Download report = api.download(base + "/report.pdf", "reform", "demo");
        assertThat(report.status()).isEqualTo(200);
        assertThat(Pdfsig.check(report.body())).contains("Signature is Valid.").contains("Total document signed");
        JsonNode verified = verify("bao-cao.pdf", report.body());
        assertThat(verified.get("signer").asText()).isEqualTo("UBND xã Xuân Hồng");
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.get("signatures").get(0).get("demoCertificate").asBoolean()).isFalse();
        assertThat(api.download(base + "/report.pdf", "reporter", "demo").body()).as("served as kept").isEqualTo(report.body());
    }

    @Test
    void anExpiredOrRevokedCertificateRefusesToSignAndSaysWhy() {
        String agency = committeeOf("15514");
        SelfIssuedCertificates.Issued issued = SelfIssuedCertificates.issue("UBND xã Xuân Trường", "UBND xã Xuân Trường", null,
                Instant.now().minus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(400)), "Mat-khau-p12");
        Answer uploaded = api.upload("/api/v1/signatures/certificates", Map.of("agencyCode", agency, "password", "Mat-khau-p12"),
                "keystore", "xuan-truong.p12", issued.pkcs12(), "admin", "demo");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long id = uploaded.json().get("id").asLong();
        DocumentSigning.Mark mark = new DocumentSigning.Mark(null, false, "Thử ký", null);

        assertThat(SystemActor.call(() -> signing.sign(agency, SampleFiles.pdf(), mark))).isPresent();

        // Time passes: the certificate's validity ends yesterday.
        jdbc.sql("update signatures_certificate set not_after = now() - interval '1 day' where id = ?").param(id).update();
        assertThatThrownBy(() -> SystemActor.call(() -> signing.sign(agency, SampleFiles.pdf(), mark)))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("messageCode", "signatures.certificate.expired");
        assertThat(api.get("/api/v1/signatures/certificates/attention", "admin", "demo").body()).contains("UBND xã Xuân Trường");
        jdbc.sql("update signatures_certificate set not_after = now() + interval '400 days' where id = ?").param(id).update();

        Answer revoked = api.post("/api/v1/signatures/certificates/" + id + "/revoke", "{\"reason\":\"Lộ mật khẩu\"}", "admin", "demo");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThatThrownBy(() -> SystemActor.call(() -> signing.sign(agency, SampleFiles.pdf(), mark)))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("messageCode", "signatures.certificate.revoked");
        assertThat(api.post("/api/v1/signatures/certificates/" + id + "/revoke", "{\"reason\":\"Lần nữa\"}", "admin", "demo").status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/audit?entityType=certificate&text=" + id, "admin", "demo").json())
                .extracting(e -> e.get("action").asText()).contains("signatures.certificate.added", "signatures.certificate.revoked");
    }

    @Test
    void theDemoCitizensResultCameSignedByTheCommuneAfterItsLeaderApproved() throws Exception {
        long fileId = jdbc.sql("select d.file_id from dossiers_document d join files_file f on f.id = d.file_id"
                + " where d.kind = 'RESULT' and f.file_name = 'giay-khai-sinh.pdf' and f.stored_by = 'clerk' order by d.id limit 1")
                .query(Long.class).single();
        byte[] pdf;
        try (InputStream in = files.open(fileId)) {
            pdf = in.readAllBytes();
        }
        assertThat(Pdfsig.check(pdf)).contains("Signature is Valid.");
        JsonNode verified = verify("giay-khai-sinh.pdf", pdf);
        assertThat(verified.get("agency").asText()).isEqualTo("UBND xã Thọ Xuân");
        assertThat(verified.get("signatures").get(0).get("demoCertificate").asBoolean()).isTrue();
    }

    @Test
    void theVerifierSaysAnUnsignedPdfIsUnsignedAndRefusesWhatIsNoPdf() {
        JsonNode unsigned = verify("khong-ky.pdf", SampleFiles.pdf());
        assertThat(unsigned.get("signed").asBoolean()).isFalse();
        assertThat(unsigned.get("intact").asBoolean()).isFalse();

        Answer notPdf = api.upload("/api/v1/public/signatures/verify", Map.of(), "file", "anh.pdf", SampleFiles.HTML, null, null);
        assertThat(notPdf.status()).isEqualTo(422);
        assertThat(notPdf.json().get("details").get(0).get("message").asText()).contains("“anh.pdf”").contains("PDF");
    }

    @Test
    void aCertificateIsAddedOnlyForAnAgencyOfAUnitInForceToday() throws Exception {
        String page = mvc.perform(get("/admin/signatures")
                .with(user(accounts.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String upload = page.substring(page.indexOf("id=\"agencyCode\""), page.indexOf("</select>", page.indexOf("id=\"agencyCode\"")));
        assertThat(upload).contains("UBND xã Thọ Xuân").as("the district and the township ended on 30/06/2025")
                .doesNotContain("UBND huyện Thọ Xuân").doesNotContain("UBND thị trấn Thọ Xuân");
    }

    @Test
    void everyCommuneOfTodaySignsWithItsDemoCertificateAndAnEndedAgencysCertificateSaysItEnded() throws Exception {
        // An installation from before the two tiers still holds the district's certificate.
        String district = committeeOf("395");
        SelfIssuedCertificates.Issued issued = SelfIssuedCertificates.issue("UBND huyện Thọ Xuân", "UBND huyện Thọ Xuân", null,
                Instant.now().minus(Duration.ofDays(30)), Instant.now().plus(Duration.ofDays(300)), "Mat-khau-p12");
        AgencyCertificate old = SystemActor.call(() -> certificates.addDemo(district, issued.certificate(), issued.pkcs12(), "Mat-khau-p12"));
        try {
            String page = mvc.perform(get("/admin/signatures").with(user(accounts.loadUserByUsername("admin"))))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            String table = page.substring(page.indexOf("id=\"certificates\""), page.indexOf("</table>", page.indexOf("id=\"certificates\"")));
            assertThat(table).as("the People's Committees of today's communes, not only Thọ Xuân's")
                    .contains("UBND xã Thọ Xuân", "UBND xã Thọ Long", "UBND tỉnh Thanh Hóa");
            String row = table.substring(table.indexOf(old.serialNumber()));
            assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Cơ quan đã kết thúc hoạt động ngày 30/06/2025");
        } finally {
            api.post("/api/v1/signatures/certificates/" + old.id() + "/revoke", "{\"reason\":\"Huyện đã kết thúc hoạt động\"}", "admin",
                    "demo");
        }
    }

    /** QA 02/12/2026: "UBND xã Xuân Lập … từ 03/12/2021 đến 01/12/2028" for an agency in force from 01/07/2025. */
    @Test
    void aDemoCertificateIsValidFromItsAgencysFirstDayAndNothingIsSignedBeforeIt(@Autowired PublicRegister register) throws Exception {
        String page = mvc.perform(get("/admin/signatures").with(user(accounts.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String table = page.substring(page.indexOf("id=\"certificates\""), page.indexOf("</table>", page.indexOf("id=\"certificates\"")));
        for (String commune : List.of("UBND xã Xuân Lập", "UBND xã Thọ Xuân", "UBND xã Sao Vàng")) {
            String row = table.substring(table.indexOf(">" + commune + "<"));
            assertThat(row.substring(0, row.indexOf("</tr>"))).as(commune).contains("từ 01/07/2025 đến");
        }
        // The configuration keys of a PKCS#11 token are a help note for whoever runs the server, folded away.
        int help = page.indexOf("id=\"token-help\"");
        assertThat(help).isPositive();
        String outsideHelp = page.substring(0, help) + page.substring(page.indexOf("</details>", help));
        assertThat(outsideHelp).doesNotContain("motcua.signatures.tokens");
        assertThat(page.substring(help, page.indexOf("</details>", help))).contains("Cách kết nối một token",
                "motcua.signatures.tokens.&lt;tên&gt;.library");
        Map<String, Agency> agencies = new java.util.HashMap<>();
        register.agencies().forEach(a -> agencies.put(a.code(), a));
        List<Map<String, Object>> demo = jdbc.sql("select agency_code, not_before from signatures_certificate where demo and revoked_at is null").query().listOfRows();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(9);
        for (Map<String, Object> certificate : demo) {
            Agency agency = agencies.get((String) certificate.get("agency_code"));
            LocalDate from = ((java.sql.Timestamp) certificate.get("not_before")).toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
            if (agency.validFrom() != null) {
                assertThat(from).as(agency.name()).isEqualTo(agency.validFrom());
            }
            assertThat(agency.validTo()).as(agency.name() + " is in force: the dissolved units get no certificate").isNull();
        }
        assertThat(jdbc.sql("""
                select count(*) from signatures_signed_copy s join signatures_certificate c on c.id = s.certificate_id
                where s.signed_at < c.not_before""").query(Long.class).single()).as("signed before its certificate").isZero();
    }

    private String committeeOf(String unitCode) {
        JsonNode agencies = api.get("/api/v1/agencies", "admin", "demo").json();
        for (JsonNode agency : agencies) {
            if (agency.get("unitCode").asText().equals(unitCode) && agency.get("kind").asText().equals("PEOPLES_COMMITTEE")) {
                return agency.get("code").asText();
            }
        }
        throw new AssertionError("no People's Committee of " + unitCode);
    }
}
