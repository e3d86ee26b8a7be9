package vn.motcua.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.motcua.ApiClient;
import vn.motcua.ApiClient.Answer;
import vn.motcua.DemoSystemTest;

/**
 * What each role sees of an applicant: only accounts that handle dossiers (clerk, specialist, leader, administrator)
 * in the agency handling one see the personal data; everyone else who reaches it sees it masked and
 * cannot find it by the name or ID number it does not see, whole or in pieces.
 */
@DemoSystemTest
class PersonalDataTest {

    private enum Sees { FULL, MASKED, NOTHING }

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    vn.motcua.accounts.internal.AccountRows accounts;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwords;

    private ApiClient api;
    private String suffix;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        suffix = String.format("%06d", System.nanoTime() % 1_000_000);
    }

    private String idNumber(String prefix) {
        return prefix + suffix;
    }

    private void sees(String username, String password, String code, String name, String idNumber, Sees expected) {
        Answer one = api.get("/api/v1/dossiers/" + code, username, password);
        List<JsonNode> byId = list(username, password, idNumber);
        List<JsonNode> byName = list(username, password, name);
        List<JsonNode> byPiece = list(username, password, name.substring(name.length() - 6));
        List<JsonNode> byCode = list(username, password, code);
        switch (expected) {
            case FULL -> {
                assertThat(one.status()).as(username).isEqualTo(200);
                JsonNode applicant = one.json().get("applicant");
                assertThat(applicant.get("name").asText()).as(username).isEqualTo(name);
                assertThat(applicant.get("idNumber").asText()).as(username).isEqualTo(idNumber);
                assertThat(applicant.get("phone").isNull()).as(username).isFalse();
                assertThat(applicant.get("address").isNull()).as(username).isFalse();
                assertThat(byId).as(username + " by ID").extracting(d -> d.get("code").asText()).contains(code);
                assertThat(byName).as(username + " by name").extracting(d -> d.get("code").asText()).contains(code);
                assertThat(byPiece).as(username + " by part of the name").extracting(d -> d.get("code").asText()).contains(code);
            }
            case MASKED -> {
                assertThat(one.status()).as(username).isEqualTo(200);
                assertThat(one.body()).as(username).doesNotContain(name).doesNotContain(idNumber).doesNotContain("Thôn Riêng");
                assertThat(one.json().get("personalDataShown").asBoolean()).as(username).isFalse();
                assertThat(byId).as(username + " by ID").isEmpty();
                assertThat(byName).as(username + " by name").isEmpty();
                assertThat(byPiece).as(username + " by part of the name").isEmpty();
                assertThat(byCode).as(username + " by code").extracting(d -> d.get("code").asText()).containsExactly(code);
                assertThat(byCode.get(0).toString()).as(username).doesNotContain(name).doesNotContain(idNumber);
            }
            case NOTHING -> {
                assertThat(one.status()).as(username).isEqualTo(404);
                assertThat(byId).as(username).isEmpty();
                assertThat(byCode).as(username).isEmpty();
            }
        }
    }

    private List<JsonNode> list(String username, String password, String q) {
        Answer answer = api.get("/api/v1/dossiers?size=200&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), username, password);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().valueStream().toList();
    }

    @Test
    void eachRoleSeesTheApplicantOfADossierOfTheNewCommuneAsItsWorkNeeds() {
        String name = "Nguyễn Thị Riêng Tư " + suffix;
        String id = idNumber("038190");
        Answer received = api.post("/api/v1/dossiers", """
                {"procedureCode":"1.004873","agencyCode":"000.00.71.H56","channel":"DIRECT",
                 "applicant":{"name":"%s","idNumber":"%s","phone":"0912%s","address":"Thôn Riêng, xã Thọ Xuân"}}"""
                .formatted(name, id, suffix), "clerk", "demo");
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String code = received.json().get("code").asText();

        Map<String, Sees> expected = new LinkedHashMap<>();
        expected.put("clerk", Sees.FULL);
        expected.put("specialist", Sees.FULL);
        expected.put("chutich", Sees.FULL);
        expected.put("thoxuan", Sees.MASKED);
        // The reporter moved to Xã Thọ Xuân on 1 July 2025, the reform officer to the province's Sở Nội vụ.
        expected.put("reporter", Sees.MASKED);
        expected.put("reform", Sees.MASKED);
        expected.put("admin", Sees.MASKED);
        // Since 1 July 2025 the leader heads Xã Sao Vàng, and reporter2 works at Xã Thọ Long.
        expected.put("leader", Sees.NOTHING);
        expected.put("reporter2", Sees.NOTHING);
        expected.forEach((username, sees) -> sees(username, "demo", code, name, id, sees));
    }

    @Test
    void eachRoleSeesTheApplicantOfAMergedCommunesDossierAsItsWorkNeeds() {
        String name = "Trần Văn Bảo Mật " + suffix;
        String id = idNumber("038191");
        String code = "H56.31-240506-" + suffix.substring(2);
        Answer imported = api.send("POST", "/api/v1/imports/dossiers", "application/x-ndjson", """
                {"code":"%s","procedureCode":"1.004873","agencyCode":"000.31.14.H56","channel":"DIRECT","receivedAt":"2024-05-06T08:00:00+07:00","applicant":{"name":"%s","idNumber":"%s","phone":"0913%s","address":"Thôn Riêng, xã Xuân Hồng"}}"""
                .formatted(code, name, id, suffix), "admin", "demo");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        // Xã Xuân Hồng's desk ended with the commune on 30 June 2025, so no account of it handles its dossiers now:
        // the system administrator sees them whole; those who reach them (the successor commune, the accounts that
        // worked above or in it, the province) see them masked, and the administrator who imported them gains no
        // sight of them by the import.
        String system = "hethong" + suffix;
        accounts.insert(system, passwords.encode("Quan-tri-he-thong-1"), "Quản trị hệ thống", null,
                java.util.EnumSet.of(vn.motcua.accounts.Role.ADMIN), java.time.OffsetDateTime.now());
        sees(system, "Quan-tri-he-thong-1", code, name, id, Sees.FULL);
        Map<String, Sees> expected = new LinkedHashMap<>();
        expected.put("reporter", Sees.MASKED);
        expected.put("leader", Sees.MASKED);
        expected.put("reform", Sees.MASKED);
        expected.put("admin", Sees.MASKED);
        expected.put("clerk", Sees.MASKED);
        expected.put("chutich", Sees.MASKED);
        expected.put("thoxuan", Sees.MASKED);
        expected.put("reporter2", Sees.NOTHING);
        expected.forEach((username, sees) -> sees(username, "demo", code, name, id, sees));
    }

    @Test
    void theTrackingBookMasksTheApplicantsForThoseWhoDoNotHandleThem() throws Exception {
        String name = "Lê Sổ Theo Dõi " + suffix;
        Answer received = api.post("/api/v1/dossiers", """
                {"procedureCode":"1.004873","agencyCode":"000.00.71.H56","channel":"DIRECT",
                 "applicant":{"name":"%s","phone":"0914%s","address":"Thôn Sổ"}}""".formatted(name, suffix), "clerk", "demo");
        assertThat(received.status()).isEqualTo(201);
        String today = received.json().get("receivedAt").asText().substring(0, 10);
        String book = "/api/v1/dossiers/book.xlsx?agencyCode=000.00.71.H56&from=" + today + "&to=" + today;
        assertThat(bookText(book, "clerk")).contains(name).contains("0914" + suffix);
        assertThat(bookText(book, "admin")).doesNotContain(name).doesNotContain("0914" + suffix);
    }

    /** Every cell of the downloaded workbook, as text. */
    private String bookText(String path, String username) throws Exception {
        java.net.http.HttpResponse<byte[]> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        StringBuilder text = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(answer.body()))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('|')));
        }
        return text.toString();
    }
}
